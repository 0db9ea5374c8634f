package org.neurocircuit.decode.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.LinearWeights;
import org.neurocircuit.decode.spi.SpikeCountModel;
import org.neurocircuit.decode.spi.Target;

/**
 * Cross-validates a decoder with {@link BlockedKFold}: for each fold a fresh decoder is fitted on
 * the training rows and predicts the tested rows; scores are computed per fold and on all tested
 * rows pooled. Deterministic: nothing is random.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * Runs the folds.
     *
     * @param decoders creates a fresh, unfitted decoder per fold
     * @param kind what the decoder predicts
     * @throws org.neurocircuit.decode.spi.DecodingException for input that cannot be decoded
     * @throws CancellationException when the monitor asks to stop
     */
    public static DecodingResult run(Supplier<Decoder> decoders, DecoderKind kind, FeatureMatrix x, Target y, int folds,
            DecodingMonitor monitor) {
        double[] classes = InputChecks.check(kind, x, y);
        List<Fold> split = BlockedKFold.split(x.rows(), folds, x.window());
        monitor.begin("Cross-validating over " + folds + " folds", 2 * folds);
        int pooledRows = split.stream().mapToInt(Fold::testSize).sum();
        double[] predictions = new double[pooledRows];
        double[] truth = new double[pooledRows];
        int[] bins = new int[pooledRows];
        int[] foldOf = new int[pooledRows];
        List<FoldResult> results = new ArrayList<>();
        List<LinearWeights> weights = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        BitsPerSpike bits = null;
        boolean everyFoldHasCounts = true;
        int at = 0;
        for (Fold f : split) {
            if (monitor.isCancelled()) {
                throw new CancellationException("decoding cancelled before fold " + (f.index() + 1));
            }
            Target trainY = y.rows(f.train());
            if (kind == DecoderKind.CLASSIFICATION) {
                InputChecks.checkTrainingClasses(f, trainY);
            }
            Decoder d = decoders.get();
            long t0 = System.nanoTime();
            d.fit(x.rows(f.train()), trainY);
            long t1 = System.nanoTime();
            monitor.worked(1, "fold " + (f.index() + 1) + " of " + folds + ": fitted");
            FeatureMatrix testX = x.rows(f.test());
            Target testY = y.rows(f.test());
            double[] p = d.predict(testX);
            long t2 = System.nanoTime();
            if (p.length != testX.rows()) {
                throw new DecodingException("the decoder returned " + p.length + " predictions for the "
                        + testX.rows() + " tested bins of fold " + (f.index() + 1));
            }
            monitor.worked(1, "fold " + (f.index() + 1) + " of " + folds + ": predicted");
            Scores s = score(kind, testY.values(), p, classes);
            Optional<SpikeCountModel> model = d.countModel();
            if (model.isPresent()) {
                BitsPerSpike b = BitsPerSpike.of(model.get(), testX, testY);
                s = s.withBitsPerSpike(b.bits(), null);
                bits = bits == null ? b : bits.plus(b);
            } else {
                everyFoldHasCounts = false;
            }
            d.weights().ifPresent(weights::add);
            for (String note : d.notes()) {
                notes.add("fold " + (f.index() + 1) + ": " + note);
            }
            System.arraycopy(p, 0, predictions, at, p.length);
            System.arraycopy(testY.values(), 0, truth, at, p.length);
            for (int i = 0; i < p.length; i++) {
                bins[at + i] = x.bin(f.testStart() + i);
                foldOf[at + i] = f.index();
            }
            at += p.length;
            results.add(new FoldResult(f, new int[] {x.bin(f.blockStart()), x.bin(f.blockEnd() - 1) + 1},
                    new int[] {x.bin(f.testStart()), x.bin(f.testEnd() - 1) + 1}, f.train().length, s,
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6));
        }
        Scores pooled = score(kind, truth, predictions, classes);
        if (bits != null && everyFoldHasCounts) {
            pooled = pooled.withBitsPerSpike(bits.bits(), null);
        }
        LinearWeights mean = weights.size() == folds ? MeanWeights.of(weights, notes) : null;
        return new DecodingResult(kind, classes, results, pooled, bins, foldOf, predictions, truth, mean, notes);
    }

    private static Scores score(DecoderKind kind, double[] truth, double[] predicted, double[] classes) {
        return kind == DecoderKind.REGRESSION ? Scores.regression(truth, predicted)
                : Scores.classification(truth, predicted, classes);
    }
}
