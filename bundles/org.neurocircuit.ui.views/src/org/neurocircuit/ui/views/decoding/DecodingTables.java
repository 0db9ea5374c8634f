package org.neurocircuit.ui.views.decoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The fold-scores table and the confusion matrix of the Decoding view. */
final class DecodingTables {

    private final Table folds;
    private final Table confusion;

    DecodingTables(Composite parent) {
        folds = table(parent);
        confusion = table(parent);
    }

    Table folds() {
        return folds;
    }

    Table confusion() {
        return confusion;
    }

    /** The header of the fold table for a decoding: the scores that apply, with units. */
    static List<String> header(ShownDecoding d) {
        List<String> h = new ArrayList<>(List.of("fold", "bins"));
        if (d.classification()) {
            h.addAll(List.of("accuracy", "balanced accuracy"));
        } else {
            h.addAll(List.of("R\u00b2", "r", "RMSE" + d.unitSuffix()));
        }
        if (hasBits(d)) {
            h.add("bits/spike");
        }
        return h;
    }

    /** The cells of a fold row under {@link #header}. */
    static List<String> cells(ShownDecoding d, FoldMetrics f) {
        List<String> c = new ArrayList<>(List.of(f.label(), Integer.toString(f.bins())));
        if (d.classification()) {
            c.add(format(f.accuracy()));
            c.add(format(f.balancedAccuracy()));
        } else {
            c.add(format(f.r2()));
            c.add(format(f.pearsonR()));
            c.add(format(f.rmse()));
        }
        if (hasBits(d)) {
            c.add(format(f.bitsPerSpike()));
        }
        return c;
    }

    void show(ShownDecoding d) {
        folds.setRedraw(false);
        clear(folds);
        if (d != null) {
            columns(folds, header(d));
            for (FoldMetrics f : d.folds()) {
                TableItem item = new TableItem(folds, SWT.NONE);
                item.setText(cells(d, f).toArray(String[]::new));
                if (!Character.isDigit(f.label().charAt(0))) {
                    item.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
                }
            }
        }
        pack(folds);
        confusion.setRedraw(false);
        clear(confusion);
        boolean classes = d != null && d.confusion() != null;
        confusion.setVisible(classes);
        if (classes) {
            List<String> h = new ArrayList<>(List.of("true \\ predicted" + d.unitSuffix()));
            for (double v : d.classes()) {
                h.add(format(v));
            }
            columns(confusion, h);
            for (int i = 0; i < d.classes().length; i++) {
                List<String> row = new ArrayList<>(List.of(format(d.classes()[i])));
                for (long n : d.confusion()[i]) {
                    row.add(Long.toString(n));
                }
                new TableItem(confusion, SWT.NONE).setText(row.toArray(String[]::new));
            }
        }
        pack(confusion);
        folds.getParent().layout(true, true);
    }

    private static boolean hasBits(ShownDecoding d) {
        return d.folds().stream().anyMatch(f -> !Double.isNaN(f.bitsPerSpike()));
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "\u2014";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.3f", v);
    }

    private static Table table(Composite parent) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        return t;
    }

    private static void clear(Table t) {
        t.removeAll();
        for (TableColumn c : t.getColumns()) {
            c.dispose();
        }
    }

    private static void columns(Table t, List<String> names) {
        for (String n : names) {
            new TableColumn(t, SWT.RIGHT).setText(n);
        }
    }

    private static void pack(Table t) {
        for (TableColumn c : t.getColumns()) {
            c.pack();
        }
        t.setRedraw(true);
    }
}
