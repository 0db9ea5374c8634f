package org.neurocircuit.examples.backend;

import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState.InitialValue;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Plasticity;
import org.neurocircuit.engine.network.PoissonSourceModel;
import org.neurocircuit.engine.network.Population;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.network.Stimulus;
import org.neurocircuit.engine.spi.Availability;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.SimulationBackendProvider;
import org.neurocircuit.engine.spi.SimulationException;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.engine.spi.SupportReport;
import org.neurocircuit.engine.spi.SupportReport.Unsupported;

/**
 * The example backend's provider. Cheap to construct (the registry may create it only to show
 * its availability); all work happens in {@link EulerSession}.
 */
public final class EulerBackendProvider implements SimulationBackendProvider {

    /** The id, as declared in plugin.xml. */
    public static final String ID = "example-euler";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Example: forward-Euler LIF";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public Availability isAvailable() {
        // Pure Java: always available. A backend wrapping an external simulator checks for it here
        // and returns Availability.no("why, and what to install").
        return Availability.yes();
    }

    @Override
    public SupportReport supports(NetworkDescription network) {
        List<Unsupported> out = new ArrayList<>();
        for (Population p : network.populations()) {
            String e = "population '" + p.name() + "'";
            if (!(p.model() instanceof LifCurrentModel) && !(p.model() instanceof PoissonSourceModel)) {
                out.add(new Unsupported(e, p.model().kind() + " neurons (only LIF current-based and Poisson sources)"));
            }
            for (InitialValue v : p.initial().values()) {
                if (v.variable() != StateVariable.V || !(v.value() instanceof Distribution.Constant
                        || v.value() instanceof Distribution.Uniform)) {
                    out.add(new Unsupported(e, "initial " + v.variable().id() + " (only V, constant or uniform)"));
                }
            }
        }
        for (Projection p : network.projections()) {
            String e = "projection '" + p.name() + "'";
            ConnectionRule r = p.rule();
            if (!(r instanceof ConnectionRule.AllToAll || r instanceof ConnectionRule.OneToOne
                    || r instanceof ConnectionRule.FixedProbability)) {
                out.add(new Unsupported(e, "rule " + r.describe() + " (only all-to-all, one-to-one, fixed probability)"));
            }
            if (!(p.weight() instanceof Distribution.Constant) || !(p.delay() instanceof Distribution.Constant)) {
                out.add(new Unsupported(e, "distributed weight or delay (only constants)"));
            }
            checkReceptor(e, p.receptor(), out);
            if (!(p.plasticity() instanceof Plasticity.None)) {
                out.add(new Unsupported(e, "plasticity (only static synapses)"));
            }
        }
        for (Stimulus s : network.stimuli()) {
            String e = "stimulus '" + s.name() + "'";
            if (s instanceof Stimulus.Poisson ps) {
                checkReceptor(e, ps.receptor(), out);
            } else if (!(s instanceof Stimulus.Dc)) {
                out.add(new Unsupported(e, s.getClass().getSimpleName() + " stimuli (only Poisson and DC)"));
            }
        }
        for (Recorder r : network.recorders()) {
            if (r instanceof Recorder.State) {
                out.add(new Unsupported("recorder '" + r.name() + "'", "state variables (only spikes and rates)"));
            }
        }
        return new SupportReport(out);
    }

    private static void checkReceptor(String element, Receptor r, List<Unsupported> out) {
        if (r.coupling() != Receptor.Coupling.CURRENT || r.kinetics() != Receptor.Kinetics.EXPONENTIAL) {
            out.add(new Unsupported(element, r.describe() + " receptor (only exponential current receptors)"));
        }
    }

    @Override
    public SimulationSession createSession(RunRequest request) {
        SupportReport report = supports(request.network());
        if (!report.isFullySupported()) {
            throw new SimulationException("backend '" + ID + "' cannot simulate " + report.unsupported());
        }
        return new EulerSession(request);
    }
}
