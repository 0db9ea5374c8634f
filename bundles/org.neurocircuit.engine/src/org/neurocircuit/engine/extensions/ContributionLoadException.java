package org.neurocircuit.engine.extensions;

/**
 * A contribution's class could not be instantiated, or does not match its declaration. Registries
 * subclass it to say what kind of contribution failed; the message names it and its contributor.
 */
public class ContributionLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContributionLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
