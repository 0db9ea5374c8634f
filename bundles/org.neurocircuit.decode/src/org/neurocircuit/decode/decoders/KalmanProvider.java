package org.neurocircuit.decode.decoders;

import java.util.List;

import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.ParameterDescriptor;
import org.neurocircuit.decode.spi.Parameters;

/** The Kalman filter of Wu et al. (2003), fitted by least squares ({@link KalmanDecoder}). */
public final class KalmanProvider extends BuiltInProvider {

    /** Its id. */
    public static final String ID = "kalman";

    public KalmanProvider() {
        super(ID, "Kalman filter (Wu et al. 2003)", DecoderKind.REGRESSION, List.of(
                ParameterDescriptor.flag("velocity", false,
                        "add the target's velocity (finite differences, target units per second) to the state"),
                ParameterDescriptor.real("qShrinkage", 0.0, 0, 1, "",
                        "weight of the diagonal in the observation noise covariance Q: 0 the full least-squares Q,"
                                + " 1 independent features; > 0 helps with many or collinear features")));
    }

    @Override
    Decoder create(Parameters p) {
        return new KalmanDecoder(p.flag("velocity"), p.real("qShrinkage"));
    }
}
