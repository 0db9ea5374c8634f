package org.neurocircuit.model.validation;

import static org.neurocircuit.model.validation.Find.after;
import static org.neurocircuit.model.validation.Find.model;
import static org.neurocircuit.model.validation.Find.pop;
import static org.neurocircuit.model.validation.Find.proj;
import static org.neurocircuit.model.validation.Find.stim;
import static org.neurocircuit.model.validation.RuleCase.error;
import static org.neurocircuit.model.validation.RuleCase.warning;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.tests.TestCircuits;

/** Names, required features, references, finite numbers and simulation settings. */
class NameAndSettingsRulesTest {

  static List<RuleCase> cases() {
    return List.of(
        error("population without a name", Check.NAME_MISSING,
            c -> after(() -> pop(c, "E").setName(null), pop(c, "E")), Literals.NAMED_ELEMENT__NAME, "give it an identifier",
            c -> pop(c, "E").setName("E_2")),
        error("name with a space", Check.NAME_IDENTIFIER,
            c -> after(() -> pop(c, "E").setName("2 E"), pop(c, "E")), Literals.NAMED_ELEMENT__NAME, "e.g. '_2_E'",
            c -> pop(c, "E").setName("_E2")),
        error("two populations 'ext'", Check.NAME_UNIQUE,
            c -> after(() -> pop(c, "st").setName("ext"), pop(c, "ext")), Literals.NAMED_ELEMENT__NAME,
            "rename one of them", c -> pop(c, "st").setName("st2")),
        error("region and population share a name", Check.NAME_UNIQUE,
            c -> after(() -> pop(c, "R").setName("V1"), c.getRegions().get(0)), Literals.NAMED_ELEMENT__NAME,
            "rename one of them", c -> pop(c, "R").setName("V2")),
        error("projection without source", Check.REQUIRED,
            c -> after(() -> proj(c, "EI").setSource(null), proj(c, "EI")), Literals.PROJECTION__SOURCE,
            "choose a population of this circuit", c -> proj(c, "EI").setSource(pop(c, "I"))),
        error("stimulus without targets", Check.REQUIRED,
            c -> after(() -> stim(c, "dc").getTargets().clear(), stim(c, "dc")), Literals.STIMULUS__TARGETS,
            "choose at least one population of this circuit", c -> stim(c, "dc").getTargets().add(pop(c, "E"))),
        error("population without a neuron model", Check.REQUIRED,
            c -> after(() -> pop(c, "C").setNeuronModel(null), pop(c, "C")), Literals.POPULATION__NEURON_MODEL,
            "add a neuron model", c -> pop(c, "C").setNeuronModel(TestCircuits.F.createLifCurrent())),
        error("source in another circuit", Check.REFERENCE_IN_CIRCUIT,
            c -> after(() -> proj(c, "EI").setSource(pop(TestCircuits.full(), "E")), proj(c, "EI")),
            Literals.PROJECTION__SOURCE, "choose an element of this circuit", c -> proj(c, "EI").setSource(pop(c, "C"))),
        error("source in another file", Check.REFERENCE_IN_CIRCUIT, c -> {
          Population proxy = TestCircuits.F.createPopulation();
          ((InternalEObject) proxy).eSetProxyURI(URI.createURI("other.circuit#//@populations[name='E']"));
          proj(c, "EI").setSource(proxy);
          return proj(c, "EI");
        }, Literals.PROJECTION__SOURCE, "choose an element of this circuit", c -> proj(c, "EI").setSource(pop(c, "E"))),
        error("capacitance NaN", Check.FINITE,
            c -> after(() -> model(c, "E", LifConductance.class).setCm(Double.NaN), model(c, "E", LifConductance.class)),
            Literals.LIF_CONDUCTANCE__CM, "enter a finite number", c -> model(c, "E", LifConductance.class).setCm(1e6)),
        error("infinite spike time", Check.FINITE,
            c -> after(() -> stim(c, "pulses").eSet(Literals.SPIKE_TIMES_STIMULUS__TIMES, List.of(1.0, Double.POSITIVE_INFINITY)),
                stim(c, "pulses")), Literals.SPIKE_TIMES_STIMULUS__TIMES, "enter a finite number",
            c -> stim(c, "pulses").eSet(Literals.SPIKE_TIMES_STIMULUS__TIMES, List.of(1.0, 1e6))),
        error("no threads", Check.SETTINGS, c -> after(() -> c.setThreads(0), c), Literals.CIRCUIT__THREADS,
            "set at least 1 thread", c -> c.setThreads(1)),
        error("zero duration", Check.SETTINGS, c -> after(() -> c.setDuration(0), c), Literals.CIRCUIT__DURATION,
            "set duration > 0 ms", c -> c.setDuration(0.05)),
        error("no backend", Check.SETTINGS, c -> after(() -> c.setBackendId(" "), c), Literals.CIRCUIT__BACKEND_ID,
            "e.g. 'builtin'", c -> c.setBackendId("brian2")),
        error("dt zero", Check.DT_RESOLUTION, c -> after(() -> c.setDt(0), c), Literals.CIRCUIT__DT,
            "set a positive time step", c -> c.setDt(0.01)),
        error("dt above the fastest time constant (τ_syn = 2 ms)", Check.DT_RESOLUTION, c -> after(() -> c.setDt(2.5), c),
            Literals.CIRCUIT__DT, "set dt \u2264 0.4 ms", c -> c.setDt(0.4)),
        warning("dt above a fifth of the fastest time constant", Check.DT_RESOLUTION, c -> after(() -> c.setDt(0.5), c),
            Literals.CIRCUIT__DT, "set dt \u2264 0.4 ms", c -> c.setDt(0.4)),
        warning("duration not a whole number of steps", Check.DURATION_STEPS, c -> after(() -> c.setDuration(500.03), c),
            Literals.CIRCUIT__DURATION, "e.g. 500 ms or 500.05 ms", c -> c.setDuration(500.05)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failingCaseIsReported(RuleCase rule) {
    rule.assertFails();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void passingCaseIsNot(RuleCase rule) {
    rule.assertPasses();
  }
}
