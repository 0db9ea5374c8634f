package org.neurocircuit.decode.registry;

/** A contributed decoder could not be instantiated; the message names it and its contributor. */
public final class DecoderLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DecoderLoadException(DecoderDescriptor decoder, String reason, Throwable cause) {
        super("decoder '" + decoder.id() + "'" + (decoder.contributor().isEmpty() ? "" : " from "
                + decoder.contributor()) + " could not be loaded: " + reason, cause);
    }
}
