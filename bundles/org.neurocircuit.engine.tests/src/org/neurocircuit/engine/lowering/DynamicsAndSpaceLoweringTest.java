package org.neurocircuit.engine.lowering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.InvalidNetworkException;
import org.neurocircuit.engine.network.Layout;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.RateUnitModel;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.model.DistanceDependent;
import org.neurocircuit.model.DistanceProfile;
import org.neurocircuit.model.GridLayout;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.RandomBoxLayout;
import org.neurocircuit.model.RateUnit;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.TransferFunction;

/** Delta synapses, distance profiles, periodic layouts and rate-unit transfer functions, lowered. */
class DynamicsAndSpaceLoweringTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private final LoweringTestCircuit fixture = new LoweringTestCircuit();

    private org.neurocircuit.model.Receptor projectionReceptor() {
        return fixture.circuit.getProjections().get(0).getReceptor();
    }

    @Test
    void deltaCurrentReceptorsBecomeVoltageJumpsWithoutTimeConstant() {
        org.neurocircuit.model.Receptor receptor = projectionReceptor();
        receptor.setKind(ReceptorKind.CURRENT);
        receptor.setKinetics(SynapseKinetics.DELTA);
        receptor.setSign(ReceptorSign.INHIBITORY);
        receptor.setTauSyn(7);
        fixture.circuit.getProjections().get(0).setPlasticity(null);
        NetworkDescription network = CircuitLowering.lower(fixture.circuit).network();
        Receptor lowered = network.projections().get(0).receptor();
        assertEquals(Receptor.delta(Receptor.Sign.INHIBITORY), lowered, "tau_syn is dropped: a jump has no time course");
        assertEquals("mV", lowered.weightUnit());
        assertEquals("inhibitory current (delta)", lowered.describe());
    }

    @Test
    void deltaKineticsOnAConductanceReceptorIsReported() {
        projectionReceptor().setKinetics(SynapseKinetics.DELTA);
        InvalidNetworkException failure = assertThrows(InvalidNetworkException.class,
                () -> CircuitLowering.lower(fixture.circuit));
        assertEquals("Projection 'EI'", failure.problems().get(0).element());
        assertTrue(failure.getMessage().contains("conductance receptor with delta kinetics"), failure.getMessage());
    }

    @Test
    void distanceProfilesKeepTheirShapeAndAreCutWhereTheyReachEToTheMinusEight() {
        DistanceDependent rule = F.createDistanceDependent();
        rule.setP0(0.3);
        rule.setSigma(50);
        fixture.circuit.getProjections().get(0).setRule(rule);
        ConnectionRule.DistanceDependent gaussian = assertInstanceOf(ConnectionRule.DistanceDependent.class,
                CircuitLowering.lower(fixture.circuit).network().projections().get(0).rule());
        assertEquals(new ConnectionRule.DistanceDependent(ConnectionRule.Profile.GAUSSIAN, 0.3, 50, 200), gaussian);
        rule.setProfile(DistanceProfile.EXPONENTIAL);
        ConnectionRule.DistanceDependent exponential = assertInstanceOf(ConnectionRule.DistanceDependent.class,
                CircuitLowering.lower(fixture.circuit).network().projections().get(0).rule());
        assertEquals(new ConnectionRule.DistanceDependent(ConnectionRule.Profile.EXPONENTIAL, 0.3, 50, 400), exponential);
        for (ConnectionRule.DistanceDependent d : List.of(gaussian, exponential)) {
            assertEquals(0.3 * Math.exp(-8), d.probability(d.cutoff()), 1e-15, d.describe());
            assertEquals(0, d.probability(d.cutoff() * 1.001), d.describe());
        }
        // the metamodel's conventions: p0 exp(-d^2 / (2 sigma^2)) and p0 exp(-d / sigma)
        assertEquals(0.3 * Math.exp(-0.5), gaussian.probability(50), 1e-15);
        assertEquals(0.3 * Math.exp(-1), exponential.probability(50), 1e-15);
    }

    @Test
    void periodicGridsCarryTheirTorus() {
        GridLayout grid = (GridLayout) fixture.circuit.allPopulations().get(2).getLayout();
        grid.setPeriodic(true);
        Layout.Explicit layout = assertInstanceOf(Layout.Explicit.class,
                CircuitLowering.lower(fixture.circuit).network().populations().get(2).layout());
        // 2 x 2 grid with 50 µm spacing: a torus of 2 columns x 50 by 2 rows x 50, flat in z
        assertEquals(new Layout.Period(100, 100, 0), layout.torus());
        assertArrayEquals(new double[] { 75, -25, 0, 125, -25, 0, 75, 25, 0, 125, 25, 0 }, layout.xyz(), 1e-12);
        grid.setPeriodic(false);
        assertEquals(Layout.Period.NONE, CircuitLowering.lower(fixture.circuit).network().populations().get(2)
                .layout().period(4));
    }

    @Test
    void periodicBoxesWrapAroundTheirExtents() {
        RandomBoxLayout box = F.createRandomBoxLayout();
        box.setExtentX(300);
        box.setExtentY(200);
        box.setCenterX(1000);
        box.setPeriodic(true);
        fixture.circuit.allPopulations().get(1).setLayout(box);
        Layout.Explicit layout = assertInstanceOf(Layout.Explicit.class,
                CircuitLowering.lower(fixture.circuit).network().populations().get(1).layout());
        assertEquals(new Layout.Period(300, 200, 0), layout.torus(), "extent 0 along z: no wrapping there");
        for (int i = 0; i < layout.count(); i++) {
            assertTrue(Math.abs(layout.coordinate(i, 0) - 1000) <= 150 && Math.abs(layout.coordinate(i, 1)) <= 100);
        }
    }

    @Test
    void everyTransferFunctionIsLoweredAndTheBoundedOnesSaturate() {
        RateUnit unit = F.createRateUnit();
        unit.setTau(15);
        unit.setGain(0.5);
        unit.setThreshold(20);
        org.neurocircuit.model.Population drive = fixture.circuit.allPopulations().get(0);
        drive.setNeuronModel(unit);
        for (TransferFunction f : TransferFunction.values()) {
            unit.setTransferFunction(f);
            RateUnitModel m = assertInstanceOf(RateUnitModel.class,
                    CircuitLowering.lower(fixture.circuit).network().populations().get(0).model());
            assertEquals(f.name(), m.transfer().name());
            assertEquals(15, m.tau());
            assertEquals(0.5, m.gain());
            assertEquals(20, m.theta());
            assertEquals(m.transfer().needsFiniteMaxRate() ? PopulationLowering.BOUNDED_RATE_UNIT_MAX_HZ
                    : Double.POSITIVE_INFINITY, m.maxRate(), f.getLiteral());
        }
    }
}
