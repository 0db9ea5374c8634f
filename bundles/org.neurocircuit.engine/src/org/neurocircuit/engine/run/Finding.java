package org.neurocircuit.engine.run;

/**
 * One diagnostic about a circuit, as shown to a user: {@code ERROR|WARNING element: message}.
 *
 * @param error true for an error (the circuit cannot run), false for a warning
 * @param line the whole line, starting with {@code ERROR} or {@code WARNING}
 */
public record Finding(boolean error, String line) {

    /** A finding about a named element. */
    public static Finding of(boolean error, String element, String message) {
        return new Finding(error, (error ? "ERROR " : "WARNING ") + element + ": " + message);
    }

    @Override
    public String toString() {
        return line;
    }
}
