package org.neurocircuit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.neurocircuit.model.tests.TestCircuits.F;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.labels.Labels;
import org.neurocircuit.model.labels.PartLabels;

/** Texts of model objects. */
class LabelsTest {

  private final Circuit circuit = TestCircuits.full();

  @Test
  void populationShowsModelAndSize() {
    Population e = circuit.getRegions().get(0).getPopulations().get(0);
    assertEquals("E (LIF cond., 3200 neurons)", Labels.text(e));
    assertEquals("x (no model, 1 neuron)", Labels.text(TestCircuits.population("x", 1, null)));
    assertEquals("st (spike times, 2 neurons)", Labels.text(circuit.getPopulations().get(1)));
  }

  @Test
  void projectionShowsArrowRuleAndWeight() {
    assertEquals("E\u2192I  p=0.02  w=0.6 nS", Labels.text(circuit.getProjections().get(0)));
    assertEquals("I\u22a3E  K_in=100  w=N(6.7, 1) in [0, \u221e] nS  STP", Labels.text(circuit.getProjections().get(1)));
    assertEquals("Iz\u2192Iz  one-to-one  w=0.1 mV", Labels.text(circuit.getProjections().get(3)));
    assertEquals("AAd", circuit.getProjections().get(5).getName());
    assertEquals("A\u2192A  p(d)=1 exponential \u03c3=150 \u00b5m  w=0.2 pA", Labels.text(circuit.getProjections().get(5)));
    assertEquals("st\u2192R  explicit (2 synapses)  w=1 pA", Labels.text(circuit.getProjections().get(6)));
    assertEquals("?\u2192?  no rule  w=?", Labels.text(F.createProjection()));
  }

  @Test
  void otherElements() {
    assertEquals("V1 (2 populations, 1 region)", Labels.text(circuit.getRegions().get(0)));
    assertEquals("drive (Poisson 8 Hz \u2192 E, I)", Labels.text(circuit.getStimuli().get(0)));
    assertEquals("dc (DC 200 pA \u2192 I)", Labels.text(circuit.getStimuli().get(1)));
    assertEquals("vm (V_m every 0.5 ms: E[first 10])", Labels.text(circuit.getRecorders().get(1)));
    assertEquals("rate (rate, 5 ms bins: I[3 neurons])", Labels.text(circuit.getRecorders().get(2)));
    assertEquals("decodeSine (ridge, 10 ms bins, 5 folds)", Labels.text(circuit.getDecodingTasks().get(0)));
    assertEquals("V_m = U(\u221260, \u221250) mV", Labels.text(circuit.getRegions().get(0).getPopulations().get(0).getInitialValues().get(0)));
    assertEquals("exc. conductance, exponential \u03c4=5 ms, E_rev=0 mV", Labels.text(circuit.getProjections().get(0).getReceptor()));
    assertEquals("inh. current, delta", PartLabels.receptor(circuit.getStimuli().get(4) instanceof org.neurocircuit.model.SpikeTimesStimulus s ? s.getReceptor() : null));
    assertEquals("grid 40\u00d780, 100 \u00b5m", Labels.text(circuit.getRegions().get(0).getPopulations().get(0).getLayout()));
    assertEquals("weight 0.6 nS", Labels.text(circuit.getProjections().get(0).getWeight()));
  }

  @Test
  void everyObjectHasANonEmptyText() {
    for (TreeIterator<EObject> it = circuit.eAllContents(); it.hasNext();) {
      EObject object = it.next();
      String text = Labels.text(object);
      assertFalse(text == null || text.isBlank(), "no text for " + object.eClass().getName());
    }
  }

  @Test
  void nonModelObjectsHaveNoText() {
    assertNull(Labels.text(null));
    assertNull(Labels.text("E"));
    assertNull(Labels.text(org.eclipse.emf.ecore.EcoreFactory.eINSTANCE.createEClass()));
  }
}
