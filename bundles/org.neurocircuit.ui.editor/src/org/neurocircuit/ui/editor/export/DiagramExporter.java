package org.neurocircuit.ui.editor.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/**
 * Paints a diagram's printable layers (boxes and lines, not selection handles or feedback) once
 * more, into an image or an SVG document, over the extent of what is drawn plus a margin.
 * Runs on the display thread.
 */
public final class DiagramExporter {

    /** Space kept around the drawing, px. */
    public static final int MARGIN = 10;

    private final IFigure layers;
    private final Rectangle area;

    /** The printable layers of the viewer's diagram. */
    public DiagramExporter(GraphicalViewer viewer) {
        LayerManager manager = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
        layers = manager.getLayer(LayerConstants.PRINTABLE_LAYERS);
        Rectangle extent = layers instanceof FreeformFigure free ? free.getFreeformExtent().getCopy()
                : layers.getBounds().getCopy();
        area = extent.expand(MARGIN, MARGIN);
    }

    /** The exported area in diagram coordinates, px. */
    public Rectangle area() {
        return area.getCopy();
    }

    /** The diagram as pixels, white background. */
    public ImageData image() {
        Display display = Display.getCurrent();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(image);
        SWTGraphics graphics = new SWTGraphics(gc);
        try {
            paint(graphics);
        } finally {
            graphics.dispose();
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    /** The diagram as an SVG document. */
    public String svg() {
        SvgGraphics graphics = new SvgGraphics(area.width, area.height, layers.getForegroundColor(),
                ColorConstants.white, layers.getFont() != null ? layers.getFont() : Display.getCurrent().getSystemFont());
        paint(graphics);
        graphics.dispose();
        return graphics.document();
    }

    private void paint(Graphics graphics) {
        graphics.setBackgroundColor(ColorConstants.white);
        graphics.fillRectangle(0, 0, area.width, area.height);
        graphics.translate(-area.x, -area.y);
        graphics.pushState();
        layers.paint(graphics);
        graphics.popState();
    }

    /** Writes the PNG file. */
    public void writePng(Path file) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image()};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        loader.save(bytes, SWT.IMAGE_PNG);
        Files.write(file, bytes.toByteArray());
    }

    /** Writes the SVG file (UTF-8). */
    public void writeSvg(Path file) throws IOException {
        Files.writeString(file, svg(), StandardCharsets.UTF_8);
    }
}
