package org.neurocircuit.ui.views;

import java.util.function.Supplier;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/** SWTChart set-up shared by the result views: titled axes with units, series styles, a time cursor. */
public final class Charts {

    private Charts() {
    }

    /** A chart with a small title and axis titles (which carry the unit, e.g. "rate (Hz)"). */
    public static Chart create(Composite parent, String title, String xTitle, String yTitle) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        // SWTChart's default title and axis fonts are large and bold; the views are small.
        Font font = JFaceResources.getDefaultFont();
        chart.getTitle().setFont(font);
        chart.getTitle().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        chart.getTitle().setText(title);
        chart.getTitle().setVisible(!title.isEmpty());
        chart.getLegend().setPosition(SWT.BOTTOM);
        axes(chart, xTitle, yTitle);
        return chart;
    }

    /** Sets the axis titles. */
    public static void axes(Chart chart, String xTitle, String yTitle) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        x.getTitle().setText(xTitle);
        y.getTitle().setText(yTitle);
        Color dark = chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        for (IAxis a : new IAxis[] {x, y}) {
            a.getTitle().setForeground(dark);
            a.getTitle().setFont(JFaceResources.getDefaultFont());
            a.getTick().setForeground(dark);
        }
    }

    /** Removes every series. */
    public static void clear(Chart chart) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
    }

    /** Adds a line series; an emphasised one is drawn thicker, a dimmed one pale. */
    public static ILineSeries<?> line(Chart chart, String id, double[] x, double[] y, RGB color, boolean emphasised) {
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        s.setXSeries(x);
        s.setYSeries(y);
        s.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        s.setLineStyle(LineStyle.SOLID);
        s.setLineColor(new Color(chart.getDisplay(), emphasised ? color : Colors.dim(color, 0.3)));
        s.setLineWidth(emphasised ? 2 : 1);
        s.setAntialias(SWT.ON);
        return s;
    }

    /** Adds a bar series. */
    public static IBarSeries<?> bars(Chart chart, String id, double[] x, double[] y, RGB color) {
        IBarSeries<?> s = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        s.setXSeries(x);
        s.setYSeries(y);
        s.setBarColor(new Color(chart.getDisplay(), color));
        s.setBarPadding(10);
        return s;
    }

    /** Fits the axes to the data and redraws. */
    public static void fit(Chart chart) {
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    /** Draws a vertical red line at the time cursor (x in ms) when it lies in the x range. */
    public static void timeCursor(Chart chart, Supplier<Double> cursorMs) {
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                Double t = cursorMs.get();
                IAxis x = chart.getAxisSet().getXAxis(0);
                if (t == null || t < x.getRange().lower || t > x.getRange().upper) {
                    return;
                }
                int px = x.getPixelCoordinate(t);
                e.gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_RED));
                e.gc.drawLine(px, 0, px, e.height);
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        });
    }
}
