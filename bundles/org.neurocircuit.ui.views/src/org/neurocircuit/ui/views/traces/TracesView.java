package org.neurocircuit.ui.views.traces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.neurocircuit.engine.network.StateVariable;
import org.neurocircuit.engine.results.StateRecording;
import org.neurocircuit.engine.spi.RecordingLayout;
import org.neurocircuit.engine.spi.RecordingLayout.Kind;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.ui.views.Charts;
import org.neurocircuit.ui.views.Colors;
import org.neurocircuit.ui.views.Csv;
import org.neurocircuit.ui.views.RunData;
import org.neurocircuit.ui.views.RunView;

/** Recorded state variables (membrane potential, synaptic state) of the neurons ticked in its list. */
public final class TracesView extends RunView {

    public static final String ID = "org.neurocircuit.ui.views.traces";
    /** Traces ticked when a run is first shown. */
    static final int DEFAULT_TICKED = 3;

    private Table list;
    private Chart chart;
    private RunData listed;
    private final Set<Integer> ticked = new LinkedHashSet<>();
    /** The run's state channels read so far (filled by the jobs, replaced with the run). */
    private Map<Integer, StateRecording> samples = new ConcurrentHashMap<>();
    private TracesModel model;

    @Override
    protected void createContent(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        list = new Table(sash, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        list.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                int i = list.indexOf((TableItem) e.item);
                setTicked(i, ((TableItem) e.item).getChecked());
            }
        });
        chart = Charts.create(sash, "", "t (ms)", "value");
        Charts.timeCursor(chart, this::cursor);
        sash.setWeights(1, 3);
    }

    @Override
    protected void show(RunData run) {
        if (run != listed) {
            listed = run;
            samples = new ConcurrentHashMap<>();
            ticked.clear();
            List<TracesModel.Channel> channels = channels(run);
            list.removeAll();
            for (int i = 0; i < channels.size(); i++) {
                TableItem item = new TableItem(list, SWT.NONE);
                item.setText(channels.get(i).label());
                item.setChecked(i < DEFAULT_TICKED);
                if (i < DEFAULT_TICKED) {
                    ticked.add(i);
                }
            }
            model = new TracesModel(channels, List.of(), null);
        }
        TimeWindow w = run.windowOr(window());
        List<TracesModel.Channel> available = model.available();
        List<TracesModel.Channel> wanted = ticked.stream().map(available::get).toList();
        Map<Integer, StateRecording> cache = samples;
        // reading sampled channels of a big run takes long: off the UI thread
        compute(() -> read(run, cache, available, wanted, w), shown -> {
            model = shown.model();
            draw(run);
            chart.getTitle().setText(shown.problem() == null ? "" : shown.problem());
            chart.getTitle().setVisible(shown.problem() != null);
        });
    }

    /** A model and why a trace is missing (null when none is). */
    private record Shown(TracesModel model, String problem) {
    }

    /** Reads the {@code wanted} traces within {@code w}; runs in a job, so it reads only its arguments. */
    private static Shown read(RunData run, Map<Integer, StateRecording> cache, List<TracesModel.Channel> available,
            List<TracesModel.Channel> wanted, TimeWindow w) {
        List<TracesModel.Trace> traces = new ArrayList<>();
        String problem = null;
        for (TracesModel.Channel c : wanted) {
            try {
                traces.add(trace(run, cache, c, w));
            } catch (UncheckedIOException e) {
                problem = "Cannot read " + c.label() + ": " + e.getCause().getMessage();
            }
        }
        return new Shown(new TracesModel(available, traces, w), problem);
    }

    /** Ticks or unticks entry {@code index} of the list, as a click on its box does. */
    public void setTicked(int index, boolean on) {
        list.getItem(index).setChecked(on);
        if (on) {
            ticked.add(index);
        } else {
            ticked.remove(index);
        }
        refresh();
    }

    private void draw(RunData run) {
        chart.suspendUpdate(true);
        Charts.clear(chart);
        Set<String> units = new LinkedHashSet<>();
        int k = 0;
        for (TracesModel.Trace t : model.traces()) {
            RGB c = Colors.population(run, populationIndex(run, t.source().population()));
            // Traces of one population differ in shade: full, light, dark.
            RGB shade = switch (k % 3) {
                case 0 -> c;
                case 1 -> Colors.dim(c, 0.5);
                default -> new RGB(c.red * 3 / 5, c.green * 3 / 5, c.blue * 3 / 5);
            };
            Charts.line(chart, t.source().label(), t.timesMs(), t.values(), shade, isEmphasised(t.source().population()));
            units.add(t.source().variable() + " (" + t.source().unit() + ")");
            k++;
        }
        Charts.axes(chart, "t (ms)", units.isEmpty() ? "tick a neuron in the list" : String.join(", ", units));
        chart.suspendUpdate(false);
        Charts.fit(chart);
        if (!model.traces().isEmpty()) {
            chart.getAxisSet().getXAxis(0).setRange(new org.eclipse.swtchart.Range(model.window().startMs(),
                    model.window().endMs()));
        }
        chart.redraw();
    }

    private static int populationIndex(RunData run, String name) {
        for (int i = 0; i < run.populations().size(); i++) {
            if (run.populations().get(i).name().equals(name)) {
                return i;
            }
        }
        return 0;
    }

    private static List<TracesModel.Channel> channels(RunData run) {
        List<TracesModel.Channel> out = new ArrayList<>();
        for (RecordingLayout.Channel c : run.results().layout().channels()) {
            if (c.kind() != Kind.STATE) {
                continue;
            }
            var pop = run.populations().get(c.population());
            int[] neurons = c.neurons();
            int width = neurons == null ? pop.size() : neurons.length;
            for (int col = 0; col < width; col++) {
                out.add(new TracesModel.Channel(c.index(), col, pop.name(), neurons == null ? col : neurons[col],
                        variableName(c.variable()), c.unit()));
            }
        }
        return out;
    }

    private static String variableName(StateVariable v) {
        return v == null ? "value" : v == StateVariable.V ? "V_m" : v.id();
    }

    private static TracesModel.Trace trace(RunData run, Map<Integer, StateRecording> cache, TracesModel.Channel c,
            TimeWindow w) {
        StateRecording r = cache.computeIfAbsent(c.channel(), ch -> {
            try {
                return run.results().samples(ch);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<double[]> points = new ArrayList<>();
        for (int row = 0; row < r.rows(); row++) {
            double t = r.timeMs(row);
            if (w.contains(t)) {
                points.add(new double[] {t, r.value(row, c.column())});
            }
        }
        double[] t = new double[points.size()];
        double[] v = new double[points.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = points.get(i)[0];
            v[i] = points.get(i)[1];
        }
        return new TracesModel.Trace(c, t, v);
    }

    /** What the view shows; null before a run is shown. */
    public TracesModel model() {
        return run() == null ? null : model;
    }

    /** The traces shown, one row per sample and trace. */
    @Override
    public Csv csv() {
        if (model() == null) {
            return null;
        }
        Csv csv = new Csv("trace", "population", "neuron", "time (ms)", "value", "unit");
        for (TracesModel.Trace t : model.traces()) {
            for (int i = 0; i < t.timesMs().length; i++) {
                csv.row(t.source().label(), t.source().population(), t.source().neuron(), t.timesMs()[i],
                        t.values()[i], t.source().unit());
            }
        }
        return csv;
    }
}
