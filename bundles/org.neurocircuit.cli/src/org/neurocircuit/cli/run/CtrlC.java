package org.neurocircuit.cli.run;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C into a cancellation while a run is under way: a shutdown hook sets the
 * {@link CancelSignal} and then holds the JVM until the run has closed its run folder, so the
 * folder ends as a valid, incomplete run rather than a killed one. Closing this removes the hook.
 */
public final class CtrlC implements AutoCloseable {

    /** How long the hook waits for the run to close its folder before letting the JVM die. */
    private static final long WAIT_SECONDS = 30;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private CtrlC(CancelSignal signal, String what) {
        hook = new Thread(() -> {
            signal.cancel("interrupted by Ctrl-C");
            System.err.println(System.lineSeparator() + "Ctrl-C: stopping " + what + " and closing its run folder ...");
            try {
                finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "neurocircuit-cli-ctrl-c");
    }

    /** Installs the hook when the command owns its process; otherwise (tests) returns an inert guard. */
    public static CtrlC install(CancelSignal signal, String what, boolean ownsProcess) {
        CtrlC c = new CtrlC(signal, what);
        if (ownsProcess) {
            Runtime.getRuntime().addShutdownHook(c.hook);
        }
        return c;
    }

    /** The run is over and its folder closed: lets a pending shutdown proceed, removes the hook. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C came: the hook is running and now returns.
        }
    }
}
