package org.neurocircuit.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Plasticity;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.ShortTermPlasticity;
import org.neurocircuit.model.Stdp;
import org.neurocircuit.model.Stimulus;

/**
 * How messages name model objects: {@link #describe} gives "Population 'E' in region 'V1'" or
 * "Receptor of projection 'EI'" (the start of every validation message), {@link #pathLabel} the
 * compact "Population 'V1/E'" used in one-line listings. Names come from user files, so they are
 * shortened and stripped of control characters.
 */
public final class Subjects {

  private static final int MAX_NAME = 60;

  private Subjects() {
  }

  /** E.g. "Population 'E' in region 'V1'", "Projection 'EI'", "Receptor of projection 'EI'", "Circuit 'net'". */
  public static String describe(EObject object) {
    if (object == null) {
      return "(nothing)";
    }
    if (object instanceof NamedElement named) {
      String text = kind(named) + " " + quote(named.getName());
      EObject container = named.eContainer();
      if (container instanceof Region region && !(named instanceof Circuit)) {
        text += " in region " + quote(path(region));
      }
      return text;
    }
    EObject container = object.eContainer();
    String part = part(object);
    return container == null ? capitalize(part) : capitalize(part) + " of " + lowerFirst(describe(container));
  }

  /** E.g. "Population 'V1/E'", "Projection 'EI' receptor", "Population 'V1/E' initial value 'V_m'". */
  public static String pathLabel(EObject object) {
    if (object == null) {
      return "(nothing)";
    }
    if (object instanceof NamedElement named) {
      return kind(named) + " " + quote(named instanceof Circuit ? named.getName() : path(named));
    }
    EObject container = object.eContainer();
    return container == null ? capitalize(part(object)) : pathLabel(container) + " " + part(object);
  }

  /** The names from the circuit down to {@code element}, joined by "/" (the circuit itself left out), e.g. "V1/L4/A". */
  public static String path(NamedElement element) {
    Deque<String> names = new ArrayDeque<>();
    for (EObject o = element; o instanceof NamedElement named && !(o instanceof Circuit); o = o.eContainer()) {
      String name = clean(named.getName());
      names.addFirst(name.isEmpty() ? "?" : name);
    }
    return String.join("/", names);
  }

  /** The element's kind in words: "Population", "Projection", "Stimulus", "Decoding task", ... */
  public static String kind(NamedElement element) {
    if (element instanceof Stimulus) {
      return "Stimulus";
    } else if (element instanceof Recorder) {
      return "Recorder";
    } else if (element instanceof DecodingTask) {
      return "Decoding task";
    }
    return element.eClass().getName();
  }

  /** {@code 'name'}, shortened and cleaned; "(unnamed)" for a missing name. */
  public static String quote(String name) {
    return name == null || name.isEmpty() ? "(unnamed)" : "'" + clean(name) + "'";
  }

  /** Text from a file made safe for a one-line message: control characters replaced, at most 60 characters. */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(MAX_NAME + 1L).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return out.length() > MAX_NAME ? out.substring(0, MAX_NAME) + "\u2026" : out.toString();
  }

  /** A part that has no name, in words, from the reference that holds it. */
  private static String part(EObject object) {
    EReference reference = object.eContainmentFeature();
    if (object instanceof Plasticity) {
      return object instanceof Stdp ? "STDP" : object instanceof ShortTermPlasticity ? "short-term plasticity" : "plasticity";
    }
    if (object instanceof InitialValue initial) {
      return "initial value " + quote(initial.getVariable());
    }
    if (reference == null) {
      return object.eClass().getName();
    }
    String words = words(reference.getName());
    if (reference == ModelPackage.Literals.PROJECTION__RULE) {
      words = "connection rule";
    } else if (reference == ModelPackage.Literals.DECODING_TASK__TARGET) {
      words = "decoding target";
    } else if (reference == ModelPackage.Literals.POPULATION__LAYOUT) {
      words = "spatial layout";
    }
    if (reference.isMany()) {
      List<?> siblings = (List<?>) object.eContainer().eGet(reference);
      words = singular(words) + " #" + siblings.indexOf(object);
    }
    return words;
  }

  /** "neuronModel" becomes "neuron model". */
  static String words(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String singular(String words) {
    if (words.endsWith("ies")) {
      return words.substring(0, words.length() - 3) + "y";
    }
    return words.endsWith("s") ? words.substring(0, words.length() - 1) : words;
  }

  private static String capitalize(String text) {
    return text.isEmpty() || text.startsWith("STDP") ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** "Population 'E'" becomes "population 'E'" inside a sentence ("STDP" stays). */
  static String lowerFirst(String description) {
    return description.startsWith("STDP") || description.isEmpty() ? description
        : Character.toLowerCase(description.charAt(0)) + description.substring(1);
  }

  /** The circuit above {@code object}, or null if it is not in one. */
  static Circuit circuitOf(EObject object) {
    for (EObject o = object; o != null; o = o.eContainer()) {
      if (o instanceof Circuit circuit) {
        return circuit;
      }
    }
    return null;
  }

  /** The projection of a part (receptor, rule, weight, ...), or null. */
  static Projection projectionOf(EObject object) {
    for (EObject o = object; o != null; o = o.eContainer()) {
      if (o instanceof Projection projection) {
        return projection;
      }
    }
    return null;
  }

  /** The population of a part (neuron model, layout, initial value), or null. */
  static Population populationOf(EObject object) {
    for (EObject o = object; o != null; o = o.eContainer()) {
      if (o instanceof Population population) {
        return population;
      }
    }
    return null;
  }
}
