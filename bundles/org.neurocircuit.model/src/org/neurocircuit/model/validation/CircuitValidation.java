package org.neurocircuit.model.validation;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelPackage;

/**
 * Validation of circuits, without UI: the entry point of the command line and the editor.
 *
 * <pre>
 * Diagnostic diagnostic = CircuitValidation.validate(circuit);
 * if (CircuitValidation.hasErrors(diagnostic)) { CircuitValidation.lines(diagnostic).forEach(System.err::println); }
 * </pre>
 *
 * {@link #validate} always applies {@link CircuitValidator}. For EMF's own entry points
 * ({@code Diagnostician.INSTANCE}, the editor's validate action) the validator must be in the global
 * {@link EValidator.Registry}: under OSGi the bundle activator puts it there as soon as any class of
 * this bundle is loaded; in plain Java call {@link #register()} once (loading through
 * {@code CircuitFiles} or {@code CircuitResourceFactory.register} does it too).
 */
public final class CircuitValidation {

  private CircuitValidation() {
  }

  /** Registers {@link CircuitValidator} for the model package in the global registry (idempotent). */
  public static synchronized void register() {
    if (EValidator.Registry.INSTANCE.get(ModelPackage.eINSTANCE) != CircuitValidator.INSTANCE) {
      EValidator.Registry.INSTANCE.put(ModelPackage.eINSTANCE, CircuitValidator.INSTANCE);
    }
  }

  /** Removes {@link CircuitValidator} from the global registry if it is the registered one. */
  public static synchronized void unregister() {
    EValidator.Registry.INSTANCE.remove(ModelPackage.eINSTANCE, CircuitValidator.INSTANCE);
  }

  /**
   * Validates {@code circuit} and everything it contains. Each child diagnostic has the source
   * {@link CircuitValidator#DIAGNOSTIC_SOURCE} (or EMF's for its generic checks), the code of its
   * {@link Check}, and as data the offending object, the feature, then related objects.
   */
  public static Diagnostic validate(Circuit circuit) {
    return validate((EObject) circuit);
  }

  /** Validates any model object and its contents (e.g. one population after an edit). */
  public static Diagnostic validate(EObject object) {
    return new CircuitDiagnostician().validate(object);
  }

  /** Whether the diagnostic holds an error (warnings do not count). */
  public static boolean hasErrors(Diagnostic diagnostic) {
    return diagnostic.getSeverity() >= Diagnostic.ERROR;
  }

  /** One line per problem, e.g. "ERROR Population 'V1/E' (size): size is 0; set a size of at least 1 neuron". */
  public static List<String> lines(Diagnostic diagnostic) {
    return DiagnosticLines.lines(diagnostic);
  }
}
