package org.neurocircuit.decode.decoders;

import java.util.List;
import java.util.Map;

import org.neurocircuit.decode.spi.Decoder;
import org.neurocircuit.decode.spi.DecoderKind;
import org.neurocircuit.decode.spi.DecoderProvider;
import org.neurocircuit.decode.spi.ParameterDescriptor;
import org.neurocircuit.decode.spi.Parameters;

/** What every built-in provider shares: fixed id, label, kind and parameters, and checked settings. */
abstract class BuiltInProvider implements DecoderProvider {

    private final String id;
    private final String label;
    private final DecoderKind kind;
    private final List<ParameterDescriptor> parameters;

    BuiltInProvider(String id, String label, DecoderKind kind, List<ParameterDescriptor> parameters) {
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final DecoderKind kind() {
        return kind;
    }

    @Override
    public final List<ParameterDescriptor> parameters() {
        return parameters;
    }

    @Override
    public final Decoder create(Map<String, String> values) {
        return create(Parameters.parse(id, parameters, values));
    }

    /** A decoder with checked settings. */
    abstract Decoder create(Parameters p);
}
