package org.neurocircuit.examples.tests;

import java.util.List;
import java.util.stream.Stream;

import org.neurocircuit.examples.ReferenceCircuit;
import org.neurocircuit.examples.ReferenceCircuits;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Stimulus;

/** Looks up elements of a circuit by name, failing with the name when it is missing. */
final class Find {

  private Find() {
  }

  /** The catalogue ids, for parameterized tests. */
  static Stream<String> ids() {
    return ReferenceCircuits.all().stream().map(ReferenceCircuit::id);
  }

  static ReferenceCircuit entry(String id) {
    return ReferenceCircuits.byId(id).orElseThrow(() -> new AssertionError("no reference circuit " + id));
  }

  static Population population(Circuit circuit, String name) {
    return named(circuit.allPopulations(), name);
  }

  static Projection projection(Circuit circuit, String name) {
    return named(circuit.getProjections(), name);
  }

  static Stimulus stimulus(Circuit circuit, String name) {
    return named(circuit.getStimuli(), name);
  }

  static Recorder recorder(Circuit circuit, String name) {
    return named(circuit.getRecorders(), name);
  }

  /** The value of a constant quantity. */
  static double constant(Quantity quantity) {
    if (quantity instanceof ConstantValue constant) {
      return constant.getValue();
    }
    throw new AssertionError("not a constant: " + quantity);
  }

  private static <T extends NamedElement> T named(List<T> elements, String name) {
    return elements.stream().filter(e -> name.equals(e.getName())).findFirst()
        .orElseThrow(() -> new AssertionError("no element named " + name));
  }
}
