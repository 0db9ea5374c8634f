package org.neurocircuit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.neurocircuit.model.tests.TestCircuits.F;
import static org.neurocircuit.model.tests.TestCircuits.constant;

import org.junit.jupiter.api.Test;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.units.Units;

/** Unit resolution in context and formatting. */
class UnitsTest {

  @Test
  void numbersAreShortWithATrueMinus() {
    assertEquals("\u221270", Units.number(-70));
    assertEquals("0.1", Units.number(0.1));
    assertEquals("16.6667", Units.number(16.666666666));
    assertEquals("3200", Units.number(3200));
    assertEquals("0", Units.number(-0.0));
    assertEquals("1E-7", Units.number(1e-7));
    assertEquals("\u221e", Units.number(Double.POSITIVE_INFINITY));
  }

  @Test
  void formatAppendsFixedUnitsOnly() {
    assertEquals("\u221270 mV", Units.format(-70, Units.MV));
    assertEquals("0.1 ms", Units.format(0.1, Literals.CIRCUIT__DT));
    assertEquals("100 \u00b5m", Units.format(100, Literals.GRID_LAYOUT__SPACING));
    assertEquals("3200", Units.format(3200, Literals.POPULATION__SIZE));
    assertEquals("0.6", Units.format(0.6, Literals.PROJECTION__WEIGHT));
  }

  @Test
  void weightUnitFollowsTheReceptor() {
    var receptor = F.createReceptor();
    assertEquals(Units.PA, Units.weightUnit(receptor));
    receptor.setKinetics(SynapseKinetics.DELTA);
    assertEquals(Units.MV, Units.weightUnit(receptor));
    receptor.setKind(ReceptorKind.CONDUCTANCE);
    assertEquals(Units.NS, Units.weightUnit(receptor));
    assertEquals("", Units.weightUnit((Projection) null));
  }

  @Test
  void contextualUnitsResolveThroughContainers() {
    Circuit circuit = TestCircuits.full();
    Projection ei = circuit.getProjections().get(0);
    ConstantValue weight = (ConstantValue) ei.getWeight();
    assertEquals(Units.NS, Units.resolve(weight, Literals.CONSTANT_VALUE__VALUE));
    assertEquals("0.6 nS", Units.format(weight, Literals.CONSTANT_VALUE__VALUE));
    assertEquals(Units.MS, Units.resolve(ei.getDelay(), Literals.CONSTANT_VALUE__VALUE));
    Projection ie = circuit.getProjections().get(1);
    assertEquals(Units.NS, Units.resolve(ie.getWeight(), Literals.NORMAL_DISTRIBUTION__LOW));
    assertEquals("", Units.format(ie.getWeight(), Literals.NORMAL_DISTRIBUTION__HIGH));
    Projection oo = circuit.getProjections().get(3);
    assertEquals(Units.MV, Units.resolve(oo.getWeight(), Literals.CONSTANT_VALUE__VALUE));
    Projection aa = circuit.getProjections().get(2);
    assertEquals(Units.PA, Units.resolve(aa.getPlasticity(), Literals.STDP__WMAX));
    assertEquals(Units.ONE, Units.resolve(aa.getWeight(), Literals.LOG_NORMAL_DISTRIBUTION__MU));
    var explicit = (org.neurocircuit.model.ExplicitList) circuit.getProjections().get(6).getRule();
    assertEquals("0.75 pA", Units.format(explicit.getConnections().get(0), Literals.EXPLICIT_CONNECTION__WEIGHT));
    assertEquals(Units.MV, Units.resolve(circuit.getStimuli().get(4), Literals.SPIKE_TIMES_STIMULUS__WEIGHT));
  }

  @Test
  void initialValuesTakeTheUnitOfTheirVariable() {
    var initial = F.createInitialValue();
    NormalDistribution normal = F.createNormalDistribution();
    initial.setValue(normal);
    assertEquals(Units.MV, Units.resolve(normal, Literals.NORMAL_DISTRIBUTION__MEAN));
    initial.setVariable("w");
    assertEquals(Units.PA, Units.resolve(normal, Literals.NORMAL_DISTRIBUTION__MEAN));
    initial.setVariable("g_ex");
    assertEquals(Units.NS, Units.resolve(normal, Literals.NORMAL_DISTRIBUTION__SD));
    initial.setVariable("unknown");
    assertEquals("", Units.resolve(normal, Literals.NORMAL_DISTRIBUTION__SD));
    assertEquals("", Units.resolve(constant(1), Literals.CONSTANT_VALUE__VALUE), "a detached quantity has no unit");
  }

  @Test
  void listsAreFormattedWithTheirUnit() {
    var steps = F.createStepStimulus();
    steps.getTimes().add(0.0);
    steps.getTimes().add(12.5);
    assertEquals("[0, 12.5] ms", Units.format(steps, Literals.STEP_STIMULUS__TIMES));
  }
}
