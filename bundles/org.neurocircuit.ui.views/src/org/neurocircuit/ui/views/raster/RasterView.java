package org.neurocircuit.ui.views.raster;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.spi.RecordingLayout.PopulationInfo;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.ui.views.Colors;
import org.neurocircuit.ui.views.Csv;
import org.neurocircuit.ui.views.RunData;
import org.neurocircuit.ui.views.RunView;
import org.neurocircuit.ui.views.SpikeTable;

/** The spike raster of the selected run: it brushes the time window and sets the time cursor for every view. */
public final class RasterView extends RunView {

    public static final String ID = "org.neurocircuit.ui.views.raster";

    private RasterCanvas canvas;
    private RasterModel model;

    @Override
    protected void createContent(Composite parent) {
        canvas = new RasterCanvas(parent, this::brush, t -> publish(LinkTopics.TIME_CURSOR, t));
        canvas.setToolTipText("Wheel or +/-: zoom time (Ctrl+wheel: neurons); drag: pan; Shift+drag: select a time"
                + " window; click: time cursor; double-click or Esc: whole run; 0: zoom out");
    }

    @Override
    protected void show(RunData run) {
        List<PopulationInfo> pops = run.populations();
        RGB[] colors = new RGB[pops.size()];
        boolean[] emphasised = new boolean[pops.size()];
        List<RasterModel.Band> bands = new ArrayList<>();
        for (int i = 0; i < pops.size(); i++) {
            PopulationInfo p = pops.get(i);
            colors[i] = Colors.population(run, i);
            emphasised[i] = isEmphasised(p.name());
            bands.add(new RasterModel.Band(p.name(), p.offset(), p.size(), colors[i], emphasised[i]));
        }
        SpikeTable spikes = run.spikes();
        TimeWindow w = window();
        model = new RasterModel(run.name(), bands, spikes.count(), w, w == null ? spikes.count() : spikes.count(w),
                cursor());
        canvas.setScene(new RasterScene(spikes, pops, colors, emphasised, run.wholeRun(), w, cursor()));
    }

    /** Publishes a brushed window for every view ({@code null}: the whole run). */
    public void brush(TimeWindow w) {
        publish(LinkTopics.TIME_WINDOW, w);
    }

    /** What the raster shows; null before a run is shown. */
    public RasterModel model() {
        return run() == null ? null : model;
    }

    /** The canvas (tests drive its mouse). */
    public RasterCanvas canvas() {
        return canvas;
    }

    @Override
    protected Control picture() {
        return canvas;
    }

    /** The spikes shown: those in the window (all without one), by time. */
    @Override
    public Csv csv() {
        RunData run = run();
        if (run == null) {
            return null;
        }
        SpikeTable s = run.spikes();
        Csv csv = new Csv("time (ms)", "neuron (global index)", "population");
        TimeWindow w = window();
        int from = w == null ? 0 : s.indexAt(w.startMs());
        int to = w == null ? s.count() : s.indexAt(w.endMs());
        List<PopulationInfo> pops = run.populations();
        for (int i = from; i < to; i++) {
            csv.row(s.timeMs(i), s.neuron(i), pops.get(s.populationOf(s.neuron(i))).name());
        }
        return csv;
    }
}
