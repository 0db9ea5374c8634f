package org.neurocircuit.decode.registry;

import org.neurocircuit.engine.extensions.UnknownContributionException;

/**
 * No usable decoder has the requested id; the message lists the available ones, e.g.
 * {@code no decoder 'svm'; available: kalman, lda, logistic, poisson-bayes, ridge}.
 */
public final class UnknownDecoderException extends UnknownContributionException {

    private static final long serialVersionUID = 1L;

    public UnknownDecoderException(String decoderId, String message) {
        super(decoderId, message);
    }

    /** The id that was asked for. */
    public String decoderId() {
        return id();
    }
}
