package org.neurocircuit.engine.builtin.internal;

import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.engine.network.IzhikevichModel;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Population;
import org.neurocircuit.engine.network.Recorder;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingSink;

/**
 * Feeds a {@link RecordingSink} from the step loop (thread 0, phase B). Spikes are batched;
 * state samples are taken at time 0 and after every {@code interval} steps; rates are emitted
 * per complete bin.
 */
final class Recording {

    private static final int BATCH = 16_384;

    private final RecordingSink sink;
    private final RecordingLayout layout;
    private final Channel[] channels;

    private abstract static class Channel {
        final int index;
        final Kernel kernel;

        Channel(int index, Kernel kernel) {
            this.index = index;
            this.kernel = kernel;
        }

        abstract void step(RecordingSink sink, int step, StepSpikes spikes);

        void start(RecordingSink sink) {
        }

        void flush(RecordingSink sink) {
        }
    }

    private static final class SpikeChannel extends Channel {
        private final boolean[] mask;
        private final int[] neurons = new int[BATCH];
        private final int[] steps = new int[BATCH];
        private int count;

        SpikeChannel(int index, Kernel kernel, int[] subset) {
            super(index, kernel);
            if (subset == null) {
                mask = null;
            } else {
                mask = new boolean[kernel.size];
                for (int i : subset) {
                    mask[i] = true;
                }
            }
        }

        @Override
        void step(RecordingSink sink, int step, StepSpikes spikes) {
            int p = kernel.index;
            for (int t = 0; t < spikes.lists.length; t++) {
                int[] data = spikes.lists[t].data;
                for (int i = spikes.starts[t][p]; i < spikes.starts[t][p + 1]; i++) {
                    int g = data[i];
                    if (mask == null || mask[g - kernel.offset]) {
                        neurons[count] = g;
                        steps[count] = step + 1;
                        if (++count == BATCH) {
                            flush(sink);
                        }
                    }
                }
            }
        }

        @Override
        void flush(RecordingSink sink) {
            if (count > 0) {
                sink.spikes(index, count, neurons, steps);
                count = 0;
            }
        }
    }

    private static final class StateChannel extends Channel {
        private final Recorder.State recorder;
        private final int[] local;
        private final int interval;
        private final float[] row;

        StateChannel(int index, Kernel kernel, Recorder.State r, int interval) {
            super(index, kernel);
            this.recorder = r;
            this.local = r.neurons() != null ? r.neurons() : java.util.stream.IntStream.range(0, kernel.size).toArray();
            this.interval = interval;
            this.row = new float[local.length];
        }

        private void sample(RecordingSink sink, int stamp) {
            for (int i = 0; i < local.length; i++) {
                row[i] = kernel.sample(recorder.variable(), local[i]);
            }
            sink.samples(index, stamp, row);
        }

        @Override
        void start(RecordingSink sink) {
            sample(sink, 0);
        }

        @Override
        void step(RecordingSink sink, int step, StepSpikes spikes) {
            if ((step + 1) % interval == 0) {
                sample(sink, step + 1);
            }
        }
    }

    private static final class RateChannel extends Channel {
        private final int bin;
        private final double dtSeconds;
        private final float[] out = new float[1];
        private long count;

        RateChannel(int index, Kernel kernel, int bin, double dtMs) {
            super(index, kernel);
            this.bin = bin;
            this.dtSeconds = dtMs * 1e-3;
        }

        @Override
        void step(RecordingSink sink, int step, StepSpikes spikes) {
            count += spikes.count(kernel.index);
            if ((step + 1) % bin == 0) {
                out[0] = (float) (count / (kernel.size * bin * dtSeconds));
                sink.rates(index, step / bin, 1, out);
                count = 0;
            }
        }
    }

    Recording(NetworkDescription net, CompiledNetwork c, RecordingSink sink) {
        this.sink = sink;
        List<RecordingLayout.PopulationInfo> pops = new ArrayList<>();
        for (Kernel k : c.kernels) {
            pops.add(new RecordingLayout.PopulationInfo(k.name, k.offset, k.size));
        }
        List<RecordingLayout.Channel> infos = new ArrayList<>();
        channels = new Channel[net.recorders().size()];
        for (int i = 0; i < channels.length; i++) {
            Recorder r = net.recorders().get(i);
            Kernel k = c.kernels[r.population()];
            Population p = net.populations().get(r.population());
            switch (r) {
                case Recorder.Spikes s -> {
                    channels[i] = new SpikeChannel(i, k, s.neurons());
                    infos.add(new RecordingLayout.Channel(i, r.name(), RecordingLayout.Kind.SPIKES,
                            r.population(), null, "", 1, s.neurons()));
                }
                case Recorder.State s -> {
                    int every = (int) Math.round(s.interval() / c.dt);
                    channels[i] = new StateChannel(i, k, s, every);
                    infos.add(new RecordingLayout.Channel(i, r.name(), RecordingLayout.Kind.STATE,
                            r.population(), s.variable(), unit(s, p, k), every, s.neurons()));
                }
                case Recorder.Rate s -> {
                    int every = (int) Math.round(s.bin() / c.dt);
                    channels[i] = new RateChannel(i, k, every, c.dt);
                    infos.add(new RecordingLayout.Channel(i, r.name(), RecordingLayout.Kind.RATE,
                            r.population(), null, "Hz", every, null));
                }
            }
        }
        layout = new RecordingLayout(net.name(), c.dt, c.steps, pops, infos);
    }

    private static String unit(Recorder.State s, Population p, Kernel k) {
        return switch (s.variable()) {
            case V -> "mV";
            case RATE -> "Hz";
            case ADAPTATION -> p.model() instanceof IzhikevichModel ? "mV/ms" : "pA";
            case SYN_EXC, SYN_INH -> {
                boolean exc = s.variable() == StateVariable.SYN_EXC;
                boolean cond = false, curr = false;
                for (ReceptorChannel ch : k.channels) {
                    if (ch.excitatory == exc) {
                        cond |= ch.conductance;
                        curr |= !ch.conductance;
                    }
                }
                yield cond && curr ? "pA+nS (mixed)" : cond ? "nS" : "pA";
            }
        };
    }

    void open() {
        sink.open(layout);
        for (Channel ch : channels) {
            ch.start(sink);
        }
    }

    void step(int step, StepSpikes spikes) {
        for (Channel ch : channels) {
            ch.step(sink, step, spikes);
        }
    }

    void flush() {
        for (Channel ch : channels) {
            ch.flush(sink);
        }
    }
}
