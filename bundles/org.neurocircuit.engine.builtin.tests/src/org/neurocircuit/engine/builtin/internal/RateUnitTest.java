package org.neurocircuit.engine.builtin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.NetworkBuilder;
import org.neurocircuit.engine.network.RateUnitModel;
import org.neurocircuit.engine.network.RateUnitModel.TransferFunction;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.network.Stimulus;

/**
 * Rate units relax to their transfer function of the input and fire as Poisson processes of
 * the rectified rate.
 */
class RateUnitTest {

    private static final double TAU = 10, GAIN = 0.4, THETA = 100, MAX = 80, DT = 0.1;
    private static final int UNITS = 400;

    /** Units of each function driven by a constant current {@code i}: recorded rates and spike counts. */
    private static Sim run(double i) {
        NetworkBuilder b = NetworkBuilder.named("rates");
        for (TransferFunction f : TransferFunction.values()) {
            int p = b.population(f.name().toLowerCase(), UNITS, new RateUnitModel(TAU, GAIN, THETA, MAX, 0, f),
                    InitialState.DEFAULT);
            b.stimulus(new Stimulus.Dc("dc_" + p, List.of(p), i, 0, Double.POSITIVE_INFINITY));
            b.record(new Recorder.Spikes("s" + p, p, null));
            b.record(new Recorder.State("r" + p, p, StateVariable.RATE, 1000, new int[] {0}));
        }
        return Sim.run(b.build(), Sim.settings(2000, DT));
    }

    @Test
    void eachFunctionRelaxesToItsValueAndFiresAtTheRectifiedRate() {
        for (double current : new double[] {40, 250}) {
            Sim sim = run(current);
            double u = GAIN * (current - THETA);
            for (TransferFunction f : TransferFunction.values()) {
                double expected = f.apply(u, MAX);
                int p = f.ordinal();
                double[] r = sim.sink.trace(2 * p + 1, 0);
                // after 100 tau the exact relaxation has converged to float precision
                assertEquals(expected, r[1], 1e-4 * Math.max(1, Math.abs(expected)), f + " at " + current + " pA");
                // a step fires with probability 1 - exp(-max(0, r) h); the first 10 ms of relaxation cost 0.5 %
                double perStep = -Math.expm1(-Math.max(0, expected) * DT * 1e-3);
                double mean = perStep * UNITS * 20_000;
                int spikes = sim.sink.neurons(2 * p).length;
                assertEquals(mean, spikes, 4 * Math.sqrt(Math.max(mean, 1)) + 0.01 * mean, f + " at " + current + " pA");
            }
        }
    }

    @Test
    void theFunctionsHaveTheStatedValues() {
        // u = 0.4 (250 - 100) = 60 Hz: clipped, capped, logistic and tanh values at r_max = 80 Hz
        assertEquals(60, TransferFunction.LINEAR.apply(60, MAX), 1e-12);
        assertEquals(60, TransferFunction.THRESHOLD_LINEAR.apply(60, MAX), 1e-12);
        assertEquals(80 / (1 + Math.exp(-3)), TransferFunction.SIGMOID.apply(60, MAX), 1e-12);
        assertEquals(80 * Math.tanh(0.75), TransferFunction.TANH.apply(60, MAX), 1e-12);
        // u = 0.4 (40 - 100) = -24 Hz: negative for linear and tanh, which then stay silent
        assertEquals(-24, TransferFunction.LINEAR.apply(-24, MAX), 1e-12);
        assertEquals(0, TransferFunction.THRESHOLD_LINEAR.apply(-24, MAX), 1e-12);
        assertEquals(80 / (1 + Math.exp(1.2)), TransferFunction.SIGMOID.apply(-24, MAX), 1e-12);
        assertEquals(80 * Math.tanh(-0.3), TransferFunction.TANH.apply(-24, MAX), 1e-12);
    }
}
