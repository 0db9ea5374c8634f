package org.neurocircuit.decode.decoders;

import java.util.List;

import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.ParameterDescriptor;
import org.neurocircuit.decode.spi.Parameters;

/** Linear discriminant analysis with a shared, optionally shrunk covariance ({@link LdaDecoder}). */
public final class LdaProvider extends BuiltInProvider {

    /** Its id. */
    public static final String ID = "lda";

    public LdaProvider() {
        super(ID, "Linear discriminant analysis", DecoderKind.CLASSIFICATION, List.of(
                ParameterDescriptor.real("shrinkage", 0.0, 0, 1, "",
                        "weight of the scaled identity (mean variance × I) in the shared covariance: 0 the pooled"
                                + " within-class covariance, 1 independent features of equal variance")));
    }

    @Override
    Decoder create(Parameters p) {
        return new LdaDecoder(p.real("shrinkage"));
    }
}
