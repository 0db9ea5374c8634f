package org.neurocircuit.decode.spi;

/**
 * A decoder setting is unknown, malformed or out of its range. The message names the decoder,
 * the parameter and what is allowed, e.g.
 * {@code decoder 'ridge': parameter 'lambda' must be ≥ 0, was -1}.
 */
public final class DecoderParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String decoderId;
    private final String parameter;

    public DecoderParameterException(String decoderId, String parameter, String problem) {
        super("decoder '" + decoderId + "': " + (parameter == null ? "" : "parameter '" + parameter + "' ") + problem);
        this.decoderId = decoderId;
        this.parameter = parameter;
    }

    /** The decoder whose settings were rejected. */
    public String decoderId() {
        return decoderId;
    }

    /** The parameter at fault, or {@code null} when the problem is not one parameter's. */
    public String parameter() {
        return parameter;
    }
}
