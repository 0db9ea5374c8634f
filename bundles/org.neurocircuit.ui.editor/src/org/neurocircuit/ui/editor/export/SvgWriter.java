package org.neurocircuit.ui.editor.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Writes the elements of an SVG document: each shape with the paint attributes of a state,
 * grouped under the clip they were drawn with, clip rectangles and gradients defined once.
 */
final class SvgWriter {

    private final int width;
    private final int height;
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final Map<Rectangle, String> clips = new HashMap<>();
    private String openClip;
    private int gradients;

    SvgWriter(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** A shape element, e.g. {@code rect}, with its geometry attributes, stroked or filled. */
    void shape(SvgState s, String element, String geometry, boolean fill) {
        String paint = fill ? "fill=\"" + color(s.background) + "\" stroke=\"none\"" + fillRule(s)
                : "fill=\"none\" " + stroke(s);
        add(s, "<" + element + " " + geometry + " " + paint + opacity(s) + transform(s) + "/>");
    }

    /** A shape filled with a gradient from the foreground to the background colour. */
    void gradient(SvgState s, String geometry, boolean vertical) {
        String id = "g" + (++gradients);
        defs.append(String.format(Locale.ROOT,
                "<linearGradient id=\"%s\" x1=\"0\" y1=\"0\" x2=\"%d\" y2=\"%d\">"
                        + "<stop offset=\"0\" stop-color=\"%s\"/><stop offset=\"1\" stop-color=\"%s\"/></linearGradient>\n",
                id, vertical ? 0 : 1, vertical ? 1 : 0, color(s.foreground), color(s.background)));
        add(s, "<rect " + geometry + " fill=\"url(#" + id + ")\" stroke=\"none\"" + opacity(s) + transform(s) + "/>");
    }

    /** One line of text with its top-left at (x, y) and its baseline {@code ascent} below. */
    void text(SvgState s, String text, int x, int y, int ascent, String fontAttributes) {
        add(s, String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" %s fill=\"%s\" xml:space=\"preserve\"%s%s>%s</text>",
                x, y + ascent, fontAttributes, color(s.foreground), opacity(s), transform(s), escape(text)));
    }

    /** An embedded PNG, data given base64-encoded. */
    void image(SvgState s, String geometry, String base64Png) {
        add(s, "<image " + geometry + " preserveAspectRatio=\"none\" href=\"data:image/png;base64," + base64Png + "\""
                + opacity(s) + transform(s) + "/>");
    }

    private void add(SvgState s, String element) {
        String clip = s.clip == null ? null : clips.computeIfAbsent(s.clip.getCopy(), this::defineClip);
        if (clip == null ? openClip != null : !clip.equals(openClip)) {
            if (openClip != null) {
                body.append("</g>\n");
            }
            if (clip != null) {
                body.append("<g clip-path=\"url(#").append(clip).append(")\">\n");
            }
            openClip = clip;
        }
        body.append(element).append('\n');
    }

    private String defineClip(Rectangle r) {
        String id = "c" + (clips.size() + 1);
        defs.append(String.format(Locale.ROOT,
                "<clipPath id=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/></clipPath>\n", id, r.x, r.y,
                r.width, r.height));
        return id;
    }

    /** The whole document. */
    String document() {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
                width, height, width, height));
        out.append("<defs>\n").append(defs).append("</defs>\n").append(body);
        if (openClip != null) {
            out.append("</g>\n");
        }
        return out.append("</svg>\n").toString();
    }

    private static String stroke(SvgState s) {
        int w = Math.max(1, s.lineWidth);
        StringBuilder out = new StringBuilder("stroke=\"" + color(s.foreground) + "\" stroke-width=\"" + w + "\"");
        int[] dash = switch (s.lineStyle) {
            case Graphics.LINE_DASH -> new int[] {18, 6};
            case Graphics.LINE_DOT -> new int[] {3, 3};
            case Graphics.LINE_DASHDOT -> new int[] {9, 6, 3, 6};
            case Graphics.LINE_DASHDOTDOT -> new int[] {9, 3, 3, 3, 3, 3};
            case Graphics.LINE_CUSTOM -> s.lineDash;
            default -> null;
        };
        if (dash != null && dash.length > 0) {
            StringBuilder d = new StringBuilder();
            for (int v : dash) {
                d.append(d.length() == 0 ? "" : ",").append(s.lineStyle == Graphics.LINE_CUSTOM ? v : v * w);
            }
            out.append(" stroke-dasharray=\"").append(d).append('"');
        }
        out.append(" stroke-linecap=\"").append(s.lineCap == SWT.CAP_ROUND ? "round"
                : s.lineCap == SWT.CAP_SQUARE ? "square" : "butt").append('"');
        out.append(" stroke-linejoin=\"").append(s.lineJoin == SWT.JOIN_ROUND ? "round"
                : s.lineJoin == SWT.JOIN_BEVEL ? "bevel" : "miter").append('"');
        return out.toString();
    }

    private static String fillRule(SvgState s) {
        return s.fillRule == SWT.FILL_WINDING ? " fill-rule=\"nonzero\"" : " fill-rule=\"evenodd\"";
    }

    private static String opacity(SvgState s) {
        return s.alpha >= 255 ? "" : String.format(Locale.ROOT, " opacity=\"%.3f\"", s.alpha / 255.0);
    }

    private static String transform(SvgState s) {
        return s.isIdentity() ? "" : String.format(Locale.ROOT, " transform=\"matrix(%s %s %s %s %s %s)\"",
                num(s.a), num(s.b), num(s.c), num(s.d), num(s.e), num(s.f));
    }

    static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }

    static String color(Color c) {
        if (c == null || c.isDisposed()) {
            return "#000000";
        }
        RGB rgb = c.getRGB();
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
