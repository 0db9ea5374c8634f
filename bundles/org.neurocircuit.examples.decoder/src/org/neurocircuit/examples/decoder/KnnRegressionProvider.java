package org.neurocircuit.examples.decoder;

import java.util.List;

import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.ParameterDescriptor;

/** k-nearest-neighbours regression (id {@value #ID}): the mean target of the k most alike training bins. */
public final class KnnRegressionProvider extends KnnProvider {

    public static final String ID = "knn";

    /** As the platform creates it: the settings come from plugin.xml. */
    public KnnRegressionProvider() {
        this(List.of());
    }

    /** With the given settings (plain Java, tests). */
    public KnnRegressionProvider(List<ParameterDescriptor> parameters) {
        super(ID, "k-nearest neighbours (regression)", DecoderKind.REGRESSION, parameters);
    }
}
