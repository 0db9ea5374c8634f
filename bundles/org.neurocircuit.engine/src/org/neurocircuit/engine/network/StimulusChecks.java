package org.neurocircuit.engine.network;

import java.util.List;

/** Checks of stimuli. */
final class StimulusChecks {

    private StimulusChecks() {
    }

    static void check(Checks c, Stimulus s, List<Population> pops) {
        if (s.targets().isEmpty()) {
            c.fail("has no target populations; add at least one.");
        }
        c.nonNegative("start", s.start(), "ms");
        if (!(s.stop() > s.start())) {
            c.fail("stop (" + s.stop() + " ms) must come after start (" + s.start() + " ms).");
        }
        for (int t : s.targets()) {
            if (t < 0 || t >= pops.size()) {
                c.fail("target population index " + t + " does not exist (there are " + pops.size()
                        + " populations).");
                continue;
            }
            Population p = pops.get(t);
            if (s.receptor() != null) {
                ProjectionChecks.receptor(c, s.receptor(), p);
            } else if (p.model() != null && !p.model().acceptsInput()) {
                c.fail("targets population '" + p.name() + "', a " + p.model().kind()
                        + ", which takes no input; target a neuron population instead.");
            }
        }
        switch (s) {
            case Stimulus.Poisson p -> {
                c.nonNegative("rate", p.rate(), "Hz");
                c.nonNegative("weight", p.weight(), ProjectionChecks.weightUnit(p.receptor()));
            }
            case Stimulus.Dc d -> c.finite("amplitude", d.amplitude(), "pA");
            case Stimulus.Step st -> {
                if (st.times().length != st.amplitudes().length) {
                    c.fail("has " + st.times().length + " change times but " + st.amplitudes().length
                            + " amplitudes; give one amplitude per time.");
                }
                c.ascending("change times", st.times());
                for (double a : st.amplitudes()) {
                    c.finite("amplitude", a, "pA");
                }
                for (int i = 1; i < st.times().length; i++) {
                    if (st.times()[i] == st.times()[i - 1]) {
                        c.fail("change times must be strictly ascending (" + st.times()[i] + " ms repeats).");
                        break;
                    }
                }
            }
            case Stimulus.Sinusoid sn -> {
                c.finite("offset", sn.offset(), "pA");
                c.finite("amplitude", sn.amplitude(), "pA");
                c.nonNegative("frequency", sn.frequency(), "Hz");
                c.finite("phase", sn.phase(), "deg");
            }
            case Stimulus.SpikeTimes sp -> {
                c.ascending("event times", sp.times());
                c.nonNegative("weight", sp.weight(), ProjectionChecks.weightUnit(sp.receptor()));
            }
            case Stimulus.Noise n -> {
                c.finite("mean", n.mean(), "pA");
                c.nonNegative("standard deviation", n.std(), "pA");
            }
        }
    }
}
