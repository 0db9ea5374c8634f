package org.neurocircuit.decode.circuit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neurocircuit.decode.features.FeatureSource;
import org.neurocircuit.decode.features.StimulusTargets;
import org.neurocircuit.decode.features.TargetSeries;
import org.neurocircuit.decode.features.TargetSeries.Interpolation;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.task.DecodingTask;
import org.neurocircuit.engine.lowering.CircuitLowering;
import org.neurocircuit.engine.network.Stimulus;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DecoderParameter;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.StimulusTarget;
import org.neurocircuit.model.TimeSeriesTarget;
import org.neurocircuit.model.resource.CircuitFiles;
import org.neurocircuit.model.resource.LoadResult;

/**
 * Maps the decoding tasks of a circuit (the model's {@code DecodingTask}) onto a run of it: each
 * recorder becomes the run channels it wrote (one per recorded population), per neuron; the
 * target becomes a series (a stimulus parameter's time course, or the task's own samples,
 * linearly interpolated). What the CLI's {@code decode} and the Decoding view run.
 */
public final class CircuitTasks {

    /** Sampling of continuous stimulus parameters (a sinusoid's current), ms. */
    private static final double STIMULUS_SAMPLE_MS = 0.1;

    private CircuitTasks() {
    }

    /**
     * The circuit that ran, from the copy in the run folder.
     *
     * @throws DecodingException when the run has no copy or it does not load, saying so
     */
    public static Circuit circuitOf(RunResults run) throws IOException {
        Path file = run.circuitFile().orElseThrow(() -> new DecodingException("run " + run.folder().getFileName()
                + " holds no copy of its circuit, so its decoding tasks are unknown; decode CSV files instead"));
        LoadResult loaded = CircuitFiles.load(file);
        if (!loaded.loaded()) {
            throw new DecodingException("the circuit copy " + file + " of the run does not load: "
                    + loaded.problems().get(0));
        }
        return loaded.circuit();
    }

    /** The names of the circuit's decoding tasks, in order. */
    public static List<String> names(Circuit circuit) {
        return circuit.getDecodingTasks().stream().map(t -> t.getName()).toList();
    }

    /**
     * The tasks called {@code name}, or all when {@code name} is null.
     *
     * @throws DecodingException for an unknown name (listing the names) or a circuit without tasks
     */
    public static List<org.neurocircuit.model.DecodingTask> select(Circuit circuit, String name) {
        if (circuit.getDecodingTasks().isEmpty()) {
            throw new DecodingException("circuit '" + circuit.getName() + "' has no decoding task; add one in the"
                    + " editor, or decode CSV files with a decoder of your choice");
        }
        if (name == null) {
            return List.copyOf(circuit.getDecodingTasks());
        }
        return circuit.getDecodingTasks().stream().filter(t -> name.equals(t.getName())).findFirst().map(List::of)
                .orElseThrow(() -> new DecodingException("circuit '" + circuit.getName() + "' has no decoding task '"
                        + name + "'; its tasks are: " + String.join(", ", names(circuit))));
    }

    /**
     * The task ready to decode {@code run}.
     *
     * @throws DecodingException when the run lacks a recorder's data or the target is unusable
     */
    public static PlannedTask plan(org.neurocircuit.model.DecodingTask t, RunResults run) {
        List<FeatureSource> sources = new ArrayList<>();
        for (Recorder r : t.getRecorders()) {
            for (String channel : channelsOf(r, run, t.getName())) {
                sources.add(FeatureSource.perNeuron(channel));
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (DecoderParameter p : t.getParameters()) {
            parameters.put(p.getKey(), p.getValue());
        }
        DecodingTask task = DecodingTask.of(t.getName(), t.getDecoderId() == null ? "" : t.getDecoderId(), sources)
                .withBins(t.getBinWidth(), t.getHistoryBins(), t.isCausal()).withFolds(t.getFolds())
                .withParameters(parameters);
        return new PlannedTask(task, target(t, run));
    }

    /** The run channels recorder {@code r} wrote: its name, or name_population for several populations. */
    private static List<String> channelsOf(Recorder r, RunResults run, String task) {
        List<Channel> channels = run.layout().channels();
        List<String> found = new ArrayList<>();
        for (Channel c : channels) {
            if (c.name().equals(r.getName())) {
                found.add(c.name());
            } else if (r.getTargets().size() > 1 && c.name().startsWith(r.getName() + "_")) {
                String pop = run.layout().populations().get(c.population()).name();
                if (r.getTargets().stream().map(Population::getName).anyMatch(n -> pop.equals(n)
                        || pop.endsWith("/" + n) || pop.endsWith("." + n))) {
                    found.add(c.name());
                }
            }
        }
        if (found.isEmpty()) {
            throw new DecodingException("task '" + task + "' reads recorder '" + r.getName() + "', but run "
                    + run.folder().getFileName() + " did not record it (its channels: "
                    + channels.stream().map(Channel::name).collect(Collectors.joining(", "))
                    + "); simulate the circuit again with that recorder enabled");
        }
        return found;
    }

    private static TargetSeries target(org.neurocircuit.model.DecodingTask t, RunResults run) {
        double duration = Double.isNaN(run.simulatedDurationMs()) ? run.manifest().plannedDurationMs()
                : run.simulatedDurationMs();
        return switch (t.getTarget()) {
            case TimeSeriesTarget ts -> new TargetSeries(t.getName(), "", toArray(ts.getTimes()), toArray(ts.getValues()),
                    Interpolation.LINEAR);
            case StimulusTarget st -> StimulusTargets.of(stimulus(st, run), st.getParameter(), duration,
                    STIMULUS_SAMPLE_MS);
            case null -> throw new DecodingException("task '" + t.getName() + "' has no target; give it one");
            default -> throw new DecodingException("task '" + t.getName() + "': targets of kind "
                    + t.getTarget().eClass().getName() + " cannot be decoded yet");
        };
    }

    private static Stimulus stimulus(StimulusTarget st, RunResults run) {
        String name = st.getStimulus().getName();
        Circuit circuit = (Circuit) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(st);
        return CircuitLowering.lower(circuit).network().stimuli().stream().filter(s -> s.name().equals(name))
                .findFirst().orElseThrow(() -> new DecodingException("stimulus '" + name + "' of run "
                        + run.folder().getFileName() + " could not be lowered; check the circuit with validate"));
    }

    private static double[] toArray(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
