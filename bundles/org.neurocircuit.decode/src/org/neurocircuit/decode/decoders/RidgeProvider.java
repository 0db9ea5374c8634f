package org.neurocircuit.decode.decoders;

import java.util.List;

import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.ParameterDescriptor;
import org.neurocircuit.decode.spi.Parameters;

/** The Wiener filter: ridge regression on the features of the history window ({@link RidgeDecoder}). */
public final class RidgeProvider extends BuiltInProvider {

    /** Its id. */
    public static final String ID = "ridge";

    public RidgeProvider() {
        super(ID, "Wiener filter (ridge regression)", DecoderKind.REGRESSION, List.of(
                ParameterDescriptor.real("lambda", 1.0, 0, 1e12, "",
                        "L2 penalty on the weights (not the intercept), on the sum of squared errors over bins;"
                                + " 0 is ordinary least squares"),
                ParameterDescriptor.flag("standardize", true,
                        "z-score each feature with its training mean and sd before fitting, so that lambda"
                                + " penalises all neurons alike")));
    }

    @Override
    Decoder create(Parameters p) {
        return new RidgeDecoder(p.real("lambda"), p.flag("standardize"));
    }
}
