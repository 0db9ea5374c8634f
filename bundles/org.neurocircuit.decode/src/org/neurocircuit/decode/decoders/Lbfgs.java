package org.neurocircuit.decode.decoders;

/**
 * Limited-memory BFGS (Nocedal & Wright, Numerical Optimization, algorithm 7.4 with the two-loop
 * recursion, memory 30) with a backtracking line search, for smooth convex objectives. It stops
 * when the largest gradient component is at most the tolerance.
 *
 * <p>A step is accepted by the Armijo condition, or, once the objective is flat to rounding
 * ({@code f(x+αd) ≤ f(x) + 1e-12·|f(x)|}), by Hager and Zhang's approximate Wolfe condition on the
 * directional derivative, {@code (2δ−1)·φ'(0) ≥ φ'(α) ≥ σ·φ'(0)}: near the optimum differences of f
 * vanish in rounding while the gradient still shows the way, so tight tolerances stay reachable.
 */
final class Lbfgs {

    /** A function to minimise. */
    interface Objective {
        /** The value at {@code x}, with the gradient written to {@code gradient}. */
        double evaluate(double[] x, double[] gradient);
    }

    /**
     * Where it stopped.
     *
     * @param x the minimiser found
     * @param value the objective there
     * @param iterations iterations made
     * @param gradientMax largest absolute gradient component there
     * @param converged whether the tolerance was reached
     */
    record Outcome(double[] x, double value, int iterations, double gradientMax, boolean converged) {
    }

    private static final int MEMORY = 30;
    private static final double ARMIJO = 1e-4;
    private static final double CURVATURE = 0.9;
    private static final double FLAT = 1e-12;

    private Lbfgs() {
    }

    static Outcome minimise(Objective f, double[] start, int maxIterations, double tolerance) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = f.evaluate(x, g);
        double[][] s = new double[MEMORY][];
        double[][] y = new double[MEMORY][];
        double[] rho = new double[MEMORY];
        int stored = 0;
        int newest = -1;
        double[] xn = new double[n];
        double[] gn = new double[n];
        for (int it = 0; it < maxIterations; it++) {
            double gmax = maxAbs(g);
            if (gmax <= tolerance) {
                return new Outcome(x, fx, it, gmax, true);
            }
            double[] d = direction(g, s, y, rho, stored, newest);
            double slope = dot(g, d);
            if (!(slope < 0)) { // not a descent direction: forget the curvature pairs
                stored = 0;
                d = negate(g);
                slope = -dot(g, g);
            }
            double step = stored == 0 ? Math.min(1, 1 / Math.sqrt(dot(g, g))) : 1;
            double fn = Double.NaN;
            boolean accepted = false;
            for (int tries = 0; tries < 60 && !accepted; tries++) {
                for (int i = 0; i < n; i++) {
                    xn[i] = x[i] + step * d[i];
                }
                fn = f.evaluate(xn, gn);
                double slopeAt = dot(gn, d);
                boolean armijo = fn <= fx + ARMIJO * step * slope;
                boolean approxWolfe = fn <= fx + FLAT * Math.abs(fx)
                        && (2 * ARMIJO - 1) * slope >= slopeAt && slopeAt >= CURVATURE * slope;
                if (armijo && !(fn == fx && slopeAt < CURVATURE * slope) || approxWolfe) {
                    accepted = true;
                } else {
                    // minimum of the quadratic through f(x), f'(x) along d and f(xn), kept in [0.1, 0.5]·step
                    double q = -slope * step * step / (2 * (fn - fx - step * slope));
                    step = Double.isFinite(q) ? Math.max(0.1 * step, Math.min(0.5 * step, q)) : 0.5 * step;
                }
            }
            if (!accepted) {
                return new Outcome(x, fx, it, gmax, false); // no decrease left at double precision
            }
            double[] sk = new double[n];
            double[] yk = new double[n];
            for (int i = 0; i < n; i++) {
                sk[i] = xn[i] - x[i];
                yk[i] = gn[i] - g[i];
            }
            double sy = dot(sk, yk);
            if (sy > 1e-16 * Math.sqrt(dot(sk, sk) * dot(yk, yk))) {
                newest = (newest + 1) % MEMORY;
                s[newest] = sk;
                y[newest] = yk;
                rho[newest] = 1 / sy;
                stored = Math.min(stored + 1, MEMORY);
            }
            System.arraycopy(xn, 0, x, 0, n);
            System.arraycopy(gn, 0, g, 0, n);
            fx = fn;
        }
        double gmax = maxAbs(g);
        return new Outcome(x, fx, maxIterations, gmax, gmax <= tolerance);
    }

    /** {@code -H g} by the two-loop recursion over the stored pairs, newest first. */
    private static double[] direction(double[] g, double[][] s, double[][] y, double[] rho, int stored, int newest) {
        double[] q = g.clone();
        double[] alpha = new double[MEMORY];
        for (int k = 0; k < stored; k++) {
            int i = Math.floorMod(newest - k, MEMORY);
            alpha[i] = rho[i] * dot(s[i], q);
            axpy(-alpha[i], y[i], q);
        }
        if (stored > 0) {
            double gamma = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
            for (int j = 0; j < q.length; j++) {
                q[j] *= gamma;
            }
        }
        for (int k = stored - 1; k >= 0; k--) {
            int i = Math.floorMod(newest - k, MEMORY);
            double beta = rho[i] * dot(y[i], q);
            axpy(alpha[i] - beta, s[i], q);
        }
        return negate(q);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double[] negate(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = -v[i];
        }
        return r;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }
}
