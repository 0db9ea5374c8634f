package org.neurocircuit.engine.lowering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.network.Stimulus;
import org.neurocircuit.model.DcStimulus;
import org.neurocircuit.model.NoiseStimulus;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.RateRecorder;
import org.neurocircuit.model.SinusoidStimulus;
import org.neurocircuit.model.SpikeRecorder;
import org.neurocircuit.model.SpikeTimesStimulus;
import org.neurocircuit.model.StateRecorder;
import org.neurocircuit.model.StepStimulus;

/**
 * Stimuli and recorders. A recorder of several populations becomes one network recorder per
 * population, named {@code recorder_region_population} (an identifier, as run folders and exports
 * need); one of a single population keeps its name.
 */
final class SignalLowering {

    private final Problems problems;
    private final Map<Population, Integer> indices;
    private final ProjectionLowering receptors;

    SignalLowering(Problems problems, Map<Population, Integer> indices, ProjectionLowering receptors) {
        this.problems = problems;
        this.indices = indices;
        this.receptors = receptors;
    }

    Stimulus stimulus(org.neurocircuit.model.Stimulus stimulus) {
        List<Integer> targets = targets(stimulus, stimulus.getTargets());
        String name = stimulus.getName();
        double start = stimulus.getStart();
        // An unset stop means the end of the run, whatever its duration: a run may be shortened or
        // lengthened after lowering (SimulationSettings.withDuration), and the drive must last
        double stop = stimulus.getStop() == null ? Double.POSITIVE_INFINITY : stimulus.getStop();
        return switch (stimulus) {
            case PoissonStimulus s -> {
                Receptor receptor = receptors.receptor(s, s.getReceptor());
                yield receptor == null ? null : new Stimulus.Poisson(name, targets, s.getRate(), s.getWeight(), receptor, start, stop);
            }
            case DcStimulus s -> new Stimulus.Dc(name, targets, s.getAmplitude(), start, stop);
            case StepStimulus s -> new Stimulus.Step(name, targets, doubles(s.getTimes()), doubles(s.getAmplitudes()), start, stop);
            case SinusoidStimulus s -> new Stimulus.Sinusoid(name, targets, s.getOffset(), s.getAmplitude(), s.getFrequency(),
                    s.getPhase(), start, stop);
            case SpikeTimesStimulus s -> {
                Receptor receptor = receptors.receptor(s, s.getReceptor());
                yield receptor == null ? null
                        : new Stimulus.SpikeTimes(name, targets, doubles(s.getTimes()), s.getWeight(), receptor, start, stop);
            }
            case NoiseStimulus s -> new Stimulus.Noise(name, targets, s.getMean(), s.getStd(), start, stop);
            default -> {
                problems.add(stimulus, "stimulus kind " + stimulus.eClass().getName() + " is unknown");
                yield null;
            }
        };
    }

    List<Recorder> recorders(org.neurocircuit.model.Recorder recorder) {
        List<Recorder> lowered = new ArrayList<>();
        boolean several = recorder.getTargets().size() > 1;
        for (Population population : recorder.getTargets()) {
            Integer index = indices.get(population);
            if (index == null) {
                problems.add(recorder, "records a population outside this circuit; record one of its own");
                continue;
            }
            String name = several ? recorder.getName() + "_" + ElementNames.path(population).replace('/', '_')
                    : recorder.getName();
            int[] neurons = subset(recorder, population);
            Recorder one = switch (recorder) {
                case SpikeRecorder r -> new Recorder.Spikes(name, index, neurons);
                case StateRecorder r -> state(r, name, index, neurons);
                case RateRecorder r -> new Recorder.Rate(name, index, r.getBinWidth());
                default -> {
                    problems.add(recorder, "recorder kind " + recorder.eClass().getName() + " is unknown");
                    yield null;
                }
            };
            if (one != null) {
                lowered.add(one);
            }
        }
        if (recorder.getTargets().isEmpty()) {
            problems.add(recorder, "records no population; choose at least one target");
        }
        return lowered;
    }

    private Recorder state(StateRecorder recorder, String name, int index, int[] neurons) {
        StateVariable variable = StateVariables.named(recorder.getVariable()).orElse(null);
        if (variable == null) {
            problems.add(recorder, "records unknown variable '" + recorder.getVariable() + "'; use one of "
                    + StateVariables.known());
            return null;
        }
        return new Recorder.State(name, index, variable, recorder.getInterval(), neurons);
    }

    /** Local indices of the recorded neurons, or {@code null} for all. */
    private int[] subset(org.neurocircuit.model.Recorder recorder, Population population) {
        int size = population.getSize();
        return switch (recorder.getSubset()) {
            case ALL -> null;
            case FIRST_N -> IntStream.range(0, Math.min(Math.max(0, recorder.getCount()), size)).toArray();
            case INDICES -> {
                int[] chosen = recorder.getIndices().stream().mapToInt(Integer::intValue).toArray();
                for (int neuron : chosen) {
                    if (neuron < 0 || neuron >= size) {
                        problems.add(recorder, "neuron index " + neuron + " is outside " + ElementNames.path(population)
                                + " (0.." + (size - 1) + "); remove it or enlarge the population");
                    }
                }
                yield chosen;
            }
        };
    }

    private List<Integer> targets(org.neurocircuit.model.Stimulus stimulus, List<Population> populations) {
        List<Integer> targets = new ArrayList<>();
        for (Population population : populations) {
            Integer index = indices.get(population);
            if (index == null) {
                problems.add(stimulus, "drives a population outside this circuit; target one of its own");
            } else {
                targets.add(index);
            }
        }
        if (populations.isEmpty()) {
            problems.add(stimulus, "drives no population; choose at least one target");
        }
        return targets;
    }

    private static double[] doubles(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
