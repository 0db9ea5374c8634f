package org.neurocircuit.model.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.DecoderParameter;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.Plasticity;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.SpatialLayout;
import org.neurocircuit.model.SpikeTrain;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.StimulusTarget;
import org.neurocircuit.model.TimeSeriesTarget;

/**
 * The EValidator of the NeuroCircuit package: EMF's default constraints plus the {@link Check}s of
 * the rule classes. EMF's generic messages for missing required features, duplicate keys, dangling
 * references and unresolved proxies are replaced by the model's own ({@link Check#REQUIRED},
 * {@link Check#NAME_UNIQUE}, {@link Check#REFERENCE_IN_CIRCUIT}), which name the element and the fix.
 * Registered by {@link CircuitValidation#register()}.
 */
public class CircuitValidator extends EObjectValidator {

  /** The {@code source} of the diagnostics of this validator. */
  public static final String DIAGNOSTIC_SOURCE = "org.neurocircuit.model";

  /** The shared instance (stateless). */
  public static final CircuitValidator INSTANCE = new CircuitValidator();

  protected CircuitValidator() {
  }

  @Override
  public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
    boolean valid = super.validate(eClass, eObject, diagnostics, context);
    if (eObject.eIsProxy() || !ours(eObject) || !valid && diagnostics == null) {
      return valid;
    }
    Report report = new Report(diagnostics, context);
    GeneralRules.finite(eObject, report);
    GeneralRules.references(eObject, report);
    if (eObject instanceof NamedElement named) {
      NameRules.check(named, report);
    }
    dispatch(eObject, report);
    return valid && report.clean();
  }

  private static void dispatch(EObject object, Report report) {
    switch (object) {
      case Circuit circuit -> SettingsRules.check(circuit, report);
      case Region region -> PopulationRules.region(region, report);
      case Population population -> PopulationRules.population(population, report);
      case InitialValue initial -> PopulationRules.initialValue(initial, report);
      case SpatialLayout layout -> PopulationRules.layout(layout, report);
      case NeuronModel model -> NeuronRules.check(model, report);
      case SpikeTrain train -> NeuronRules.train(train, report);
      case Quantity quantity -> QuantityRules.check(quantity, report);
      case Projection projection -> ProjectionRules.check(projection, report);
      case ConnectionRule rule -> ConnectionRules.check(rule, report);
      case Receptor receptor -> ReceptorRules.check(receptor, report);
      case Plasticity plasticity -> PlasticityRules.check(plasticity, report);
      case Stimulus stimulus -> StimulusRules.check(stimulus, report);
      case Recorder recorder -> RecorderRules.check(recorder, report);
      case DecodingTask task -> DecodingRules.task(task, report);
      case DecoderParameter parameter -> DecodingRules.parameter(parameter, report);
      case StimulusTarget target -> DecodingRules.stimulusTarget(target, report);
      case TimeSeriesTarget series -> DecodingRules.timeSeries(series, report);
      default -> {
        // Explicit connections are checked with their list (ExplicitListRules); diagram classes need
        // nothing beyond GeneralRules' reference check.
      }
    }
  }

  /** A missing required feature gets {@link Check#REQUIRED}'s message; other multiplicity problems EMF's. */
  @Override
  protected boolean validate_MultiplicityConforms(EObject eObject, EStructuralFeature feature, DiagnosticChain diagnostics,
      Map<Object, Object> context) {
    boolean missing = feature.isMany() ? ((List<?>) eObject.eGet(feature, false)).size() < feature.getLowerBound()
        : feature.isRequired() && eObject.eGet(feature, false) == null;
    if (!ours(eObject) || !missing) {
      return super.validate_MultiplicityConforms(eObject, feature, diagnostics, context);
    }
    GeneralRules.required(eObject, feature, new Report(diagnostics, context));
    return false;
  }

  /** Keys are names (and initial-value variables), checked with better messages by NameRules and PopulationRules. */
  @Override
  public boolean validate_EveryKeyUnique(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
    return ours(eObject) || super.validate_EveryKeyUnique(eObject, diagnostics, context);
  }

  /** Proxies are reported by {@link GeneralRules#references} from their URI, without resolving (loading) them. */
  @Override
  public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
    return ours(eObject) || super.validate_EveryProxyResolves(eObject, diagnostics, context);
  }

  /** References outside the circuit are reported by {@link GeneralRules#references}. */
  @Override
  public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics,
      Map<Object, Object> context) {
    return ours(eObject) || super.validate_EveryReferenceIsContained(eObject, diagnostics, context);
  }

  private static boolean ours(EObject eObject) {
    return eObject.eClass().getEPackage() == ModelPackage.eINSTANCE;
  }
}
