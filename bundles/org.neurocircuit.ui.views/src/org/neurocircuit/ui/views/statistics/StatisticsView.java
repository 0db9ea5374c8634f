package org.neurocircuit.ui.views.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.neurocircuit.engine.stats.SpikeStatistics;
import org.neurocircuit.engine.stats.SpikeTrains;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.ui.views.Charts;
import org.neurocircuit.ui.views.Colors;
import org.neurocircuit.ui.views.Csv;
import org.neurocircuit.ui.views.RunData;
import org.neurocircuit.ui.views.RunView;

/**
 * Per-population statistics over the time window (the whole run without one): neurons, spikes,
 * mean rate, silent fraction, CV of ISI, Fano factor and synchrony χ, with histograms of the
 * per-neuron rates and of the ISIs of the population selected in the table.
 */
public final class StatisticsView extends RunView {

    public static final String ID = "org.neurocircuit.ui.views.statistics";
    static final String[] COLUMNS = {"Population", "N", "Spikes", "Rate (Hz)", "Silent (%)", "CV ISI",
        "Fano factor (" + (int) SpikeStatistics.DEFAULT_FANO_BIN_MS + " ms)",
        "Synchrony \u03c7 (" + (int) SpikeStatistics.DEFAULT_SYNCHRONY_BIN_MS + " ms)"};

    private Table table;
    private Chart rateChart;
    private Chart isiChart;
    private int selected = -1;
    private RunData shown;
    private StatisticsModel model;

    @Override
    protected void createContent(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout());
        table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String c : COLUMNS) {
            TableColumn col = new TableColumn(table, c.equals("Population") ? SWT.LEFT : SWT.RIGHT);
            col.setText(c);
            col.setWidth(Math.max(70, c.length() * 8));
        }
        table.addListener(SWT.Selection, e -> select(table.getSelectionIndex()));
        Composite charts = new Composite(body, SWT.NONE);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        charts.setLayout(new FillLayout());
        rateChart = Charts.create(charts, "", "rate (Hz)", "neurons");
        isiChart = Charts.create(charts, "", "ISI (ms)", "intervals");
    }

    /** Shows the histograms of row {@code row}, as selecting it in the table does. */
    public void select(int row) {
        selected = row;
        refresh();
    }

    @Override
    protected void show(RunData run) {
        if (run != shown) {
            shown = run;
            selected = -1;
        }
        TimeWindow w = run.windowOr(window());
        boolean[] emphasised = new boolean[run.spikeChannels().size()];
        for (int c = 0; c < emphasised.length; c++) {
            emphasised[c] = isEmphasised(run.spikeChannels().get(c).population().name());
        }
        int chosen = selected;
        // statistics of every neuron over the window take long for big runs: off the UI thread
        compute(() -> figures(run, w, emphasised, chosen), m -> draw(run, m));
    }

    /** The model for {@code run} over {@code w}; runs in a job, so it reads only its arguments. */
    private static StatisticsModel figures(RunData run, TimeWindow w, boolean[] emphasised, int selected) {
        List<StatisticsModel.Row> rows = new ArrayList<>();
        for (int c = 0; c < run.spikeChannels().size(); c++) {
            var r = run.spikeChannels().get(c);
            SpikeStatistics s = SpikeStatistics.of(r.channel().name(), r.population().name(), run.trains().get(c), w,
                    SpikeStatistics.DEFAULT_FANO_BIN_MS, SpikeStatistics.DEFAULT_SYNCHRONY_BIN_MS);
            rows.add(new StatisticsModel.Row(s, emphasised[c]));
        }
        int sel = selected >= 0 && selected < rows.size() ? selected : firstEmphasised(rows);
        StatisticsModel.Histogram rates = StatisticsModel.Histogram.EMPTY;
        StatisticsModel.Histogram isis = StatisticsModel.Histogram.EMPTY;
        if (sel >= 0) {
            SpikeTrains trains = run.trains().get(sel);
            rates = Histograms.rates(trains, w);
            isis = Histograms.isis(trains, w);
        }
        return new StatisticsModel(w, rows, sel, rates, isis);
    }

    private void draw(RunData run, StatisticsModel m) {
        model = m;
        int sel = m.selected();
        fillTable(run);
        RGB color = sel < 0 ? new RGB(120, 120, 120)
                : Colors.population(run, run.spikeChannels().get(sel).channel().population());
        String name = sel < 0 ? "" : m.rows().get(sel).stats().population() + " ";
        histogram(rateChart, m.rates(), name + "rate (Hz)", "neurons", color);
        histogram(isiChart, m.isis(), name + "ISI (ms)", "intervals", color);
    }

    private static int firstEmphasised(List<StatisticsModel.Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).emphasised()) {
                return i;
            }
        }
        return rows.isEmpty() ? -1 : 0;
    }

    private void fillTable(RunData run) {
        table.setRedraw(false);
        table.removeAll();
        boolean anyHighlight = highlighted() != null && !highlighted().isEmpty();
        for (StatisticsModel.Row row : model.rows()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(cells(row.stats()));
            if (anyHighlight && row.emphasised()) {
                item.setBackground(table.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
                item.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry()
                        .getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
            } else if (anyHighlight) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            }
        }
        if (model.selected() >= 0) {
            table.setSelection(model.selected());
        }
        for (TableColumn col : table.getColumns()) {
            int header = col.getWidth();
            col.pack();
            col.setWidth(Math.max(col.getWidth(), Math.min(header, 90)));
        }
        // The table is as tall as its rows (a few populations), the histograms take the rest.
        ((GridData) table.getLayoutData()).heightHint = table.getHeaderHeight()
                + Math.max(1, model.rows().size()) * table.getItemHeight() + 2 * table.getBorderWidth();
        table.getParent().layout(true);
        table.setRedraw(true);
    }

    static String[] cells(SpikeStatistics s) {
        return new String[] {s.population(), Integer.toString(s.neurons()), Integer.toString(s.spikes()),
            fixed(s.meanRateHz(), 2), fixed(100 * s.silentFraction(), 1), fixed(s.cv().mean(), 3),
            fixed(s.fano().mean(), 3), fixed(s.chi(), 3)};
    }

    private static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "\u2013" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static void histogram(Chart chart, StatisticsModel.Histogram h, String xTitle, String yTitle, RGB color) {
        chart.suspendUpdate(true);
        Charts.clear(chart);
        double[] centres = new double[h.binStarts().length];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = h.binStarts()[i] + h.binWidth() / 2;
        }
        if (centres.length > 0) {
            Charts.bars(chart, "count", centres, h.counts(), color);
        }
        chart.getLegend().setVisible(false);
        Charts.axes(chart, xTitle, yTitle);
        chart.suspendUpdate(false);
        Charts.fit(chart);
    }

    /** What the view shows; null before a run is shown. */
    public StatisticsModel model() {
        return run() == null ? null : model;
    }

    /** The table shown, with the window it covers. */
    @Override
    public Csv csv() {
        if (model() == null) {
            return null;
        }
        Csv csv = new Csv("population", "channel", "window start (ms)", "window end (ms)", "neurons", "spikes",
                "rate (Hz)", "silent fraction", "CV ISI", "Fano factor", "synchrony chi");
        for (StatisticsModel.Row row : model.rows()) {
            SpikeStatistics s = row.stats();
            csv.row(s.population(), s.channel(), s.window().startMs(), s.window().endMs(), s.neurons(), s.spikes(),
                    s.meanRateHz(), s.silentFraction(), s.cv().mean(), s.fano().mean(), s.chi());
        }
        return csv;
    }
}
