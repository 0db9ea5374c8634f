package org.neurocircuit.decode.decoders;

import java.util.List;

import org.neurocircuit.decode.spi.DecoderProvider;

/** The decoders this bundle brings, for registries outside OSGi (in OSGi, plugin.xml lists them). */
public final class BuiltInDecoders {

    private BuiltInDecoders() {
    }

    /** A fresh instance of each built-in provider. */
    public static List<DecoderProvider> all() {
        return List.of(new RidgeProvider(), new KalmanProvider(), new LogisticProvider(), new LdaProvider(),
                new PoissonBayesProvider());
    }
}
