package org.neurocircuit.engine.lowering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InvalidNetworkException;
import org.neurocircuit.engine.network.Layout;
import org.neurocircuit.engine.network.LifConductanceModel;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Plasticity;
import org.neurocircuit.engine.network.Problem;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.network.Stimulus;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.SubsetKind;

class CircuitLoweringTest {

    private final LoweringTestCircuit fixture = new LoweringTestCircuit();

    @Test
    void populationsAreNumberedInAllPopulationsOrderWithModelsInitialStateAndLayout() {
        LoweredCircuit lowered = CircuitLowering.lower(fixture.circuit);
        NetworkDescription network = lowered.network();
        // Circuit.allPopulations(): top-level populations first, then those of the regions.
        assertEquals(List.of("drive", "E", "I"), network.populations().stream().map(p -> p.name()).toList());
        LifConductanceModel e = assertInstanceOf(LifConductanceModel.class, network.populations().get(1).model());
        assertEquals(200, e.cm());
        assertEquals(10, e.gL());
        assertEquals(new Distribution.Uniform(-60, -50), network.populations().get(1).initial().valueOf(StateVariable.V).orElseThrow());
        assertEquals(new Distribution.Normal(40, 15, 0, Double.POSITIVE_INFINITY),
                network.populations().get(1).initial().valueOf(StateVariable.SYN_EXC).orElseThrow());
        Layout.Explicit grid = assertInstanceOf(Layout.Explicit.class, network.populations().get(2).layout());
        // 2 x 2 grid, 50 µm spacing, centred on (100, 0): x in {75, 125}, y in {-25, 25}.
        assertArrayEquals(new double[] { 75, -25, 0, 125, -25, 0, 75, 25, 0, 125, 25, 0 }, grid.xyz(), 1e-12);
        assertEquals(List.of(10, 3200, 4), network.populations().stream().map(p -> p.size()).toList());
    }

    @Test
    void settingsAndBackendComeFromTheCircuit() {
        LoweredCircuit lowered = CircuitLowering.lower(fixture.circuit);
        assertEquals(500, lowered.settings().duration());
        assertEquals(0.1, lowered.settings().dt());
        assertEquals(42, lowered.settings().seed());
        assertEquals(2, lowered.settings().threads());
        assertEquals("builtin", lowered.backendId());
    }

    @Test
    void projectionsKeepRuleQuantitiesReceptorAndScaleAdditiveStdpByWMax() {
        Projection ei = CircuitLowering.lower(fixture.circuit).network().projections().get(0);
        assertEquals("EI", ei.name());
        assertEquals(1, ei.source());
        assertEquals(2, ei.target());
        assertEquals(new ConnectionRule.FixedProbability(0.02), ei.rule());
        assertTrue(ei.autapses());
        assertTrue(!ei.multapses());
        assertEquals(new Distribution.Normal(6, 1, 0, Double.POSITIVE_INFINITY), ei.weight());
        assertEquals(new Distribution.Constant(1.5), ei.delay());
        assertEquals(Receptor.conductance(Receptor.Sign.EXCITATORY, 5, 0), ei.receptor());
        Plasticity.Stdp stdp = assertInstanceOf(Plasticity.Stdp.class, ei.plasticity());
        assertEquals(0.01 * 12, stdp.aPlus(), 1e-12);
        assertEquals(0.0105 * 12, stdp.aMinus(), 1e-12);
        assertEquals(Plasticity.StdpUpdate.ADDITIVE, stdp.update());
    }

    @Test
    void stimuliWithoutStopLastTheWholeRunWhateverItsDuration() {
        List<Stimulus> stimuli = CircuitLowering.lower(fixture.circuit).network().stimuli();
        Stimulus.Poisson poisson = assertInstanceOf(Stimulus.Poisson.class, stimuli.get(0));
        assertEquals(List.of(1, 2), poisson.targets());
        assertEquals(Double.POSITIVE_INFINITY, poisson.stop(), "not the circuit's 500 ms: a longer run keeps its drive");
        Stimulus.Dc dc = assertInstanceOf(Stimulus.Dc.class, stimuli.get(1));
        assertEquals(100, dc.start());
        assertEquals(300, dc.stop());
    }

    @Test
    void aRecorderOfSeveralPopulationsBecomesOnePerPopulationWithItsSubset() {
        List<Recorder> recorders = CircuitLowering.lower(fixture.circuit).network().recorders();
        assertEquals(List.of("spikes_V1_E", "spikes_V1_I", "vm"), recorders.stream().map(Recorder::name).toList());
        Recorder.Spikes spikesE = assertInstanceOf(Recorder.Spikes.class, recorders.get(0));
        assertArrayEquals(new int[] { 0, 1, 2 }, spikesE.neurons());
        Recorder.State vm = assertInstanceOf(Recorder.State.class, recorders.get(2));
        assertEquals(StateVariable.V, vm.variable());
        assertArrayEquals(new int[] { 1, 3 }, vm.neurons());
        assertEquals(0.5, vm.interval());
    }

    @Test
    void everyProblemIsReportedAtOnceNamingItsElement() {
        fixture.circuit.allPopulations().get(1).getInitialValues().get(0).setVariable("V_soma");
        fixture.vm.getIndices().add(99);
        fixture.circuit.getProjections().get(0).setRule(null);
        InvalidNetworkException failure = assertThrows(InvalidNetworkException.class,
                () -> CircuitLowering.lower(fixture.circuit));
        List<String> elements = failure.problems().stream().map(Problem::element).toList();
        assertEquals(List.of("Population 'V1/E'", "Projection 'EI'", "StateRecorder 'vm'"), elements, failure.getMessage());
        assertTrue(failure.getMessage().contains("initial value of unknown variable 'V_soma'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("neuron index 99 is outside V1/I (0..3)"), failure.getMessage());
    }

    @Test
    void allNeuronsRecordedGiveNoSubset() {
        Circuit circuit = fixture.circuit;
        circuit.getRecorders().get(0).setSubset(SubsetKind.ALL);
        assertNull(((Recorder.Spikes) CircuitLowering.lower(circuit).network().recorders().get(0)).neurons());
    }
}
