package org.neurocircuit.decode.registry;

import org.neurocircuit.engine.extensions.ContributionLoadException;

/** A contributed decoder could not be instantiated; the message names it and its contributor. */
public final class DecoderLoadException extends ContributionLoadException {

    private static final long serialVersionUID = 1L;

    public DecoderLoadException(DecoderDescriptor decoder, String reason, Throwable cause) {
        super("decoder '" + decoder.id() + "'" + (decoder.contributor().isEmpty() ? "" : " from "
                + decoder.contributor()) + " could not be loaded: " + reason, cause);
    }
}
