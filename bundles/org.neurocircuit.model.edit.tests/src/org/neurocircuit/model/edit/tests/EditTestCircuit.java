package org.neurocircuit.model.edit.tests;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;

/** A small E/I circuit: E (LIF cond., grid layout), I (LIF curr.), EI (p=0.02, 0.6 nS), IE (K_in=100, normal, STP). */
final class EditTestCircuit {

  private static final ModelFactory F = ModelFactory.eINSTANCE;

  private EditTestCircuit() {
  }

  static Circuit create() {
    Circuit circuit = F.createCircuit();
    circuit.setName("ei");
    Population e = population("E", 3200);
    e.setNeuronModel(F.createLifConductance());
    e.setLayout(F.createGridLayout());
    Population i = population("I", 800);
    i.setNeuronModel(F.createLifCurrent());
    circuit.getPopulations().add(e);
    circuit.getPopulations().add(i);

    var p = F.createFixedProbability();
    p.setP(0.02);
    Projection ei = projection("EI", e, i, receptor(ReceptorSign.EXCITATORY, 0));
    ei.setRule(p);
    ei.setWeight(constant(0.6));
    ei.setDelay(constant(1.5));
    var k = F.createFixedInDegree();
    k.setK(100);
    var normal = F.createNormalDistribution();
    normal.setMean(6.7);
    normal.setLow(0.0);
    var delays = F.createUniformDistribution();
    delays.setLow(1);
    delays.setHigh(2);
    Projection ie = projection("IE", i, e, receptor(ReceptorSign.INHIBITORY, -80));
    ie.setRule(k);
    ie.setWeight(normal);
    ie.setDelay(delays);
    ie.setPlasticity(F.createShortTermPlasticity());
    circuit.getProjections().add(ei);
    circuit.getProjections().add(ie);
    return circuit;
  }

  private static Population population(String name, int size) {
    Population population = F.createPopulation();
    population.setName(name);
    population.setSize(size);
    return population;
  }

  private static Projection projection(String name, Population source, Population target, Receptor receptor) {
    Projection projection = F.createProjection();
    projection.setName(name);
    projection.setSource(source);
    projection.setTarget(target);
    projection.setReceptor(receptor);
    return projection;
  }

  private static Receptor receptor(ReceptorSign sign, double eRev) {
    Receptor receptor = F.createReceptor();
    receptor.setSign(sign);
    receptor.setKind(ReceptorKind.CONDUCTANCE);
    receptor.setTauSyn(sign == ReceptorSign.EXCITATORY ? 5 : 10);
    receptor.setERev(eRev);
    return receptor;
  }

  private static ConstantValue constant(double value) {
    ConstantValue constant = F.createConstantValue();
    constant.setValue(value);
    return constant;
  }
}
