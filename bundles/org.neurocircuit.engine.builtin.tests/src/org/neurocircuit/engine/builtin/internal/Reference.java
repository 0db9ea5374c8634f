package org.neurocircuit.engine.builtin.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Independent fine-step reference integrators (classical RK4) for single neurons driven by
 * a DC current and by exponential conductance events at given times, written directly from the
 * model equations; spikes are detected on the fine grid.
 */
final class Reference {

    /**
     * The right-hand side of a neuron model: d/dt of the state at time t, within the step that
     * starts at {@code stepStart} (inputs arriving at a step's end belong to the next step, so
     * that no step straddles a jump).
     */
    interface Rhs {
        void eval(double stepStart, double t, double[] y, double[] dy);
    }

    /** What happens at a spike: the state after reset. */
    interface Reset {
        void apply(double[] y);
    }

    /** Conductance at time t, in the step starting at stepStart, of events (times, weights). */
    static double conductance(double stepStart, double t, double[] times, double[] weights, double tau) {
        double g = 0;
        for (int k = 0; k < times.length; k++) {
            if (stepStart >= times[k] - 1e-9) {
                g += weights[k] * Math.exp(-(t - times[k]) / tau);
            }
        }
        return g;
    }

    /** Result: samples of y[0] every {@code sampleEvery} ms and spike times. */
    record Run(double[] samples, double[] spikes) {
    }

    /**
     * Integrates with step h; spikes when y[0] &gt;= threshold; y[0] held at its reset value for
     * tRef after a spike (other variables keep integrating with y[0] held).
     */
    static Run integrate(Rhs f, double[] y0, double h, double duration, double threshold,
            Reset reset, double tRef, double sampleEvery) {
        double[] y = y0.clone();
        int n = y.length;
        double[] k1 = new double[n], k2 = new double[n], k3 = new double[n], k4 = new double[n], tmp = new double[n];
        List<Double> spikes = new ArrayList<>();
        int steps = (int) Math.round(duration / h);
        int every = (int) Math.round(sampleEvery / h);
        double[] samples = new double[steps / every + 1];
        samples[0] = y[0];
        double refractoryUntil = -1;
        double held = 0;
        for (int s = 0; s < steps; s++) {
            double t = s * h;
            boolean refr = t < refractoryUntil - 1e-12;
            f.eval(t, t, y, k1);
            if (refr) k1[0] = 0;
            for (int i = 0; i < n; i++) tmp[i] = y[i] + 0.5 * h * k1[i];
            f.eval(t, t + 0.5 * h, tmp, k2);
            if (refr) k2[0] = 0;
            for (int i = 0; i < n; i++) tmp[i] = y[i] + 0.5 * h * k2[i];
            f.eval(t, t + 0.5 * h, tmp, k3);
            if (refr) k3[0] = 0;
            for (int i = 0; i < n; i++) tmp[i] = y[i] + h * k3[i];
            f.eval(t, t + h, tmp, k4);
            if (refr) k4[0] = 0;
            for (int i = 0; i < n; i++) y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            if (refr) y[0] = held;
            if (y[0] >= threshold) {
                spikes.add(t + h);
                reset.apply(y);
                held = y[0];
                refractoryUntil = t + h + tRef;
            }
            if ((s + 1) % every == 0) {
                samples[(s + 1) / every] = y[0];
            }
        }
        return new Run(samples, spikes.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Largest absolute difference. */
    static double maxError(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    /** Rate from the intervals between the first and last spike, Hz. */
    static double rate(double[] spikes) {
        return 1000 * (spikes.length - 1) / (spikes[spikes.length - 1] - spikes[0]);
    }
}
