package org.neurocircuit.model.internal;

import org.neurocircuit.model.validation.CircuitValidation;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the circuit validator in EMF's global validator registry when the bundle starts. The
 * bundle activates lazily, i.e. as soon as any of its classes (e.g. {@code ModelPackage}) is loaded,
 * so {@code Diagnostician.INSTANCE} applies the validator to every circuit under OSGi.
 */
public final class ModelActivator implements BundleActivator {

  @Override
  public void start(BundleContext context) {
    CircuitValidation.register();
  }

  @Override
  public void stop(BundleContext context) {
    CircuitValidation.unregister();
  }
}
