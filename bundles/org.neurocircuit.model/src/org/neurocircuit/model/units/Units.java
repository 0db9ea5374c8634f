package org.neurocircuit.model.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.SpikeTimesStimulus;
import org.neurocircuit.model.SynapseKinetics;

/**
 * Units of the metamodel's features, read from the ecore annotations, resolved in context and
 * formatted for display (see the package documentation for the rules).
 */
public final class Units {

  /** Source of the annotation that holds units. */
  public static final String SOURCE = "http://www.neurocircuit.org/model/units";
  /** Detail key of the unit. */
  public static final String UNIT_KEY = "unit";
  /** Detail key of the optional display symbol. */
  public static final String SYMBOL_KEY = "symbol";

  public static final String MV = "mV";
  public static final String MS = "ms";
  public static final String NS = "nS";
  public static final String PA = "pA";
  public static final String PF = "pF";
  public static final String HZ = "Hz";
  /** Micrometre, with the micro sign U+00B5. */
  public static final String UM = "\u00b5m";
  /** Dimensionless (counts, probabilities, indices, seeds). Not shown in formatted values. */
  public static final String ONE = "1";
  /** Diagram coordinates (layout only, no physical meaning). */
  public static final String PX = "px";

  /** Weight unit that depends on the receptor: see {@link #weightUnit(Receptor)}. */
  public static final String FROM_RECEPTOR = "@receptor";
  /** Unit of the reference that contains the owner (the attributes of a Quantity). */
  public static final String FROM_CONTAINER = "@container";
  /** Unit of the state variable of an InitialValue: see {@link #stateVariableUnit(String)}. */
  public static final String FROM_VARIABLE = "@variable";

  /** The fixed units. */
  public static final Set<String> FIXED = Set.of(MV, MS, NS, PA, PF, HZ, UM, ONE, PX);
  /** The context-dependent units. */
  public static final Set<String> CONTEXTUAL = Set.of(FROM_RECEPTOR, FROM_CONTAINER, FROM_VARIABLE);

  private static final Map<String, String> STATE_VARIABLES = Map.ofEntries(
      Map.entry("V_m", MV), Map.entry("v", MV), Map.entry("w", PA), Map.entry("u", ONE),
      Map.entry("r", ONE), Map.entry("g_ex", NS), Map.entry("g_in", NS), Map.entry("I_syn", PA),
      Map.entry("I_ex", PA), Map.entry("I_in", PA));

  private static final String MINUS = "\u2212";

  private Units() {
  }

  /** The unit annotated on {@code feature} (fixed or contextual), or "" if it has none. */
  public static String of(EStructuralFeature feature) {
    return detail(feature, UNIT_KEY);
  }

  /** The display symbol annotated on {@code feature} (e.g. {@code τ_m}), or "" if it has none. */
  public static String symbol(EStructuralFeature feature) {
    return detail(feature, SYMBOL_KEY);
  }

  /** Whether a unit is contextual (starts with {@code @}). */
  public static boolean isContextual(String unit) {
    return unit.startsWith("@");
  }

  /**
   * The fixed unit of {@code feature} on {@code owner}: contextual units are resolved against the
   * owner and its containers. "" if the feature has no unit or the context cannot tell (e.g. a
   * quantity not yet in a projection).
   */
  public static String resolve(EObject owner, EStructuralFeature feature) {
    String unit = of(feature);
    return switch (unit) {
      case FROM_CONTAINER -> owner == null || owner.eContainer() == null ? ""
          : resolve(owner.eContainer(), owner.eContainmentFeature());
      case FROM_RECEPTOR -> weightUnit(receptorOf(owner));
      case FROM_VARIABLE -> owner instanceof InitialValue initial ? stateVariableUnit(initial.getVariable()) : "";
      default -> unit;
    };
  }

  /**
   * The unit of weights through {@code receptor}: nS for conductance receptors, mV for current
   * receptors with delta kinetics, pA for other current receptors; "" for null.
   */
  public static String weightUnit(Receptor receptor) {
    if (receptor == null) {
      return "";
    }
    if (receptor.getKind() == ReceptorKind.CONDUCTANCE) {
      return NS;
    }
    return receptor.getKinetics() == SynapseKinetics.DELTA ? MV : PA;
  }

  /** The unit of the weights of {@code projection} (see {@link #weightUnit(Receptor)}). */
  public static String weightUnit(Projection projection) {
    return weightUnit(projection == null ? null : projection.getReceptor());
  }

  /** The receptor that governs {@code object}: its own, or that of the nearest projection or spiking stimulus above it. */
  public static Receptor receptorOf(EObject object) {
    for (EObject o = object; o != null; o = o.eContainer()) {
      if (o instanceof Receptor receptor) {
        return receptor;
      } else if (o instanceof Projection projection) {
        return projection.getReceptor();
      } else if (o instanceof PoissonStimulus poisson) {
        return poisson.getReceptor();
      } else if (o instanceof SpikeTimesStimulus spikes) {
        return spikes.getReceptor();
      }
    }
    return null;
  }

  /** The unit of a state variable (V_m mV, w pA, g_ex nS, ...), or "" if unknown. */
  public static String stateVariableUnit(String variable) {
    return variable == null ? "" : STATE_VARIABLES.getOrDefault(variable.trim(), "");
  }

  /** {@code value} with its unit, e.g. "−70 mV"; no unit for "", "1" and contextual units. */
  public static String format(double value, String unit) {
    String number = number(value);
    return unit == null || unit.isEmpty() || ONE.equals(unit) || isContextual(unit) ? number : number + " " + unit;
  }

  /** {@code value} with the fixed unit of {@code feature} (contextual units are left out). */
  public static String format(double value, EStructuralFeature feature) {
    return format(value, of(feature));
  }

  /**
   * The value of {@code feature} on {@code owner} with its resolved unit: "−70 mV", "[1, 2.5] ms" for
   * lists, "" when unset (null).
   */
  public static String format(EObject owner, EStructuralFeature feature) {
    Object value = owner.eGet(feature);
    String unit = resolve(owner, feature);
    if (value instanceof Number number) {
      return format(number.doubleValue(), unit);
    }
    if (value instanceof Collection<?> values) {
      String joined = values.stream().map(v -> v instanceof Number n ? number(n.doubleValue()) : String.valueOf(v))
          .collect(Collectors.joining(", ", "[", "]"));
      return unit.isEmpty() || ONE.equals(unit) ? joined : joined + " " + unit;
    }
    return value == null ? "" : String.valueOf(value);
  }

  /**
   * A number for display: integers without decimals, at most 6 significant digits, a true minus sign
   * (U+2212) for negative values, ∞ for infinities.
   */
  public static String number(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "\u221e" : MINUS + "\u221e";
    }
    String text;
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      text = Long.toString((long) value);
    } else {
      BigDecimal rounded = new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros();
      double magnitude = Math.abs(value);
      text = magnitude >= 1e-4 && magnitude < 1e9 ? rounded.toPlainString() : rounded.toString();
    }
    return text.startsWith("-") ? MINUS + text.substring(1) : text;
  }

  private static String detail(EStructuralFeature feature, String key) {
    EAnnotation annotation = feature == null ? null : feature.getEAnnotation(SOURCE);
    String value = annotation == null ? null : annotation.getDetails().get(key);
    return value == null ? "" : value;
  }
}
