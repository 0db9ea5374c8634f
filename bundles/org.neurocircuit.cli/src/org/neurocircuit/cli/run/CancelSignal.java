package org.neurocircuit.cli.run;

import java.util.concurrent.atomic.AtomicReference;

/** A request to stop, with its reason; set once by Ctrl-C (or a test), polled by the run. */
public final class CancelSignal {

    private final AtomicReference<String> reason = new AtomicReference<>();

    /** Asks the run to stop; the first reason wins. */
    public void cancel(String why) {
        reason.compareAndSet(null, why);
    }

    public boolean isCancelled() {
        return reason.get() != null;
    }

    /** Why the run was asked to stop, or {@code null}. */
    public String reason() {
        return reason.get();
    }
}
