package org.neurocircuit.model.tests;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.DiagramPoint;
import org.neurocircuit.model.DistanceProfile;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.TransferFunction;

/** Builds circuits for the tests (public: the validation and resource tests use it too). */
public final class TestCircuits {

  public static final ModelFactory F = ModelFactory.eINSTANCE;

  private TestCircuits() {
  }

  public static Population population(String name, int size, NeuronModel model) {
    Population population = F.createPopulation();
    population.setName(name);
    population.setSize(size);
    population.setNeuronModel(model);
    return population;
  }

  public static ConstantValue constant(double value) {
    ConstantValue constant = F.createConstantValue();
    constant.setValue(value);
    return constant;
  }

  public static Receptor receptor(ReceptorSign sign, ReceptorKind kind, SynapseKinetics kinetics, double tauSyn, double eRev) {
    Receptor receptor = F.createReceptor();
    receptor.setSign(sign);
    receptor.setKind(kind);
    receptor.setKinetics(kinetics);
    receptor.setTauSyn(tauSyn);
    receptor.setERev(eRev);
    return receptor;
  }

  public static Projection projection(String name, Population source, Population target, ConnectionRule rule, Quantity weight,
      Quantity delay, Receptor receptor) {
    Projection projection = F.createProjection();
    projection.setName(name);
    projection.setSource(source);
    projection.setTarget(target);
    projection.setRule(rule);
    projection.setWeight(weight);
    projection.setDelay(delay);
    projection.setReceptor(receptor);
    return projection;
  }

  public static <T extends NamedElement> T named(T element, String name) {
    element.setName(name);
    return element;
  }

