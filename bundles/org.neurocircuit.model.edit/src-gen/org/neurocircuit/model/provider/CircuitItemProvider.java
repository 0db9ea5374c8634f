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

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.ModelPackage;

/**
 * This is the item provider adapter for a {@link org.neurocircuit.model.Circuit} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CircuitItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CircuitItemProvider(AdapterFactory adapterFactory) {
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

			addDurationPropertyDescriptor(object);
			addDtPropertyDescriptor(object);
			addSeedPropertyDescriptor(object);
			addBackendIdPropertyDescriptor(object);
			addThreadsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Duration feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDurationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Circuit_duration_feature"),
				 getString("_UI_Circuit_duration_description"),
				 ModelPackage.Literals.CIRCUIT__DURATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dt feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Circuit_dt_feature"),
				 getString("_UI_Circuit_dt_description"),
				 ModelPackage.Literals.CIRCUIT__DT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Seed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Circuit_seed_feature"),
				 getString("_UI_Circuit_seed_description"),
				 ModelPackage.Literals.CIRCUIT__SEED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Backend Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBackendIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Circuit_backendId_feature"),
				 getString("_UI_Circuit_backendId_description"),
				 ModelPackage.Literals.CIRCUIT__BACKEND_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Threads feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addThreadsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Circuit_threads_feature"),
				 getString("_UI_Circuit_threads_description"),
				 ModelPackage.Literals.CIRCUIT__THREADS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
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
			childrenFeatures.add(ModelPackage.Literals.CIRCUIT__REGIONS);
			childrenFeatures.add(ModelPackage.Literals.CIRCUIT__POPULATIONS);
			childrenFeatures.add(ModelPackage.Literals.CIRCUIT__PROJECTIONS);
			childrenFeatures.add(ModelPackage.Literals.CIRCUIT__STIMULI);
			childrenFeatures.add(ModelPackage.Literals.CIRCUIT__RECORDERS);
			childrenFeatures.add(ModelPackage.Literals.CIRCUIT__DECODING_TASKS);
			childrenFeatures.add(ModelPackage.Literals.CIRCUIT__DIAGRAM);
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
	 * This returns Circuit.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Circuit"));
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
		String label = ((Circuit)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Circuit_type") :
			getString("_UI_Circuit_type") + " " + label;
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

		switch (notification.getFeatureID(Circuit.class)) {
			case ModelPackage.CIRCUIT__DURATION:
			case ModelPackage.CIRCUIT__DT:
			case ModelPackage.CIRCUIT__SEED:
			case ModelPackage.CIRCUIT__BACKEND_ID:
			case ModelPackage.CIRCUIT__THREADS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ModelPackage.CIRCUIT__REGIONS:
			case ModelPackage.CIRCUIT__POPULATIONS:
			case ModelPackage.CIRCUIT__PROJECTIONS:
			case ModelPackage.CIRCUIT__STIMULI:
			case ModelPackage.CIRCUIT__RECORDERS:
			case ModelPackage.CIRCUIT__DECODING_TASKS:
			case ModelPackage.CIRCUIT__DIAGRAM:
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
				(ModelPackage.Literals.CIRCUIT__REGIONS,
				 ModelFactory.eINSTANCE.createRegion()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__POPULATIONS,
				 ModelFactory.eINSTANCE.createPopulation()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__PROJECTIONS,
				 ModelFactory.eINSTANCE.createProjection()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__STIMULI,
				 ModelFactory.eINSTANCE.createPoissonStimulus()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__STIMULI,
				 ModelFactory.eINSTANCE.createDcStimulus()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__STIMULI,
				 ModelFactory.eINSTANCE.createStepStimulus()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__STIMULI,
				 ModelFactory.eINSTANCE.createSinusoidStimulus()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__STIMULI,
				 ModelFactory.eINSTANCE.createSpikeTimesStimulus()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__STIMULI,
				 ModelFactory.eINSTANCE.createNoiseStimulus()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__RECORDERS,
				 ModelFactory.eINSTANCE.createSpikeRecorder()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__RECORDERS,
				 ModelFactory.eINSTANCE.createStateRecorder()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__RECORDERS,
				 ModelFactory.eINSTANCE.createRateRecorder()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__DECODING_TASKS,
				 ModelFactory.eINSTANCE.createDecodingTask()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.CIRCUIT__DIAGRAM,
				 ModelFactory.eINSTANCE.createDiagram()));
	}

}
