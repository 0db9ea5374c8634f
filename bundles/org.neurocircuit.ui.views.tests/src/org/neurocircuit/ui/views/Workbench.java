package org.neurocircuit.ui.views;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Driving the running workbench from a test on the UI thread (public for the sub-packages' tests). */
public final class Workbench {

    private Workbench() {
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Opens (or activates) a view and returns it as its class. */
    public static <T extends IViewPart> T show(String id, Class<T> type) throws PartInitException {
        IViewPart part = page().showView(id);
        flush();
        return type.cast(part);
    }

    /** Runs the UI events that are ready (link deliveries are posted with asyncExec). */
    public static void flush() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // drain
        }
    }

    /** Dispatches events until {@code done} holds, failing after {@code seconds}. */
    public static void waitUntil(BooleanSupplier done, double seconds, String what) {
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

    /** Saves the workbench window as it looks, as PNG (for looking at it, not for asserting). */
    public static void screenshot(Path file) {
        Display d = Display.getCurrent();
        Shell shell = page().getWorkbenchWindow().getShell();
        Rectangle b = shell.getBounds();
        Image image = new Image(d, b.width, b.height);
        GC gc = new GC(d);
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}
