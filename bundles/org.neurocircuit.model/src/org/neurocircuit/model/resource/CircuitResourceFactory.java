package org.neurocircuit.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.validation.CircuitValidation;

/**
 * Creates {@link CircuitResource}s. Registered for the {@value #FILE_EXTENSION} extension by the
 * bundle's plugin.xml; outside OSGi call {@link #register(ResourceSet)}.
 */
public class CircuitResourceFactory extends ResourceFactoryImpl {

  /** File extension of circuit files. */
  public static final String FILE_EXTENSION = "circuit";

  @Override
  public Resource createResource(URI uri) {
    return new CircuitResource(uri);
  }

  /**
   * Registers the model package and this factory (for {@value #FILE_EXTENSION} files) in
   * {@code resourceSet}, and the circuit validator in EMF's validator registry, for use without the
   * Eclipse extension registry and bundle activation (tests, plain Java).
   *
   * @return the resource set
   */
  public static ResourceSet register(ResourceSet resourceSet) {
    CircuitValidation.register();
    resourceSet.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new CircuitResourceFactory());
    return resourceSet;
  }
}
