package org.neurocircuit.decode.eval;

/**
 * Progress and cancellation of decoding, free of UI types (adapt a {@code SubMonitor} or a console
 * progress bar to it). When {@link #isCancelled()} turns true the work stops at the next fold with
 * a {@link java.util.concurrent.CancellationException}.
 */
public interface DecodingMonitor {

    /** Work begins: {@code totalWork} units (two per fold: fit, predict). */
    void begin(String task, int totalWork);

    /** {@code units} more units are done; {@code what} says which (e.g. "fold 2 of 5: fitted"). */
    void worked(int units, String what);

    /** Whether the user asked to stop. */
    boolean isCancelled();

    /** A monitor that reports nothing and never cancels. */
    DecodingMonitor NONE = new DecodingMonitor() {
        @Override
        public void begin(String task, int totalWork) {
        }

        @Override
        public void worked(int units, String what) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
