package org.neurocircuit.decode.spi;

import java.util.List;
import java.util.Map;

/**
 * A kind of decoder, contributed to the extension point {@code org.neurocircuit.decode.decoders}
 * (see {@code schema/decoders.exsd}) or registered in code. Must have a public no-argument
 * constructor when contributed, and be cheap to create: the registry instantiates it on first use.
 */
public interface DecoderProvider {

    /** A stable id stored in decoding tasks and results, e.g. {@code ridge}. */
    String id();

    /** A human-readable name, e.g. "Wiener filter (ridge regression)". */
    String label();

    /** Whether it decodes a continuous value or classes. */
    DecoderKind kind();

    /** Its settings, with defaults and ranges, in the order a form shows them. */
    List<ParameterDescriptor> parameters();

    /**
     * A decoder with these settings (missing ones take their defaults). Implementations begin
     * with {@code Parameters.parse(id(), parameters(), values)}.
     *
     * @throws DecoderParameterException for an unknown, malformed or out-of-range setting, naming
     *                                   it and its allowed range
     */
    Decoder create(Map<String, String> values);
}
