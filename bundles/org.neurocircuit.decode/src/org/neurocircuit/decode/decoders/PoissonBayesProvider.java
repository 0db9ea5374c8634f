package org.neurocircuit.decode.decoders;

import java.util.List;

import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.ParameterDescriptor;
import org.neurocircuit.decode.spi.Parameters;

/** Bayesian decoding of a 1-D variable from Poisson spike counts ({@link PoissonBayesDecoder}). */
public final class PoissonBayesProvider extends BuiltInProvider {

    /** Its id. */
    public static final String ID = "poisson-bayes";

    public PoissonBayesProvider() {
        super(ID, "Poisson naive Bayes (1-D)", DecoderKind.REGRESSION, List.of(
                ParameterDescriptor.integer("targetBins", 25, 2, 10_000, "1",
                        "target bins the tuning curves are estimated on (the distinct target values when fewer)"),
                ParameterDescriptor.real("smoothing", 1.0, 0, 1000, "target bins",
                        "sd of the Gaussian kernel smoothing tuning curves across equal-width target bins; 0 for none"),
                ParameterDescriptor.positive("minCount", 1e-3, 0, 1e3, "spikes per bin",
                        "smallest expected count a tuning curve may take, so one spike never rules a value out"),
                ParameterDescriptor.choice("prior", "uniform", List.of("uniform", "empirical"),
                        "prior over target bins: uniform, or their frequency in the training bins")));
    }

    @Override
    Decoder create(Parameters p) {
        return new PoissonBayesDecoder(p.integer("targetBins"), p.real("smoothing"), p.real("minCount"),
                p.choice("prior").equals("empirical"));
    }
}
