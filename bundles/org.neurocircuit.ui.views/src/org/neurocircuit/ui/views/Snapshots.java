package org.neurocircuit.ui.views;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/** Pictures of controls, drawn by the controls themselves (so a covered view still prints whole). */
public final class Snapshots {

    private Snapshots() {
    }

    /** The control's picture at its current size. */
    public static ImageData capture(Control control) {
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        try {
            control.print(gc);
        } finally {
            gc.dispose();
        }
        try {
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    /** Saves the control's picture as PNG. */
    public static void savePng(Control control, Path file) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {capture(control)};
        try {
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (SWTException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
