package org.neurocircuit.decode.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurocircuit.decode.eval.DecodingResult;
import org.neurocircuit.decode.eval.FoldResult;
import org.neurocircuit.decode.eval.Scores;
import org.neurocircuit.decode.spi.FeatureColumn;
import org.neurocircuit.decode.spi.LinearWeights;

/** The tree of result.json (format described in {@code package-info.java} of this package). */
final class ResultJson {

    static final String FORMAT = "neurocircuit-decoding";
    static final int VERSION = 1;

    private ResultJson() {
    }

    static Map<String, Object> of(DecodingProvenance p, DecodingResult r, Map<String, String> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("formatVersion", VERSION);
        m.put("task", p.task());
        m.put("started", p.started().toString());
        m.put("wallTimeMs", p.wallTimeMs());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("kind", p.inputKind());
        input.put("path", p.input().toAbsolutePath().normalize().toString());
        input.put("sha256", p.inputHashes());
        m.put("input", input);
        Map<String, Object> decoder = new LinkedHashMap<>();
        decoder.put("id", p.decoderId());
        decoder.put("label", p.decoderLabel());
        decoder.put("kind", p.kind().word());
        decoder.put("parameters", p.parameters());
        m.put("decoder", decoder);
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("sources", p.sources());
        features.put("columns", p.columns().size());
        features.put("startMs", p.grid().startMs());
        features.put("binMs", p.grid().binMs());
        features.put("bins", p.grid().bins());
        features.put("historyBins", p.window().back());
        features.put("futureBins", p.window().ahead());
        features.put("causal", p.window().isCausal());
        m.put("features", features);
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("name", p.targetName());
        target.put("unit", p.targetUnit());
        target.put("resampling", p.resampling());
        target.put("shuffledControl", p.shuffledControl());
        m.put("target", target);
        Map<String, Object> cv = new LinkedHashMap<>();
        cv.put("scheme", "blocked contiguous k-fold, never shuffled; rows whose history window crosses a fold"
                + " boundary are dropped");
        cv.put("folds", p.folds());
        cv.put("seed", p.seed());
        m.put("crossValidation", cv);
        m.put("classes", r.classes());
        List<Object> folds = new ArrayList<>();
        for (FoldResult f : r.folds()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("fold", f.fold().index() + 1);
            fm.put("blockBins", f.blockBins());
            fm.put("testBins", f.testBins());
            fm.put("trainBins", f.trainBins());
            fm.put("fitMs", f.fitMs());
            fm.put("predictMs", f.predictMs());
            fm.put("metrics", metrics(f.scores()));
            folds.add(fm);
        }
        m.put("folds", folds);
        m.put("pooled", metrics(r.pooled()));
        m.put("notes", r.notes());
        m.put("files", files);
        m.put("weights", r.weights() == null ? null : weights(r.weights(), p.columns()));
        return m;
    }

    private static Map<String, Object> metrics(Scores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bins", s.bins());
        m.put("r2", s.r2());
        m.put("pearsonR", s.pearsonR());
        m.put("rmse", s.rmse());
        m.put("accuracy", s.accuracy());
        m.put("balancedAccuracy", s.balancedAccuracy());
        m.put("bitsPerSpike", s.bitsPerSpike());
        m.put("confusion", s.confusion() == null ? null : List.of(s.confusion().counts()));
        m.put("notes", s.notes());
        return m;
    }

    private static Map<String, Object> weights(LinearWeights w, List<FeatureColumn> columns) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("meaning", w.meaning());
        m.put("outputs", w.outputs());
        m.put("intercepts", w.intercepts());
        List<String> sources = new ArrayList<>();
        int[] neurons = new int[columns.size()];
        int[] lags = new int[columns.size()];
        for (int c = 0; c < neurons.length; c++) {
            sources.add(columns.get(c).source());
            neurons[c] = columns.get(c).neuron();
            lags[c] = columns.get(c).lag();
        }
        m.put("columnSources", sources);
        m.put("columnNeurons", neurons);
        m.put("columnLags", lags);
        return m;
    }
}
