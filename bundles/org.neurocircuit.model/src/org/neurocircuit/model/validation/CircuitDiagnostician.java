package org.neurocircuit.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.neurocircuit.model.ModelPackage;

/**
 * A Diagnostician that applies {@link CircuitValidator} whatever the global registry holds, and
 * labels model objects as {@link Subjects#describe} does (so EMF's own messages read "Population 'E'"
 * rather than an implementation class name).
 */
final class CircuitDiagnostician extends Diagnostician {

  CircuitDiagnostician() {
    super(registry());
  }

  private static EValidator.Registry registry() {
    EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
    registry.put(ModelPackage.eINSTANCE, CircuitValidator.INSTANCE);
    return registry;
  }

  @Override
  public String getObjectLabel(EObject eObject) {
    return eObject.eClass().getEPackage() == ModelPackage.eINSTANCE ? Subjects.describe(eObject) : super.getObjectLabel(eObject);
  }
}
