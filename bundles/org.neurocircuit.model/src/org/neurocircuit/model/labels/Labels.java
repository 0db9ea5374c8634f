package org.neurocircuit.model.labels;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.units.Units;

/** Texts of the named elements; {@link #text(Object)} dispatches over every model class. */
public final class Labels {

  /** Arrow of an excitatory projection. */
  public static final String EXCITATORY_ARROW = "\u2192";
  /** Bar of an inhibitory projection (⊣). */
  public static final String INHIBITORY_ARROW = "\u22a3";

  private static final LabelSwitch SWITCH = new LabelSwitch();

  private Labels() {
  }

  /** The text of any model object, or null for objects that are not model objects. */
  public static String text(Object object) {
    return object instanceof EObject eObject && eObject.eClass().getEPackage() == ModelPackage.eINSTANCE
        ? SWITCH.doSwitch(eObject) : null;
  }

  /** The name, or "?" when it is unset or the element is null. */
  public static String name(NamedElement element) {
    String name = element == null ? null : element.getName();
    return name == null || name.isEmpty() ? "?" : name;
  }

  public static String circuit(Circuit circuit) {
    return name(circuit);
  }

  /** E.g. "V1 (2 populations, 1 region)". */
  public static String region(Region region) {
    String counts = join(", ", count(region.getPopulations().size(), "population"), count(region.getRegions().size(), "region"));
    return counts.isEmpty() ? name(region) : name(region) + " (" + counts + ")";
  }

  /** E.g. "E (LIF cond., 3200 neurons)". */
  public static String population(Population population) {
    return name(population) + " (" + PartLabels.modelShort(population.getNeuronModel()) + ", "
        + plural(population.getSize(), "neuron") + ")";
  }

  /** E.g. "E→I  p=0.02  w=0.6 nS", "I⊣E  K_in=100  w=U(1, 2) pA  STDP". */
  public static String projection(Projection projection) {
    boolean inhibitory = projection.getReceptor() != null && projection.getReceptor().getSign() == ReceptorSign.INHIBITORY;
    StringBuilder text = new StringBuilder()
        .append(name(projection.getSource()))
        .append(inhibitory ? INHIBITORY_ARROW : EXCITATORY_ARROW)
        .append(name(projection.getTarget()))
        .append("  ").append(PartLabels.rule(projection.getRule()))
        .append("  w=").append(PartLabels.quantity(projection.getWeight(), Units.weightUnit(projection)));
    if (projection.getPlasticity() != null) {
      text.append("  ").append(PartLabels.plasticityShort(projection.getPlasticity()));
    }
    return text.toString();
  }

  /** E.g. "drive (Poisson 8 Hz → E, I)". */
  public static String stimulus(Stimulus stimulus) {
    return name(stimulus) + " (" + PartLabels.stimulusKind(stimulus) + " " + EXCITATORY_ARROW + " "
        + names(stimulus.getTargets()) + ")";
  }

  /** E.g. "vm (V_m every 0.1 ms: E[first 10])". */
  public static String recorder(Recorder recorder) {
    return name(recorder) + " (" + PartLabels.recorderKind(recorder) + ": " + names(recorder.getTargets())
        + PartLabels.subset(recorder) + ")";
  }

  /** E.g. "position (ridge, 10 ms bins, 5 folds)". */
  public static String decodingTask(DecodingTask task) {
    String decoder = task.getDecoderId() == null || task.getDecoderId().isEmpty() ? "no decoder" : task.getDecoderId();
    return name(task) + " (" + decoder + ", " + Units.format(task.getBinWidth(), Units.MS) + " bins, "
        + plural(task.getFolds(), "fold") + ")";
  }

  /** Names joined by ", ", or "none". */
  public static String names(List<? extends NamedElement> elements) {
    return elements.isEmpty() ? "none" : elements.stream().map(Labels::name).collect(Collectors.joining(", "));
  }

  /** "1 neuron", "3200 neurons". */
  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String count(int n, String noun) {
    return n == 0 ? "" : plural(n, noun);
  }

  private static String join(String separator, String... parts) {
    return Arrays.stream(parts).filter(p -> !p.isEmpty()).collect(Collectors.joining(separator));
  }
}
