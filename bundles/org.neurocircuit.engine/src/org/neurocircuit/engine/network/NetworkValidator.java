package org.neurocircuit.engine.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds everything wrong with a network description (and, given settings, with the
 * combination). Each {@link Problem} names the element and says how to fix it.
 */
public final class NetworkValidator {

    /** Largest delay, in time steps, that backends must support. */
    public static final int MAX_DELAY_STEPS = 65_535;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private NetworkValidator() {
    }

    /** The problems of the description alone. */
    public static List<Problem> validate(NetworkDescription net) {
        List<Problem> out = new ArrayList<>();
        if (net.name() == null || !IDENTIFIER.matcher(net.name()).matches()) {
            out.add(new Problem("network '" + net.name() + "'",
                    "the name must be an identifier (letters, digits, underscores; not starting with a digit)."));
        }
        List<Population> pops = net.populations();
        if (pops.isEmpty()) {
            out.add(new Problem("network '" + net.name() + "'", "has no populations; add at least one."));
        }
        long total = 0;
        Set<String> names = new HashSet<>();
        for (Population p : pops) {
            Checks c = new Checks(out, "population '" + p.name() + "'");
            name(c, p.name(), names);
            total += Math.max(0, p.size());
            if (p.size() < 1) {
                c.fail("size must be at least 1 (was " + p.size() + "); give it a positive number of neurons.");
            }
            if (p.model() == null || p.initial() == null || p.layout() == null) {
                c.fail("needs a neuron model, an initial state and a layout (use InitialState.DEFAULT and Layout.NONE).");
                continue;
            }
            ModelChecks.check(c, p);
            ModelChecks.checkLayout(c, p);
            for (InitialState.InitialValue v : p.initial().values()) {
                if (!p.model().has(v.variable())) {
                    c.fail("sets an initial value for '" + v.variable().id() + "', which a "
                            + p.model().kind() + " does not have.");
                } else {
                    c.distribution("initial " + v.variable().id(), v.value(), v.variable().unit());
                }
            }
        }
        if (total > Integer.MAX_VALUE - 1) {
            out.add(new Problem("network '" + net.name() + "'", "has " + total
                    + " neurons; at most " + (Integer.MAX_VALUE - 1) + " are supported."));
        }
        names.clear();
        for (Projection pr : net.projections()) {
            Checks c = new Checks(out, "projection '" + pr.name() + "'");
            name(c, pr.name(), names);
            if (pr.rule() == null || pr.weight() == null || pr.delay() == null || pr.plasticity() == null) {
                c.fail("needs a connection rule, a weight, a delay and a plasticity (Plasticity.NONE for static).");
                continue;
            }
            ProjectionChecks.check(c, pr, pops);
        }
        names.clear();
        for (Stimulus s : net.stimuli()) {
            Checks c = new Checks(out, "stimulus '" + s.name() + "'");
            name(c, s.name(), names);
            StimulusChecks.check(c, s, pops);
        }
        names.clear();
        for (Recorder r : net.recorders()) {
            Checks c = new Checks(out, "recorder '" + r.name() + "'");
            name(c, r.name(), names);
            recorder(c, r, pops);
        }
        return out;
    }

    /** The problems of the description together with run settings. */
    public static List<Problem> validate(NetworkDescription net, SimulationSettings s) {
        List<Problem> out = validate(net);
        Checks c = new Checks(out, "settings");
        c.positive("time step dt", s.dt(), "ms");
        c.positive("duration", s.duration(), "ms");
        if (!out.isEmpty() && !(s.dt() > 0 && s.duration() > 0)) {
            return out;
        }
        double steps = s.duration() / s.dt();
        if (steps > Integer.MAX_VALUE - 2) {
            c.fail("duration " + s.duration() + " ms is " + steps + " steps of " + s.dt()
                    + " ms; at most " + (Integer.MAX_VALUE - 2) + " steps are supported.");
        } else if (Math.abs(steps - Math.rint(steps)) > 1e-6 * Math.max(1, steps)) {
            c.fail("duration " + s.duration() + " ms is not a whole number of time steps of "
                    + s.dt() + " ms; adjust one of them.");
        }
        if (s.threads() < 1 || s.threads() > 1024) {
            c.fail("threads must be between 1 and 1024 (was " + s.threads() + ").");
        }
        for (Projection pr : net.projections()) {
            if (pr.delay() != null) {
                delayVsStep(new Checks(out, "projection '" + pr.name() + "'"), pr, s.dt());
            }
        }
        for (Recorder r : net.recorders()) {
            Checks rc = new Checks(out, "recorder '" + r.name() + "'");
            double interval = r instanceof Recorder.State st ? st.interval()
                    : r instanceof Recorder.Rate rt ? rt.bin() : s.dt();
            double k = interval / s.dt();
            if (interval > 0 && Math.abs(k - Math.rint(k)) > 1e-6 * Math.max(1, k)) {
                rc.fail("interval " + interval + " ms is not a whole number of time steps of "
                        + s.dt() + " ms; use a multiple of dt.");
            }
        }
        return out;
    }

    /** Throws an {@link InvalidNetworkException} listing every problem, if there are any. */
    public static void require(NetworkDescription net, SimulationSettings s) {
        List<Problem> problems = validate(net, s);
        if (!problems.isEmpty()) {
            throw new InvalidNetworkException(problems);
        }
    }

    private static void delayVsStep(Checks c, Projection pr, double dt) {
        Distribution d = pr.delay();
        boolean clampedBelow = d instanceof Distribution.LogNormal;
        double low = d.lowerBound();
        if (!clampedBelow && low < dt * (1 - 1e-9)) {
            c.fail("the delay can be " + low + " ms, shorter than the time step " + dt
                    + " ms; use delays of at least one step.");
        }
        if (pr.rule() instanceof ConnectionRule.Explicit e && e.delays() != null) {
            for (double x : e.delays()) {
                if (x < dt * (1 - 1e-9)) {
                    c.fail("explicit delay " + x + " ms is shorter than the time step " + dt + " ms.");
                    break;
                }
            }
        }
        double high = d.upperBound();
        if (Double.isFinite(high) && Math.round(high / dt) > MAX_DELAY_STEPS) {
            c.fail("the delay can be " + high + " ms, more than " + MAX_DELAY_STEPS
                    + " steps of " + dt + " ms; shorten it or use a coarser step.");
        }
    }

    private static void recorder(Checks c, Recorder r, List<Population> pops) {
        if (r.population() < 0 || r.population() >= pops.size()) {
            c.fail("population index " + r.population() + " does not exist (there are "
                    + pops.size() + " populations).");
            return;
        }
        Population p = pops.get(r.population());
        switch (r) {
            case Recorder.Spikes sp -> c.indices("neuron subset", sp.neurons(), p.size(), p.name());
            case Recorder.State st -> {
                if (st.variable() == null || p.model() == null || !p.model().has(st.variable())) {
                    c.fail("records '" + (st.variable() == null ? "null" : st.variable().id())
                            + "' but population '" + p.name() + "' (" + (p.model() == null ? "no model"
                            : p.model().kind()) + ") has no such variable.");
                }
                c.positive("sampling interval", st.interval(), "ms");
                c.indices("neuron subset", st.neurons(), p.size(), p.name());
            }
            case Recorder.Rate rt -> c.positive("bin width", rt.bin(), "ms");
        }
    }

    private static void name(Checks c, String name, Set<String> seen) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            c.fail("the name must be an identifier (letters, digits, underscores; not starting with a digit).");
        } else if (!seen.add(name)) {
            c.fail("the name is used twice; give each element of a kind a unique name.");
        }
    }
}
