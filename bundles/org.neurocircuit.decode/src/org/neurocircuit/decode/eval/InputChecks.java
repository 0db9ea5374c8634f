package org.neurocircuit.decode.eval;

import java.util.Arrays;

import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecodingException;
import org.neurocircuit.decode.spi.FeatureMatrix;
import org.neurocircuit.decode.spi.Target;

/** The checks made before any fitting, so that bad input fails early with one clear message. */
final class InputChecks {

    private InputChecks() {
    }

    /**
     * Checks that features and target match and can be decoded.
     *
     * @return the classes (classification) or {@code null}
     */
    static double[] check(DecoderKind kind, FeatureMatrix x, Target y) {
        if (x.rows() != y.length()) {
            throw new DecodingException("mismatched lengths: the features have " + x.rows() + " bins but the target '"
                    + y.name() + "' has " + y.length() + " values; give one target value per bin");
        }
        if (x.columnCount() == 0) {
            throw new DecodingException("there are no features to decode from");
        }
        String bad = x.firstNonFinite();
        if (bad != null) {
            throw new DecodingException("the features must be finite numbers: " + bad);
        }
        for (int r = 0; r < y.length(); r++) {
            if (!Double.isFinite(y.value(r))) {
                throw new DecodingException("the target '" + y.name() + "' must be finite: it is " + y.value(r)
                        + " in bin " + x.bin(r));
            }
        }
        if (y.length() > 0 && y.isConstant()) {
            throw new DecodingException("the target '" + y.name() + "' is constant (" + y.value(0)
                    + (y.unit().isEmpty() ? "" : " " + y.unit()) + " in all " + y.length() + " bins): R² is undefined"
                    + " and there is nothing to decode; check the target and the time window");
        }
        return kind == DecoderKind.CLASSIFICATION ? y.classes() : null;
    }

    /** A classifier must see at least two classes in every fold's training rows. */
    static void checkTrainingClasses(Fold f, Target train) {
        double[] present = train.classes();
        if (present.length < 2) {
            throw new DecodingException("fold " + (f.index() + 1) + " would train only on bins of class "
                    + Arrays.toString(present) + ": the classes must alternate within the recording; use fewer"
                    + " folds or a longer recording");
        }
    }
}
