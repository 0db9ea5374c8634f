package org.neurocircuit.engine.builtin.internal;

import org.neurocircuit.engine.network.Plasticity;

/**
 * Tsodyks–Markram state of one projection. The state depends only on the presynaptic spike
 * train, so it is kept per source neuron (not per synapse) and costs no synapse memory; the
 * owner of the source updates it when the source spikes (phase A) and delivery scales the
 * weights by the resulting efficacy {@code u x}.
 */
final class StpState {

    private final double bigU;
    private final double tauRec;
    private final double tauFac;
    private final double dt;
    private final float[] u;
    private final float[] x;
    private final int[] last;
    /** Efficacy {@code u x} of each source's latest spike. */
    final float[] efficacy;

    StpState(Plasticity.TsodyksMarkram p, int sources, double dt) {
        this.bigU = p.u();
        this.tauRec = p.tauRec();
        this.tauFac = p.tauFac();
        this.dt = dt;
        u = new float[sources];
        x = new float[sources];
        last = new int[sources];
        efficacy = new float[sources];
        java.util.Arrays.fill(last, -1);
    }

    /** Source {@code j} spikes at step stamp {@code stamp}. */
    void spike(int j, int stamp) {
        double uj, xj;
        if (last[j] < 0) {
            uj = bigU;
            xj = 1;
        } else {
            double h = (stamp - last[j]) * dt;
            xj = 1 + (x[j] - 1) * StrictMath.exp(-h / tauRec);
            uj = tauFac > 0 ? bigU + u[j] * (1 - bigU) * StrictMath.exp(-h / tauFac) : bigU;
        }
        efficacy[j] = (float) (uj * xj);
        u[j] = (float) uj;
        x[j] = (float) (xj - uj * xj);
        last[j] = stamp;
    }

    long bytes() {
        return 16L * u.length;
    }
}
