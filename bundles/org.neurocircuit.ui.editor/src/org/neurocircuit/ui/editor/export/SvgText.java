package org.neurocircuit.ui.editor.export;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Locale;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.PathData;
import org.eclipse.swt.widgets.Display;

/** Text, paths and images as SVG: the parts of {@link SvgGraphics} that need SWT's measurements. */
final class SvgText {

    /** draw2d's tab stop: eight spaces. */
    private static final String TAB = "        ";

    /**
     * Text with its top-left at (x, y), as SWT draws it: {@code multiLine} splits lines (drawText)
     * and expands tabs; {@code fill} paints the background behind the text's extent first.
     */
    void draw(SvgWriter out, SvgState s, String text, int x, int y, boolean multiLine, boolean fill) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Font font = s.font;
        FontMetrics metrics = FigureUtilities.getFontMetrics(font);
        String[] lines = multiLine ? text.replace("\t", TAB).split("\r\n|\n|\r", -1) : new String[] {text};
        int lineHeight = metrics.getHeight();
        if (fill) {
            Dimension extent = multiLine ? FigureUtilities.getTextExtents(text.replace("\t", TAB), font)
                    : FigureUtilities.getStringExtents(text, font);
            out.shape(s, "rect", String.format(Locale.ROOT, "x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"", x, y,
                    extent.width, extent.height), true);
        }
        String attributes = fontAttributes(font);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                // the width SWT measured, so a viewer with another font keeps the text inside its figure
                int width = FigureUtilities.getStringExtents(lines[i], font).width;
                out.text(s, lines[i], x, y + i * lineHeight, metrics.getAscent() + metrics.getLeading(),
                        attributes + " textLength=\"" + width + "\" lengthAdjust=\"spacingAndGlyphs\"");
            }
        }
    }

    /** Family, size in px (the display's points to pixels) and style of an SWT font. */
    static String fontAttributes(Font font) {
        FontData data = font == null || font.isDisposed() ? null : font.getFontData()[0];
        if (data == null) {
            return "font-family=\"sans-serif\" font-size=\"12\"";
        }
        double px = data.getHeight() * Display.getCurrent().getDPI().y / 72.0;
        return String.format(Locale.ROOT, "font-family=\"%s, sans-serif\" font-size=\"%s\"%s%s",
                SvgWriter.escape(data.getName()), SvgWriter.num(Math.round(px * 10) / 10.0),
                (data.getStyle() & SWT.BOLD) != 0 ? " font-weight=\"bold\"" : "",
                (data.getStyle() & SWT.ITALIC) != 0 ? " font-style=\"italic\"" : "");
    }

    /** An SWT path as SVG path data. */
    static String pathData(Path path) {
        PathData data = path.getPathData();
        StringBuilder d = new StringBuilder();
        int p = 0;
        for (byte type : data.types) {
            switch (type) {
                case SWT.PATH_MOVE_TO -> p = coords(d.append('M'), data.points, p, 1);
                case SWT.PATH_LINE_TO -> p = coords(d.append('L'), data.points, p, 1);
                case SWT.PATH_QUAD_TO -> p = coords(d.append('Q'), data.points, p, 2);
                case SWT.PATH_CUBIC_TO -> p = coords(d.append('C'), data.points, p, 3);
                case SWT.PATH_CLOSE -> d.append('Z');
                default -> throw new IllegalArgumentException("unknown path segment " + type);
            }
        }
        return d.toString();
    }

    private static int coords(StringBuilder d, float[] points, int from, int pairs) {
        for (int i = 0; i < pairs; i++) {
            d.append(i == 0 ? "" : " ").append(SvgWriter.num(points[from + 2 * i])).append(' ')
                    .append(SvgWriter.num(points[from + 2 * i + 1]));
        }
        d.append(' ');
        return from + 2 * pairs;
    }

    /** An image (or the part {@code source} of it) as base64 PNG. */
    static String png(Image image, Rectangle source) {
        ImageData data = image.getImageData();
        if (source != null) {
            Image part = new Image(image.getDevice(), source.width, source.height);
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(part);
            try {
                gc.drawImage(image, source.x, source.y, source.width, source.height, 0, 0, source.width,
                        source.height);
            } finally {
                gc.dispose();
            }
            data = part.getImageData();
            part.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        loader.save(bytes, SWT.IMAGE_PNG);
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
