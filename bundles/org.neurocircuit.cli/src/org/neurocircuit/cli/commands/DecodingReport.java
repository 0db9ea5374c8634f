package org.neurocircuit.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.neurocircuit.cli.console.Quantities;
import org.neurocircuit.cli.console.TextTable;
import org.neurocircuit.decode.eval.ConfusionMatrix;
import org.neurocircuit.decode.eval.DecodingResult;
import org.neurocircuit.decode.eval.FoldResult;
import org.neurocircuit.decode.eval.Scores;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.store.DecodingProvenance;
import org.neurocircuit.decode.task.DecodingOutcome;

/**
 * Prints one decoding: its settings, a row per fold and the mean over folds and the pooled
 * scores (R², r and RMSE in the target's unit; accuracy, balanced accuracy and the confusion
 * matrix for classes; bits per spike when the decoder gives it), and where it was written.
 */
final class DecodingReport {

    private final PrintWriter out;

    DecodingReport(PrintWriter out) {
        this.out = out;
    }

    void print(DecodingOutcome o) {
        DecodingProvenance p = o.provenance();
        DecodingResult r = o.result();
        out.println();
        out.println("Task " + p.task() + (p.shuffledControl() ? "  [CONTROL: target permuted in blocks, expect chance]"
                : "") + ": " + p.decoderId() + " (" + p.decoderLabel() + "), target " + p.targetName()
                + (unit(p).isEmpty() ? "" : " (" + unit(p) + ")"));
        out.println("  " + p.sources().size() + " source(s), " + Quantities.count(p.columns().size()) + " feature columns, "
                + Quantities.count(p.grid().bins()) + " bins of " + Quantities.ms(p.grid().binMs()) + ", "
                + p.window().back() + " past" + (p.window().isCausal() ? "" : " and " + p.window().ahead() + " future")
                + " bins, " + p.folds() + " contiguous folds");
        boolean classes = r.kind() == DecoderKind.CLASSIFICATION;
        boolean bits = r.folds().stream().anyMatch(f -> Double.isFinite(f.scores().bitsPerSpike()));
        String u = unit(p).isEmpty() ? "target units" : unit(p);
        TextTable t = classes
                ? new TextTable("fold", "test bins", "accuracy", "balanced accuracy").rightAligned(1, 2, 3)
                : new TextTable("fold", "test bins", "R²", "r", "RMSE (" + u + ")").rightAligned(1, 2, 3, 4);
        if (bits) {
            t = classes ? new TextTable("fold", "test bins", "accuracy", "balanced accuracy", "bits/spike")
                    .rightAligned(1, 2, 3, 4)
                    : new TextTable("fold", "test bins", "R²", "r", "RMSE (" + u + ")", "bits/spike")
                            .rightAligned(1, 2, 3, 4, 5);
        }
        double[] sum = new double[4];
        for (FoldResult f : r.folds()) {
            row(t, String.valueOf(f.fold().index() + 1), f.scores().bins(), f.scores(), classes, bits);
            Scores s = f.scores();
            sum[0] += classes ? s.accuracy() : s.r2();
            sum[1] += classes ? s.balancedAccuracy() : s.pearsonR();
            sum[2] += s.rmse();
            sum[3] += s.bitsPerSpike();
        }
        int k = r.folds().size();
        Scores mean = classes
                ? new Scores(0, Double.NaN, Double.NaN, Double.NaN, sum[0] / k, sum[1] / k, null, sum[3] / k,
                        List.of())
                : new Scores(0, sum[0] / k, sum[1] / k, sum[2] / k, Double.NaN, Double.NaN, null, sum[3] / k,
                        List.of());
        row(t, "mean", -1, mean, classes, bits);
        row(t, "pooled", r.pooled().bins(), r.pooled(), classes, bits);
        t.print(out, "  ");
        if (classes && r.pooled().confusion() != null) {
            confusion(r.pooled().confusion(), u);
            out.println("  chance: balanced accuracy " + Quantities.fixed(1.0 / r.classes().length, 3) + " ("
                    + r.classes().length + " classes)");
        }
        r.notes().forEach(n -> out.println("  note: " + n));
        out.println("  written to " + o.folder());
    }

    private static void row(TextTable t, String fold, int bins, Scores s, boolean classes, boolean bits) {
        String n = bins < 0 ? "" : Quantities.count(bins);
        String b = Quantities.fixed(s.bitsPerSpike(), 3);
        if (classes) {
            if (bits) {
                t.row(fold, n, Quantities.fixed(s.accuracy(), 3), Quantities.fixed(s.balancedAccuracy(), 3), b);
            } else {
                t.row(fold, n, Quantities.fixed(s.accuracy(), 3), Quantities.fixed(s.balancedAccuracy(), 3));
            }
        } else if (bits) {
            t.row(fold, n, Quantities.fixed(s.r2(), 3), Quantities.fixed(s.pearsonR(), 3), rmse(s.rmse()), b);
        } else {
            t.row(fold, n, Quantities.fixed(s.r2(), 3), Quantities.fixed(s.pearsonR(), 3), rmse(s.rmse()));
        }
    }

    private void confusion(ConfusionMatrix m, String unit) {
        String[] headers = new String[m.classes().length + 1];
        headers[0] = "true \\ predicted (" + unit + ")";
        for (int j = 0; j < m.classes().length; j++) {
            headers[j + 1] = Quantities.plain(m.classes()[j]);
        }
        TextTable t = new TextTable(headers);
        for (int i = 0; i < m.classes().length; i++) {
            String[] cells = new String[headers.length];
            cells[0] = Quantities.plain(m.classes()[i]);
            for (int j = 0; j < m.classes().length; j++) {
                cells[j + 1] = Quantities.count(m.counts()[i][j]);
            }
            t.row(cells);
        }
        out.println("  confusion matrix, pooled (bins):");
        t.print(out, "    ");
    }

    private static String rmse(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "n/a";
    }

    private static String unit(DecodingProvenance p) {
        String u = p.targetUnit() == null ? "" : p.targetUnit();
        return u.equals("1") ? "" : u;
    }
}
