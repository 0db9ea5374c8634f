package org.neurocircuit.engine.builtin.internal;

/**
 * Scratch arrays of a population's total drive in the form {@code I = a - b V}, at the start
 * of a step ({@code a0, b0}) and at its midpoint ({@code am, bm}), for the models integrated
 * with the midpoint method. Receptors are folded in (and then advanced exactly) by
 * {@link #gather}.
 */
final class Drive {

    final float[] a0;
    final float[] b0;
    final float[] am;
    final float[] bm;

    Drive(int n) {
        a0 = new float[n];
        b0 = new float[n];
        am = new float[n];
        bm = new float[n];
    }

    /**
     * Sets {@code a = aConst + iExt}, {@code b = bConst}, adds every receptor at start and
     * midpoint, then advances the receptors to the end of the step.
     */
    void gather(int from, int to, float aConst, float bConst, float[] ext,
            ReceptorChannel[] channels, int step) {
        if (ext == null) {
            for (int i = from; i < to; i++) {
                a0[i] = aConst;
                am[i] = aConst;
                b0[i] = bConst;
                bm[i] = bConst;
            }
        } else {
            for (int i = from; i < to; i++) {
                float a = aConst + ext[i];
                a0[i] = a;
                am[i] = a;
                b0[i] = bConst;
                bm[i] = bConst;
            }
        }
        for (ReceptorChannel c : channels) {
            c.accumulate(from, to, a0, b0, am, bm);
            c.advance(from, to, c.slot(step));
        }
    }

    long bytes() {
        return 16L * a0.length;
    }
}
