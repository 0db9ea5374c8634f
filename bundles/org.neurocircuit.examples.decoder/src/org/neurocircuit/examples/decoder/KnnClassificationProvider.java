package org.neurocircuit.examples.decoder;

import java.util.List;

import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.ParameterDescriptor;

/** k-nearest-neighbours classification (id {@value #ID}): the majority class of the k most alike training bins. */
public final class KnnClassificationProvider extends KnnProvider {

    public static final String ID = "knn-classes";

    /** As the platform creates it: the settings come from plugin.xml. */
    public KnnClassificationProvider() {
        this(List.of());
    }

    /** With the given settings (plain Java, tests). */
    public KnnClassificationProvider(List<ParameterDescriptor> parameters) {
        super(ID, "k-nearest neighbours (classes)", DecoderKind.CLASSIFICATION, parameters);
    }
}
