package org.neurocircuit.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Stimulus;

/** Looks up elements of {@link org.neurocircuit.model.tests.TestCircuits#full()} by name, for rule cases. */
final class Find {

  private Find() {
  }

  static Population pop(Circuit circuit, String name) {
    return named(circuit.allPopulations(), name);
  }

  static Projection proj(Circuit circuit, String name) {
    return named(circuit.getProjections(), name);
  }

  static Stimulus stim(Circuit circuit, String name) {
    return named(circuit.getStimuli(), name);
  }

  static Recorder rec(Circuit circuit, String name) {
    return named(circuit.getRecorders(), name);
  }

  static DecodingTask task(Circuit circuit, String name) {
    return named(circuit.getDecodingTasks(), name);
  }

  /** The neuron model of a population, cast to its class. */
  static <T extends EObject> T model(Circuit circuit, String population, Class<T> type) {
    return type.cast(pop(circuit, population).getNeuronModel());
  }

  /**
   * Runs {@code change} and returns {@code object}, so a case can say "change this, report that";
   * {@code object} is looked up before the change, so the change must not replace it.
   */
  static <T> T after(Runnable change, T object) {
    change.run();
    return object;
  }

  private static <T extends NamedElement> T named(Iterable<T> elements, String name) {
    for (T element : elements) {
      if (name.equals(element.getName())) {
        return element;
      }
    }
    throw new IllegalArgumentException("no element " + name);
  }
}
