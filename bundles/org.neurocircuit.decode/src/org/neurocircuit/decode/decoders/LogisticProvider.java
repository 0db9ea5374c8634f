package org.neurocircuit.decode.decoders;

import java.util.List;

import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.ParameterDescriptor;
import org.neurocircuit.decode.spi.Parameters;

/** Multinomial logistic regression with an L2 penalty ({@link LogisticDecoder}). */
public final class LogisticProvider extends BuiltInProvider {

    /** Its id. */
    public static final String ID = "logistic";

    public LogisticProvider() {
        super(ID, "Logistic regression (multinomial, L2)", DecoderKind.CLASSIFICATION, List.of(
                ParameterDescriptor.positive("lambda", 1.0, 0, 1e12, "",
                        "L2 penalty on the weights (not the intercepts), on the summed log-loss over bins;"
                                + " scikit-learn's C is 1/lambda"),
                ParameterDescriptor.flag("standardize", true,
                        "z-score each feature with its training mean and sd before fitting"),
                ParameterDescriptor.integer("maxIterations", 1000, 1, 1_000_000, "1",
                        "L-BFGS iterations at most"),
                ParameterDescriptor.positive("tolerance", 1e-6, 0, 1e-1, "",
                        "stop when every component of the gradient of the loss per bin is at most this")));
    }

    @Override
    Decoder create(Parameters p) {
        return new LogisticDecoder(p.real("lambda"), p.flag("standardize"), p.integer("maxIterations"),
                p.real("tolerance"));
    }
}
