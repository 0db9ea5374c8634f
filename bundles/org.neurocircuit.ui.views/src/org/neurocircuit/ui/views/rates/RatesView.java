package org.neurocircuit.ui.views.rates;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.Range;
import org.neurocircuit.engine.results.SpikeRecording;
import org.neurocircuit.engine.stats.Psth;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.ui.views.Charts;
import org.neurocircuit.ui.views.Colors;
import org.neurocircuit.ui.views.Csv;
import org.neurocircuit.ui.views.RunData;
import org.neurocircuit.ui.views.RunView;

/** Population rates over time (PSTH) in bins of a chosen width, Hz. */
public final class RatesView extends RunView {

    public static final String ID = "org.neurocircuit.ui.views.rates";
    /** The bin width a run is first shown with, ms. */
    public static final double DEFAULT_BIN_MS = 5;
    private static final int DIGITS = 1;

    private Spinner bin;
    private Chart chart;
    private RatesModel model;

    @Override
    protected void createContent(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText("Bin width (ms):");
        bin = new Spinner(body, SWT.BORDER);
        bin.setDigits(DIGITS);
        bin.setValues((int) (DEFAULT_BIN_MS * 10), 1, 100000, DIGITS, 10, 100);
        bin.setToolTipText("Width of the bins the rates are counted in, ms");
        bin.addListener(SWT.Selection, e -> refresh());
        chart = Charts.create(body, "", "t (ms)", "rate (Hz)");
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Charts.timeCursor(chart, this::cursor);
    }

    /** Sets the bin width, ms, as the spinner does. */
    public void setBinMs(double ms) {
        bin.setSelection((int) Math.round(ms * 10));
        refresh();
    }

    @Override
    protected void show(RunData run) {
        double binMs = bin.getSelection() / 10.0;
        TimeWindow w = run.windowOr(window());
        List<RatesModel.Series> series = new ArrayList<>();
        for (int c = 0; c < run.spikeChannels().size(); c++) {
            SpikeRecording r = run.spikeChannels().get(c);
            Psth psth = Psth.of(run.trains().get(c), w, binMs);
            double[] centres = new double[psth.bins()];
            for (int k = 0; k < centres.length; k++) {
                centres[k] = psth.binStartMs(k) + psth.binWidthMs(k) / 2;
            }
            series.add(new RatesModel.Series(r.population().name(), centres, psth.ratesHz(),
                    isEmphasised(r.population().name())));
        }
        model = new RatesModel(binMs, w, series);
        chart.suspendUpdate(true);
        Charts.clear(chart);
        for (int c = 0; c < series.size(); c++) {
            RatesModel.Series s = series.get(c);
            int pop = run.spikeChannels().get(c).channel().population();
            Charts.line(chart, s.population() + (series.stream().filter(o -> o.population().equals(s.population()))
                    .count() > 1 ? " (" + run.spikeChannels().get(c).channel().name() + ")" : ""), s.binCentresMs(),
                    s.ratesHz(), Colors.population(run, pop), s.emphasised());
        }
        chart.suspendUpdate(false);
        Charts.fit(chart);
        chart.getAxisSet().getXAxis(0).setRange(new Range(w.startMs(), w.endMs()));
        Range y = chart.getAxisSet().getYAxis(0).getRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, Math.max(1, y.upper * 1.05)));
        chart.redraw();
    }

    /** What the view shows; null before a run is shown. */
    public RatesModel model() {
        return run() == null ? null : model;
    }

    @Override
    protected Control picture() {
        return chart;
    }

    /** The rates shown: one row per population and bin. */
    @Override
    public Csv csv() {
        if (model() == null) {
            return null;
        }
        Csv csv = new Csv("population", "bin centre (ms)", "bin width (ms)", "rate (Hz)");
        for (RatesModel.Series s : model.series()) {
            for (int k = 0; k < s.ratesHz().length; k++) {
                csv.row(s.population(), s.binCentresMs()[k], model.binMs(), s.ratesHz()[k]);
            }
        }
        return csv;
    }
}