  /**
   * A circuit that uses every concrete class of the metamodel with non-default values, and passes
   * validation without errors or warnings.
   */
  public static Circuit full() {
    Circuit circuit = named(F.createCircuit(), "full");
    circuit.setDescription("Every class of the metamodel; E/I part after Vogels & Abbott 2005.");
    circuit.setDuration(500);
    circuit.setDt(0.05);
    circuit.setSeed(42);
    circuit.setThreads(2);

    var v1 = named(F.createRegion(), "V1");
    v1.setColor("#336699");
    var l4 = named(F.createRegion(), "L4");
    v1.getRegions().add(l4);
    circuit.getRegions().add(v1);

    var cond = F.createLifConductance();
    cond.setCm(200);
    cond.setGL(10);
    cond.setEL(-60);
    cond.setVTh(-50);
    cond.setTRef(5);
    Population e = population("E", 3200, cond);
    var vm = F.createInitialValue();
    var uniform = F.createUniformDistribution();
    uniform.setLow(-60);
    uniform.setHigh(-50);
    vm.setValue(uniform);
    e.getInitialValues().add(vm);
    var grid = F.createGridLayout();
    grid.setRows(40);
    grid.setColumns(80);
    grid.setPeriodic(true);
    e.setLayout(grid);
    Population i = population("I", 800, F.createLifConductance());
    v1.getPopulations().addAll(List.of(e, i));

    Population a = population("A", 10, F.createAdEx());
    var box = F.createRandomBoxLayout();
    box.setExtentZ(50);
    a.setLayout(box);
    Population iz = population("Iz", 10, F.createIzhikevich());
    l4.getPopulations().addAll(List.of(a, iz));

    var poissonSource = F.createPoissonSource();
    poissonSource.setRate(20);
    var spikeSource = F.createSpikeTimeSource();
    spikeSource.getTimes().addAll(List.of(10.0, 20.5));
    var train = F.createSpikeTrain();
    train.setNeuron(1);
    train.getTimes().addAll(List.of(5.0, 7.25));
    spikeSource.getTrains().add(train);
    var rate = F.createRateUnit();
    rate.setTransferFunction(TransferFunction.SIGMOID);
    Population ext = population("ext", 100, poissonSource);
    Population st = population("st", 2, spikeSource);
    Population r = population("R", 5, rate);
    Population c = population("C", 20, F.createLifCurrent());
    circuit.getPopulations().addAll(List.of(ext, st, r, c));

    var p = F.createFixedProbability();
    p.setP(0.02);
    Receptor excCond = receptor(ReceptorSign.EXCITATORY, ReceptorKind.CONDUCTANCE, SynapseKinetics.EXPONENTIAL, 5, 0);
    Projection ei = projection("EI", e, i, p, constant(0.6), constant(1.5), excCond);
    var k = F.createFixedInDegree();
    k.setK(100);
    var normal = F.createNormalDistribution();
    normal.setMean(6.7);
    normal.setSd(1);
    normal.setLow(0.0);
    var delays = F.createUniformDistribution();
    delays.setLow(1);
    delays.setHigh(2);
    Receptor inhCond = receptor(ReceptorSign.INHIBITORY, ReceptorKind.CONDUCTANCE, SynapseKinetics.EXPONENTIAL, 10, -80);
    Projection ie = projection("IE", i, e, k, normal, delays, inhCond);
    ie.setAllowAutapses(false);
    var stp = F.createShortTermPlasticity();
    stp.setTauFac(100);
    ie.setPlasticity(stp);
    Receptor alpha = receptor(ReceptorSign.EXCITATORY, ReceptorKind.CURRENT, SynapseKinetics.ALPHA, 2, 0);
    var aaWeights = F.createUniformDistribution();
    aaWeights.setLow(10);
    aaWeights.setHigh(20);
    Projection aa = projection("AA", a, a, F.createAllToAll(), aaWeights, constant(1), alpha);
    var stdp = F.createStdp();
    stdp.setWMax(50);
    aa.setPlasticity(stdp);
    Receptor delta = receptor(ReceptorSign.EXCITATORY, ReceptorKind.CURRENT, SynapseKinetics.DELTA, 0.5, 0);
    Projection oo = projection("OO", iz, iz, F.createOneToOne(), constant(0.1), constant(1), delta);
    var out = F.createFixedOutDegree();
    out.setK(20);
    var logNormal = F.createLogNormalDistribution();
    logNormal.setMu(-1.5);
    logNormal.setSigma(0.5);
    Projection fod = projection("extE", ext, e, out, logNormal, constant(1), EcoreUtil.copy(excCond));
    var dd = F.createDistanceDependent();
    dd.setSigma(150);
    dd.setProfile(DistanceProfile.EXPONENTIAL);
    Projection ddp = projection("AAd", a, a, dd, constant(0.2), constant(1), EcoreUtil.copy(alpha));
    var list = F.createExplicitList();
    var c1 = F.createExplicitConnection();
    c1.setSource(0);
    c1.setTarget(4);
    c1.setWeight(0.75);
    c1.setDelay(2.0);
    var c2 = F.createExplicitConnection();
    c2.setSource(1);
    c2.setTarget(3);
    list.getConnections().addAll(List.of(c1, c2));
    Projection expl = projection("stR", st, r, list, constant(1), constant(1), EcoreUtil.copy(alpha));
    circuit.getProjections().addAll(List.of(ei, ie, aa, oo, fod, ddp, expl));

    TestInputs.addAll(circuit, e, i);
    TestInputs.addRecordersAndDecoding(circuit, e, i);

    var diagram = F.createDiagram();
    DiagramNode node = F.createDiagramNode();
    node.setElement(e);
    node.setX(10);
    node.setY(20);
    DiagramNode regionNode = F.createDiagramNode();
    regionNode.setElement(v1);
    regionNode.setWidth(400);
    DiagramEdge edge = F.createDiagramEdge();
    edge.setElement(ei);
    DiagramPoint bend = F.createDiagramPoint();
    bend.setX(100);
    bend.setY(-5);
    edge.getBendpoints().add(bend);
    DiagramEdge stimulusEdge = F.createDiagramEdge();
    stimulusEdge.setElement(circuit.getStimuli().get(0));
    stimulusEdge.setTarget(e);
    diagram.getNodes().addAll(List.of(regionNode, node));
    diagram.getEdges().addAll(List.of(edge, stimulusEdge));
    circuit.setDiagram(diagram);
    return circuit;
  }
}
