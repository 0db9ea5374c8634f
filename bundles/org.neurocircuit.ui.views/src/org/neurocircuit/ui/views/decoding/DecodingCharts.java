package org.neurocircuit.ui.views.decoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.neurocircuit.ui.views.Charts;
import org.neurocircuit.ui.views.Colors;

/** The two charts of the Decoding view: prediction against truth over time, weights per neuron. */
final class DecodingCharts {

    private static final RGB TRUTH = new RGB(60, 60, 60);
    private static final RGB PREDICTION = new RGB(200, 80, 75);

    private final Chart prediction;
    private final Chart weights;

    DecodingCharts(Composite predictionParent, Composite weightsParent) {
        prediction = Charts.create(predictionParent, "", "time (ms)", "target");
        weights = Charts.create(weightsParent, "Decoder weights per neuron", "neuron (grouped by population)",
                "weight");
    }

    Chart prediction() {
        return prediction;
    }

    Chart weights() {
        return weights;
    }

    /** Draws the decoding, or clears both charts (with {@code empty} as the title) when it is null. */
    void show(ShownDecoding d, String empty, Function<String, RGB> colourOf) {
        predictionChart(d, empty);
        weightsChart(d, colourOf);
    }

    private void predictionChart(ShownDecoding d, String empty) {
        prediction.suspendUpdate(true);
        Charts.clear(prediction);
        boolean any = d != null && d.timesMs().length > 0;
        if (any) {
            Charts.axes(prediction, "time (ms)", d.target() + d.unitSuffix());
            List<int[]> segments = d.segments();
            segmented("true " + d.target(), segments, d.timesMs(), d.truth(), TRUTH, 2);
            segmented("predicted (" + d.decoder() + ", held out)", segments, d.timesMs(), d.predicted(), PREDICTION,
                    1);
        }
        prediction.getTitle().setVisible(!any);
        prediction.getTitle().setText(any ? "" : d == null ? empty
                : "No held-out bin of " + d.name() + " lies in the selected time window");
        prediction.suspendUpdate(false);
        Charts.fit(prediction);
    }

    /**
     * Draws one line as a series per run of adjacent bins (SWTChart joins every point of a series,
     * NaN included), one legend entry; a lone bin is drawn as a dot.
     */
    private void segmented(String id, List<int[]> segments, double[] x, double[] y, RGB colour, int width) {
        for (int k = 0; k < segments.size(); k++) {
            int[] s = segments.get(k);
            ILineSeries<?> line = Charts.line(prediction, k == 0 ? id : id + " \u2013 part " + (k + 1),
                    Arrays.copyOfRange(x, s[0], s[1]), Arrays.copyOfRange(y, s[0], s[1]), colour, true);
            line.setLineWidth(width);
            line.setVisibleInLegend(k == 0);
            if (s[1] - s[0] == 1) {
                line.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
                line.setSymbolSize(width + 1);
                line.setSymbolColor(line.getLineColor());
            }
        }
    }

    /** The series drawing the prediction, one per run of adjacent bins (tests count them). */
    long predictionSeries() {
        return Arrays.stream(prediction.getSeriesSet().getSeries()).filter(s -> s.getId().startsWith("predicted"))
                .count();
    }

    private void weightsChart(ShownDecoding d, Function<String, RGB> colourOf) {
        weights.suspendUpdate(true);
        Charts.clear(weights);
        boolean any = d != null && !d.weights().isEmpty();
        if (any) {
            // the meaning is the weight's unit, e.g. "target units per unit of feature (mean over 5 folds)"
            String unit = d.weightMeaning().replaceFirst(" \\(mean over .*\\)$", "");
            Charts.axes(weights, "neuron (grouped by population)", "weight (" + unit + ")");
            Map<String, List<double[]>> byPopulation = new LinkedHashMap<>();
            List<NeuronWeight> all = d.weights();
            for (int i = 0; i < all.size(); i++) {
                byPopulation.computeIfAbsent(all.get(i).population(), k -> new ArrayList<>())
                        .add(new double[] {i, all.get(i).weight()});
            }
            for (var e : byPopulation.entrySet()) {
                boolean lit = all.stream().filter(w -> w.population().equals(e.getKey())).findFirst().orElseThrow()
                        .highlighted();
                double[] x = e.getValue().stream().mapToDouble(v -> v[0]).toArray();
                double[] y = e.getValue().stream().mapToDouble(v -> v[1]).toArray();
                RGB c = colourOf.apply(e.getKey());
                Charts.bars(weights, e.getKey(), x, y, lit ? c : Colors.dim(c, 0.25)).setBarPadding(0);
            }
        }
        weights.getTitle().setText(any ? "Weight per neuron (sum over lags"
                + (d.classification() ? ", spread over classes" : "") + ", fold mean)"
                : d == null ? "" : d.decoder() + " has no weights per neuron");
        weights.suspendUpdate(false);
        Charts.fit(weights);
    }
}
