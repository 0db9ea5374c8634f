package org.neurocircuit.ui.views.decoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.neurocircuit.decode.store.StoredDecoding;
import org.neurocircuit.engine.stats.TimeWindow;

/**
 * A stored decoding as the view shows it.
 *
 * @param name the decoding's folder name
 * @param task the task decoded
 * @param decoder the decoder's label
 * @param classification whether the decoder names classes (else it regresses)
 * @param target the target's name
 * @param unit the target's unit ("" when it has none)
 * @param control whether the target was block-permuted (a chance-level control)
 * @param timesMs bin centres of the held-out predictions inside the window, ms
 * @param binMs the bin width, ms
 * @param truth the true target there
 * @param predicted the prediction there
 * @param folds the fold table: each fold, the mean, the pooled scores
 * @param classes the class values (classification), else null
 * @param confusion pooled counts, rows the truth (classification), else null
 * @param weightMeaning what a weight means (e.g. "target units per spike"), null without weights
 * @param weights the weights per neuron, grouped by population; empty without weights
 * @param notes remarks of the decoding (undefined scores, ignored columns)
 */
public record ShownDecoding(String name, String task, String decoder, boolean classification, String target,
        String unit, boolean control, double[] timesMs, double binMs, double[] truth, double[] predicted, List<FoldMetrics> folds,
        double[] classes, long[][] confusion, String weightMeaning, List<NeuronWeight> weights, List<String> notes) {

    /**
     * The decoding narrowed to {@code window} (null: all of it), its weights highlighted by
     * {@code emphasised}, populations found with {@code populationOf} (a channel's population).
     */
    @SuppressWarnings("unchecked")
    static ShownDecoding of(StoredDecoding d, TimeWindow window, Function<String, String> populationOf,
            Predicate<String> emphasised) {
        Map<String, Object> r = d.result();
        Map<String, Object> decoder = (Map<String, Object>) r.get("decoder");
        Map<String, Object> features = (Map<String, Object>) r.get("features");
        Map<String, Object> target = (Map<String, Object>) r.get("target");
        double start = ((Number) features.get("startMs")).doubleValue();
        double bin = ((Number) features.get("binMs")).doubleValue();
        int n = 0;
        double[] t = new double[d.bins().length];
        double[] y = new double[t.length];
        double[] p = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            double centre = start + (d.bins()[i] + 0.5) * bin;
            if (window == null || (centre >= window.startMs() && centre < window.endMs())) {
                t[n] = centre;
                y[n] = d.truth()[i];
                p[n++] = d.predictions()[i];
            }
        }
        boolean classes = "classification".equals(decoder.get("kind"));
        Map<String, Object> pooled = d.pooled();
        Map<String, Object> w = (Map<String, Object>) r.get("weights");
        List<NeuronWeight> weights = List.of();
        String meaning = null;
        if (w != null && d.weights() != null) {
            meaning = (String) w.get("meaning");
            weights = NeuronWeight.of(d.weights(), ((List<?>) w.get("outputs")).size(),
                    (List<String>) w.get("columnSources"), ints((List<?>) w.get("columnNeurons")), populationOf,
                    emphasised);
        }
        return new ShownDecoding(d.folder().getFileName().toString(), (String) r.get("task"),
                (String) decoder.get("label"), classes, (String) target.get("name"), (String) target.get("unit"),
                Boolean.TRUE.equals(target.get("shuffledControl")), java.util.Arrays.copyOf(t, n), bin,
                java.util.Arrays.copyOf(y, n), java.util.Arrays.copyOf(p, n),
                FoldMetrics.rows(d.foldResults(), pooled), classes ? doubles((List<?>) r.get("classes")) : null,
                classes ? confusion((List<?>) pooled.get("confusion")) : null, meaning, weights,
                ((List<?>) r.get("notes")).stream().map(String::valueOf).toList());
    }

    /**
     * The runs of adjacent bins as {@code [from, to)} index ranges of {@link #timesMs}: the
     * bins dropped at fold edges (history trimming) lie between them, so a line must not join them.
     */
    public List<int[]> segments() {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= timesMs.length; i++) {
            double step = i < timesMs.length ? timesMs[i] - timesMs[i - 1] : Double.NaN;
            if (!(step > 0.5 * binMs && step < 1.5 * binMs)) {
                out.add(new int[] {from, i});
                from = i;
            }
        }
        return out;
    }

    /** The unit in brackets for a column or axis title, or "" for a unitless target. */
    public String unitSuffix() {
        return unit == null || unit.isEmpty() ? "" : " (" + unit + ")";
    }

    private static int[] ints(List<?> l) {
        return l.stream().mapToInt(o -> ((Number) o).intValue()).toArray();
    }

    private static double[] doubles(List<?> l) {
        return l == null ? new double[0] : l.stream().mapToDouble(o -> ((Number) o).doubleValue()).toArray();
    }

    private static long[][] confusion(List<?> rows) {
        if (rows == null) {
            return null;
        }
        long[][] c = new long[rows.size()][];
        for (int i = 0; i < c.length; i++) {
            c[i] = ((List<?>) rows.get(i)).stream().mapToLong(o -> ((Number) o).longValue()).toArray();
        }
        return c;
    }
}
