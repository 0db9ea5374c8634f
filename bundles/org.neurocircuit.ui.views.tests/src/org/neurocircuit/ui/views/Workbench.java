package org.neurocircuit.ui.views;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Driving the running workbench from a test on the UI thread. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Opens (or activates) a view and returns it as its class. */
    static <T extends IViewPart> T show(String id, Class<T> type) throws PartInitException {
        IViewPart part = page().showView(id);
        flush();
        return type.cast(part);
    }

    /** Runs the UI events that are ready (link deliveries are posted with asyncExec). */
    static void flush() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // drain
        }
    }

    /** Dispatches events until {@code done} holds, failing after {@code seconds}. */
    static void waitUntil(BooleanSupplier done, double seconds, String what) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        Display d = Display.getCurrent();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out after " + seconds + " s waiting for " + what);
            }
            if (!d.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted waiting for " + what);
                }
            }
        }
        flush();
    }
}
