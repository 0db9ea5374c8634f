package org.neurocircuit.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Screenshots of a shell as the editor tests leave them for a person to look at (never asserted on). */
public final class Screenshots {

    private Screenshots() {
    }

    /** Saves what {@code shell} shows as a PNG at {@code file}, creating its folder; returns the file. */
    public static Path save(Shell shell, Path file) {
        Display display = shell.getDisplay();
        Rectangle b = shell.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        try {
            Files.createDirectories(file.getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            image.dispose();
        }
        return file;
    }
}
