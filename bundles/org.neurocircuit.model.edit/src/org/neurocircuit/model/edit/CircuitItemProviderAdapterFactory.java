package org.neurocircuit.model.edit;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.neurocircuit.model.provider.ModelItemProviderAdapterFactory;

/**
 * The item provider adapter factory to use for NeuroCircuit models: the generated factory, decorated
 * with our labels, units and categories. Registered for the model's namespace in plugin.xml, so a
 * {@code ComposedAdapterFactory} built from the registry picks it up. The generated providers use
 * this factory's root to adapt children and property values, so nested labels are ours too.
 */
public class CircuitItemProviderAdapterFactory extends DecoratorAdapterFactory {

  public CircuitItemProviderAdapterFactory() {
    super(null);
    setDecoratedAdapterFactory(new ModelItemProviderAdapterFactory() {
      @Override
      public ComposeableAdapterFactory getRootAdapterFactory() {
        return CircuitItemProviderAdapterFactory.this.getRootAdapterFactory();
      }
    });
  }

  @Override
  protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
    return new CircuitItemProviderDecorator(this);
  }
}
