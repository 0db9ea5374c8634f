/**
 * Generated from model/neurocircuit.ecore by releng/emfgen. Do not edit: change the ecore and regenerate
 * (see bundles/org.neurocircuit.model/README.md).
 */
package org.neurocircuit.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.Projection;

/**
 * This is the item provider adapter for a {@link org.neurocircuit.model.Projection} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProjectionItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addSourcePropertyDescriptor(object);
			addTargetPropertyDescriptor(object);
			addAllowAutapsesPropertyDescriptor(object);
			addAllowMultapsesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Projection_source_feature"),
				 getString("_UI_Projection_source_description"),
				 ModelPackage.Literals.PROJECTION__SOURCE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Projection_target_feature"),
				 getString("_UI_Projection_target_description"),
				 ModelPackage.Literals.PROJECTION__TARGET,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Allow Autapses feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAllowAutapsesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Projection_allowAutapses_feature"),
				 getString("_UI_Projection_allowAutapses_description"),
				 ModelPackage.Literals.PROJECTION__ALLOW_AUTAPSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Allow Multapses feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAllowMultapsesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Projection_allowMultapses_feature"),
				 getString("_UI_Projection_allowMultapses_description"),
				 ModelPackage.Literals.PROJECTION__ALLOW_MULTAPSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ModelPackage.Literals.PROJECTION__RULE);
			childrenFeatures.add(ModelPackage.Literals.PROJECTION__WEIGHT);
			childrenFeatures.add(ModelPackage.Literals.PROJECTION__DELAY);
			childrenFeatures.add(ModelPackage.Literals.PROJECTION__RECEPTOR);
			childrenFeatures.add(ModelPackage.Literals.PROJECTION__PLASTICITY);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Projection.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Projection"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Projection)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Projection_type") :
			getString("_UI_Projection_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Projection.class)) {
			case ModelPackage.PROJECTION__ALLOW_AUTAPSES:
			case ModelPackage.PROJECTION__ALLOW_MULTAPSES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ModelPackage.PROJECTION__RULE:
			case ModelPackage.PROJECTION__WEIGHT:
			case ModelPackage.PROJECTION__DELAY:
			case ModelPackage.PROJECTION__RECEPTOR:
			case ModelPackage.PROJECTION__PLASTICITY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__RULE,
				 ModelFactory.eINSTANCE.createAllToAll()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__RULE,
				 ModelFactory.eINSTANCE.createOneToOne()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__RULE,
				 ModelFactory.eINSTANCE.createFixedProbability()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__RULE,
				 ModelFactory.eINSTANCE.createFixedInDegree()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__RULE,
				 ModelFactory.eINSTANCE.createFixedOutDegree()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__RULE,
				 ModelFactory.eINSTANCE.createDistanceDependent()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__RULE,
				 ModelFactory.eINSTANCE.createExplicitList()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__WEIGHT,
				 ModelFactory.eINSTANCE.createConstantValue()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__WEIGHT,
				 ModelFactory.eINSTANCE.createUniformDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__WEIGHT,
				 ModelFactory.eINSTANCE.createNormalDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__WEIGHT,
				 ModelFactory.eINSTANCE.createLogNormalDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__DELAY,
				 ModelFactory.eINSTANCE.createConstantValue()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__DELAY,
				 ModelFactory.eINSTANCE.createUniformDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__DELAY,
				 ModelFactory.eINSTANCE.createNormalDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__DELAY,
				 ModelFactory.eINSTANCE.createLogNormalDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__RECEPTOR,
				 ModelFactory.eINSTANCE.createReceptor()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__PLASTICITY,
				 ModelFactory.eINSTANCE.createStdp()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.PROJECTION__PLASTICITY,
				 ModelFactory.eINSTANCE.createShortTermPlasticity()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == ModelPackage.Literals.PROJECTION__WEIGHT ||
			childFeature == ModelPackage.Literals.PROJECTION__DELAY;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
