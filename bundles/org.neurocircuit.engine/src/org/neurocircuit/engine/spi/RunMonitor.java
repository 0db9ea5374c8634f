package org.neurocircuit.engine.spi;

/**
 * Progress and cancellation of a session's work, free of any UI or Eclipse type (adapt an
 * {@code IProgressMonitor} or a console progress bar to it). Calls come from the thread that
 * called the session; {@link #isCancelled()} is polled a few times per second at most.
 */
public interface RunMonitor {

    /** Work begins: {@code totalWork} units (e.g. time steps) of the named task. */
    void begin(String task, long totalWork);

    /** {@code units} more units are done. */
    void worked(long units);

    /** Whether the user asked to stop. */
    boolean isCancelled();

    /** A monitor that reports nothing and never cancels. */
    RunMonitor NONE = new RunMonitor() {
        @Override
        public void begin(String task, long totalWork) {
        }

        @Override
        public void worked(long units) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
