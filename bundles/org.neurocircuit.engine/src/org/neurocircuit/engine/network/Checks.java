package org.neurocircuit.engine.network;

import java.util.List;

/** Collects problems about one element; the helpers phrase them uniformly. */
final class Checks {

    private final List<Problem> problems;
    private final String element;

    Checks(List<Problem> problems, String element) {
        this.problems = problems;
        this.element = element;
    }

    String element() {
        return element;
    }

    void fail(String message) {
        problems.add(new Problem(element, message));
    }

    void positive(String what, double value, String unit) {
        if (!(value > 0) || !Double.isFinite(value)) {
            fail(what + " must be a positive number (was " + value + " " + unit
                    + "); give it a value above 0 " + unit + ".");
        }
    }

    void nonNegative(String what, double value, String unit) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            fail(what + " must be 0 or more (was " + value + " " + unit + ").");
        }
    }

    void finite(String what, double value, String unit) {
        if (!Double.isFinite(value)) {
            fail(what + " must be a finite number (was " + value + " " + unit + ").");
        }
    }

    void probability(String what, double value) {
        if (!(value >= 0 && value <= 1)) {
            fail(what + " must lie between 0 and 1 (was " + value + ").");
        }
    }

    void below(String lowName, double low, String highName, double high, String unit) {
        if (!(low < high)) {
            fail(lowName + " (" + low + " " + unit + ") must be below " + highName + " (" + high
                    + " " + unit + "); lower " + lowName + " or raise " + highName + ".");
        }
    }

    void ascending(String what, double[] times) {
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i]) || times[i] < 0) {
                fail(what + " must be finite and at least 0 ms (entry " + i + " is " + times[i] + ").");
                return;
            }
            if (i > 0 && times[i] < times[i - 1]) {
                fail(what + " must be sorted ascending (entry " + i + ", " + times[i]
                        + " ms, comes after " + times[i - 1] + " ms); sort them.");
                return;
            }
        }
    }

    void indices(String what, int[] idx, int size, String populationName) {
        if (idx == null) {
            return;
        }
        for (int i : idx) {
            if (i < 0 || i >= size) {
                fail(what + " names neuron " + i + " but population '" + populationName + "' has "
                        + size + " neurons (0 to " + (size - 1) + ").");
                return;
            }
        }
    }

    /** Checks a distribution's own parameters (not its range). */
    void distribution(String what, Distribution d, String unit) {
        switch (d) {
            case Distribution.Constant c -> finite(what, c.value(), unit);
            case Distribution.Uniform u -> {
                finite(what + " lower end", u.low(), unit);
                finite(what + " upper end", u.high(), unit);
                if (u.low() > u.high()) {
                    fail(what + ": uniform lower end " + u.low() + " is above upper end " + u.high()
                            + " " + unit + "; swap them.");
                }
            }
            case Distribution.Normal n -> {
                finite(what + " mean", n.mu(), unit);
                nonNegative(what + " standard deviation", n.sigma(), unit);
                if (!(n.min() < n.max())) {
                    fail(what + ": normal bounds [" + n.min() + ", " + n.max()
                            + "] are empty; make min less than max.");
                } else if (n.sigma() == 0 && (n.mu() < n.min() || n.mu() > n.max())) {
                    fail(what + ": normal with zero deviation has mean " + n.mu()
                            + " outside its bounds.");
                } else if (n.sigma() > 0 && (Math.max(n.min() - n.mu(), n.mu() - n.max()) > 5 * n.sigma())) {
                    fail(what + ": normal bounds [" + n.min() + ", " + n.max()
                            + "] lie more than 5 standard deviations from the mean " + n.mu()
                            + "; almost every draw would be rejected. Move the mean inside the bounds.");
                }
            }
            case Distribution.LogNormal l -> {
                finite(what + " mu", l.mu(), "");
                nonNegative(what + " sigma", l.sigma(), "");
            }
        }
    }
}
