package org.neurocircuit.ui.views.spectrum;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.neurocircuit.engine.results.SpikeRecording;
import org.neurocircuit.engine.stats.RateSpectrum;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.ui.views.Charts;
import org.neurocircuit.ui.views.Colors;
import org.neurocircuit.ui.views.Csv;
import org.neurocircuit.ui.views.RunData;
import org.neurocircuit.ui.views.RunView;

/**
 * The power spectral density of each population's rate (Welch), on a logarithmic density axis,
 * to find population oscillations.
 */
public final class SpectrumView extends RunView {

    public static final String ID = "org.neurocircuit.ui.views.spectrum";
    /** Rate bin, ms: a Nyquist frequency of 500 Hz. */
    public static final double BIN_MS = 1;
    /** Welch segment, ms: a resolution of about 4 Hz when the window is long enough. */
    public static final double SEGMENT_MS = 256;

    private Chart chart;
    private SpectrumModel model;

    @Override
    protected void createContent(Composite parent) {
        chart = Charts.create(parent, "", "frequency (Hz)", "PSD (Hz\u00b2/Hz)");
    }

    @Override
    protected void show(RunData run) {
        TimeWindow w = run.windowOr(window());
        List<SpectrumModel.Series> series = new ArrayList<>();
        for (int c = 0; c < run.spikeChannels().size(); c++) {
            SpikeRecording r = run.spikeChannels().get(c);
            RateSpectrum s = RateSpectrum.of(run.trains().get(c), w, BIN_MS, SEGMENT_MS);
            double peak = s.frequenciesHz().length > 1 ? s.peakHz(s.resolutionHz() / 2, Double.MAX_VALUE) : Double.NaN;
            series.add(new SpectrumModel.Series(r.population().name(), s.frequenciesHz(), s.density(), peak,
                    isEmphasised(r.population().name())));
        }
        model = new SpectrumModel(BIN_MS, SEGMENT_MS, w, series);
        draw(run);
    }

    private void draw(RunData run) {
        chart.suspendUpdate(true);
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.enableLogScale(false);
        Charts.clear(chart);
        boolean any = false;
        for (int c = 0; c < model.series().size(); c++) {
            SpectrumModel.Series s = model.series().get(c);
            double[][] positive = positive(s.frequenciesHz(), s.density());
            if (positive[0].length == 0) {
                continue;
            }
            any = true;
            String label = s.population() + (Double.isNaN(s.peakHz()) ? ""
                    : String.format(java.util.Locale.ROOT, " (peak %.1f Hz)", s.peakHz()));
            Charts.line(chart, label, positive[0], positive[1],
                    Colors.population(run, run.spikeChannels().get(c).channel().population()), s.emphasised());
        }
        chart.getTitle().setVisible(!any);
        chart.getTitle().setText(any ? "" : "No spectrum: the window holds fewer than two bins of " + BIN_MS + " ms");
        chart.suspendUpdate(false);
        Charts.fit(chart);
        if (any) {
            y.enableLogScale(true);
            Charts.fit(chart);
        }
    }

    /** The points above 0 Hz with a positive density (a log axis cannot show the others). */
    private static double[][] positive(double[] f, double[] d) {
        int n = 0;
        for (int i = 0; i < f.length; i++) {
            if (f[i] > 0 && d[i] > 0) {
                n++;
            }
        }
        double[][] out = new double[2][n];
        for (int i = 0, k = 0; i < f.length; i++) {
            if (f[i] > 0 && d[i] > 0) {
                out[0][k] = f[i];
                out[1][k++] = d[i];
            }
        }
        return out;
    }

    /** What the view shows; null before a run is shown. */
    public SpectrumModel model() {
        return run() == null ? null : model;
    }

    /** The spectra shown, one row per population and frequency. */
    @Override
    public Csv csv() {
        if (model() == null) {
            return null;
        }
        Csv csv = new Csv("population", "frequency (Hz)", "density (Hz^2/Hz)");
        for (SpectrumModel.Series s : model.series()) {
            for (int i = 0; i < s.frequenciesHz().length; i++) {
                csv.row(s.population(), s.frequenciesHz()[i], s.density()[i]);
            }
        }
        return csv;
    }
}
