package org.neurocircuit.engine.results;

import org.neurocircuit.engine.spi.Completion;

/** How a stored run ended, as its run.json says. */
public enum RunStatus {
    /** Every step was simulated. */
    COMPLETE("complete"),
    /** The user cancelled; the data up to the last recorded step is valid. */
    CANCELLED("cancelled"),
    /** An error stopped the run; the data up to the last recorded step is valid. */
    FAILED("failed"),
    /**
     * run.json still says "running": the writing process was killed (or is still writing,
     * when a live run is read). The data is a valid prefix of the run.
     */
    INTERRUPTED("running");

    private final String word;

    RunStatus(String word) {
        this.word = word;
    }

    /** The word run.json uses for this status. */
    public String word() {
        return word;
    }

    /** Whether the run simulated every step. */
    public boolean isComplete() {
        return this == COMPLETE;
    }

    /** The status of a run that ended this way. */
    public static RunStatus of(Completion c) {
        return switch (c) {
            case COMPLETE -> COMPLETE;
            case CANCELLED -> CANCELLED;
            case FAILED -> FAILED;
        };
    }

    /** The status run.json calls {@code word}, or {@code null} for an unknown word. */
    public static RunStatus fromWord(String word) {
        for (RunStatus s : values()) {
            if (s.word.equals(word)) {
                return s;
            }
        }
        return null;
    }
}
