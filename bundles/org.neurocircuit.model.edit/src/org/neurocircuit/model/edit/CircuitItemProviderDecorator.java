package org.neurocircuit.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.labels.Labels;

/**
 * Decorates one generated item provider: NeuroCircuit labels, unit-aware and categorised property
 * descriptors, the properties of single parts shown on their owner, and label refreshes of the owner
 * when one of its parts changes.
 *
 * <p>It is an {@link Adapter} only because {@code DecoratorAdapterFactory.adapt(Notifier, Object)}
 * returns decorators as adapters (e.g. inside a {@code ComposedAdapterFactory}); like the generated
 * singleton providers it serves all objects of one class and is attached to none (no target).
 */
public class CircuitItemProviderDecorator extends ItemProviderDecorator implements Adapter, IEditingDomainItemProvider,
    IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {

  public CircuitItemProviderDecorator(CircuitItemProviderAdapterFactory adapterFactory) {
    super(adapterFactory);
  }

  @Override
  public Notifier getTarget() {
    return null;
  }

  @Override
  public void setTarget(Notifier newTarget) {
    // Shared by all objects of one class; never attached to a notifier.
  }

  @Override
  public String getText(Object object) {
    String text = Labels.text(object);
    return text != null ? text : super.getText(object);
  }

  @Override
  public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
    List<IItemPropertyDescriptor> result = new ArrayList<>();
    addDescriptors(object, "", result);
    if (object instanceof EObject owner) {
      for (Map.Entry<EReference, String> part : PropertyCategories.flattenedParts(owner.eClass()).entrySet()) {
        Object child = owner.eGet(part.getKey());
        if (child instanceof EObject) {
          addDescriptors(child, part.getValue(), result);
        }
      }
    }
    return result;
  }

  @Override
  public IItemPropertyDescriptor getPropertyDescriptor(Object object, Object propertyId) {
    for (IItemPropertyDescriptor descriptor : getPropertyDescriptors(object)) {
      if (descriptor.getId(object).equals(propertyId)) {
        return descriptor;
      }
    }
    return null;
  }

  /** Wraps the generated descriptors of {@code object} (an owner or one of its parts). */
  private void addDescriptors(Object object, String partName, List<IItemPropertyDescriptor> result) {
    CircuitItemProviderAdapterFactory factory = (CircuitItemProviderAdapterFactory) getAdapterFactory();
    Object source = factory.getDecoratedAdapterFactory().adapt(object, IItemPropertySource.class);
    if (source instanceof IItemPropertySource propertySource && object instanceof EObject eObject) {
      List<IItemPropertyDescriptor> descriptors = propertySource.getPropertyDescriptors(object);
      if (descriptors != null) {
        for (IItemPropertyDescriptor descriptor : descriptors) {
          result.add(new UnitPropertyDescriptor(eObject, descriptor, partName));
        }
      }
    }
  }

  @Override
  public void notifyChanged(Notification notification) {
    super.notifyChanged(notification);
    if (notification.isTouch() || !(notification.getNotifier() instanceof EObject part) || part instanceof NamedElement) {
      return;
    }
    EObject owner = part.eContainer();
    while (owner != null && !(owner instanceof NamedElement)) {
      owner = owner.eContainer();
    }
    if (owner != null) {
      fireNotifyChanged(new ViewerNotification(notification, owner, false, true));
    }
  }
}
