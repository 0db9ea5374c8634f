package org.neurocircuit.decode.registry;

/**
 * No usable decoder has the requested id; the message lists the available ones, e.g.
 * {@code no decoder 'svm'; available: kalman, lda, logistic, poisson-bayes, ridge}.
 */
public final class UnknownDecoderException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String decoderId;

    public UnknownDecoderException(String decoderId, String message) {
        super(message);
        this.decoderId = decoderId;
    }

    /** The id that was asked for. */
    public String decoderId() {
        return decoderId;
    }
}
