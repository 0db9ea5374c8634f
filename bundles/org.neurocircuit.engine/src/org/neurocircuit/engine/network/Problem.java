package org.neurocircuit.engine.network;

/**
 * One thing wrong with a network description.
 *
 * @param element the kind and name of the offending element, e.g. {@code "projection 'ee'"}
 * @param message what is wrong and how to fix it
 */
public record Problem(String element, String message) {

    @Override
    public String toString() {
        return element + ": " + message;
    }
}
