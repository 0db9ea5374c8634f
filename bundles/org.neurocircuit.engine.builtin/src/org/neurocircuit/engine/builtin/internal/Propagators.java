package org.neurocircuit.engine.builtin.internal;

/**
 * Exact propagators of the LIF membrane driven by a synaptic current, over a step {@code h}
 * (Rotter &amp; Diesmann 1999). With {@code a = 1/tau_s - 1/tau_m}, numerically stable also when
 * {@code tau_s} equals {@code tau_m}.
 */
final class Propagators {

    private Propagators() {
    }

    /** Effect of an exponential current y(0) on V(h): {@code e^(-h/tm) (1 - e^(-a h)) / (a C)}. */
    static double p32(double ts, double tm, double c, double h) {
        double a = 1 / ts - 1 / tm;
        double x = a * h;
        double f = Math.abs(x) < 1e-12 ? h : -Math.expm1(-x) / a;
        return Math.exp(-h / tm) * f / c;
    }

    /**
     * Effect of the alpha auxiliary x(0) (with {@code y(t) = (y0 + x0 t) e^(-t/ts)}) on V(h):
     * {@code e^(-h/tm) (1 - e^(-a h)(1 + a h)) / (a^2 C)}.
     */
    static double p31(double ts, double tm, double c, double h) {
        double a = 1 / ts - 1 / tm;
        double x = a * h;
        double g;
        if (Math.abs(x) < 0.1) {
            // series of 1 - e^(-x)(1 + x) = sum_{n>=2} (-1)^n (n-1) x^n / n!, divided by a^2
            g = 0;
            double xn = 1;
            double fact = 2;
            for (int n = 2; n < 16; n++) {
                g += ((n % 2 == 0) ? 1 : -1) * (n - 1) * xn / fact * h * h;
                xn *= x;
                fact *= (n + 1);
            }
        } else {
            g = (-Math.expm1(-x) - x * Math.exp(-x)) / (a * a);
        }
        return Math.exp(-h / tm) * g / c;
    }
}
