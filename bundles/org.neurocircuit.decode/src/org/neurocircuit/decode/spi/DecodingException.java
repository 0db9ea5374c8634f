package org.neurocircuit.decode.spi;

/**
 * Data that cannot be decoded as given: mismatched lengths, a constant target, singular
 * features, too few bins for the folds. The message says what is wrong and what to change,
 * in words a user can act on (it is shown as it is by the views and the CLI).
 */
public class DecodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DecodingException(String message) {
        super(message);
    }

    public DecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
