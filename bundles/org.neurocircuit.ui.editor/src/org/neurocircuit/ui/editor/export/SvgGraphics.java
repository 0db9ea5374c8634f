package org.neurocircuit.ui.editor.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Pattern;
import org.eclipse.swt.graphics.TextLayout;

/**
 * A draw2d {@link Graphics} that writes SVG instead of pixels: figures paint into it exactly as
 * onto the screen. Shapes, text and images keep their colours, line width and style, alpha and
 * font; translation, scaling, rotation and shear become each element's transform; clips are
 * rectangles in document space (a clip path is reduced to its bounds). XOR mode, which only
 * feedback uses, draws normally; patterns are not supported and paint in the plain colours.
 */
public final class SvgGraphics extends Graphics {

    private final SvgWriter out;
    private final SvgText text = new SvgText();
    private final Deque<SvgState> stack = new ArrayDeque<>();
    private SvgState state = new SvgState();

    /** An empty document of the given size, px. */
    public SvgGraphics(int width, int height, Color foreground, Color background, Font font) {
        out = new SvgWriter(width, height);
        state.foreground = foreground;
        state.background = background;
        state.font = font;
    }

    /** The SVG document drawn so far. */
    public String document() {
        return out.document();
    }

    private static String rect(int x, int y, int w, int h) {
        return String.format(Locale.ROOT, "x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"", x, y, w, h);
    }

    // --- shapes -------------------------------------------------------------------------

    @Override public void drawLine(int x1, int y1, int x2, int y2) {
        out.shape(state, "line", String.format(Locale.ROOT, "x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"", x1, y1, x2, y2),
                false);
    }
    @Override public void drawPoint(int x, int y) {
        SvgState dot = state.copy();
        dot.background = state.foreground;
        out.shape(dot, "rect", rect(x, y, 1, 1), true);
    }
    @Override public void drawRectangle(int x, int y, int w, int h) {
        out.shape(state, "rect", rect(x, y, w, h), false);
    }
    @Override public void fillRectangle(int x, int y, int w, int h) {
        out.shape(state, "rect", rect(x, y, w, h), true);
    }
    @Override public void drawRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
        out.shape(state, "rect", round(r, arcWidth, arcHeight), false);
    }
    @Override public void fillRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
        out.shape(state, "rect", round(r, arcWidth, arcHeight), true);
    }
    private static String round(Rectangle r, int arcWidth, int arcHeight) {
        return rect(r.x, r.y, r.width, r.height) + " rx=\"" + SvgWriter.num(arcWidth / 2.0) + "\" ry=\""
                + SvgWriter.num(arcHeight / 2.0) + "\"";
    }
    @Override public void drawOval(int x, int y, int w, int h) {
        out.shape(state, "ellipse", oval(x, y, w, h), false);
    }
    @Override public void fillOval(int x, int y, int w, int h) {
        out.shape(state, "ellipse", oval(x, y, w, h), true);
    }
    private static String oval(int x, int y, int w, int h) {
        return "cx=\"" + SvgWriter.num(x + w / 2.0) + "\" cy=\"" + SvgWriter.num(y + h / 2.0) + "\" rx=\""
                + SvgWriter.num(w / 2.0) + "\" ry=\"" + SvgWriter.num(h / 2.0) + "\"";
    }
    @Override public void drawArc(int x, int y, int w, int h, int offset, int length) {
        arc(x, y, w, h, offset, length, false);
    }
    @Override public void fillArc(int x, int y, int w, int h, int offset, int length) {
        arc(x, y, w, h, offset, length, true);
    }
    /** Angles in degrees, 0 at three o'clock, counter-clockwise on screen; a filled arc is a pie. */
    private void arc(int x, int y, int w, int h, int offset, int length, boolean fill) {
        if (Math.abs(length) >= 360) {
            out.shape(state, "ellipse", oval(x, y, w, h), fill);
            return;
        }
        double rx = w / 2.0, ry = h / 2.0, cx = x + rx, cy = y + ry;
        double a0 = Math.toRadians(offset), a1 = Math.toRadians(offset + length);
        String start = SvgWriter.num(cx + rx * Math.cos(a0)) + " " + SvgWriter.num(cy - ry * Math.sin(a0));
        String end = SvgWriter.num(cx + rx * Math.cos(a1)) + " " + SvgWriter.num(cy - ry * Math.sin(a1));
        String arc = "A" + SvgWriter.num(rx) + " " + SvgWriter.num(ry) + " 0 " + (Math.abs(length) > 180 ? 1 : 0) + " "
                + (length > 0 ? 0 : 1) + " " + end;
        String d = fill ? "M" + SvgWriter.num(cx) + " " + SvgWriter.num(cy) + " L" + start + " " + arc + " Z"
                : "M" + start + " " + arc;
        out.shape(state, "path", "d=\"" + d + "\"", fill);
    }
    @Override public void drawPolygon(PointList points) {
        out.shape(state, "polygon", points(points.toIntArray()), false);
    }
    @Override public void fillPolygon(PointList points) {
        out.shape(state, "polygon", points(points.toIntArray()), true);
    }
    @Override public void drawPolygon(int[] points) {
        out.shape(state, "polygon", points(points), false);
    }
    @Override public void fillPolygon(int[] points) {
        out.shape(state, "polygon", points(points), true);
    }
    @Override public void drawPolyline(PointList points) {
        out.shape(state, "polyline", points(points.toIntArray()), false);
    }
    @Override public void drawPolyline(int[] points) {
        out.shape(state, "polyline", points(points), false);
    }
    private static String points(int[] xy) {
        StringBuilder s = new StringBuilder("points=\"");
        for (int i = 0; i + 1 < xy.length; i += 2) {
            s.append(i == 0 ? "" : " ").append(xy[i]).append(',').append(xy[i + 1]);
        }
        return s.append('"').toString();
    }
    @Override public void drawPath(Path path) {
        out.shape(state, "path", "d=\"" + SvgText.pathData(path) + "\"", false);
    }
    @Override public void fillPath(Path path) {
        out.shape(state, "path", "d=\"" + SvgText.pathData(path) + "\"", true);
    }
    @Override public void fillGradient(int x, int y, int w, int h, boolean vertical) {
        out.gradient(state, rect(x, y, w, h), vertical);
    }
    @Override public void drawFocus(int x, int y, int w, int h) {
        SvgState dotted = state.copy();
        dotted.lineStyle = LINE_DOT;
        dotted.lineWidth = 1;
        out.shape(dotted, "rect", rect(x, y, w, h), false);
    }
    @Override public void drawImage(Image image, int x, int y) {
        org.eclipse.swt.graphics.Rectangle b = image.getBounds();
        out.image(state, rect(x, y, b.width, b.height), SvgText.png(image, null));
    }
    @Override public void drawImage(Image image, int sx, int sy, int sw, int sh, int tx, int ty, int tw, int th) {
        out.image(state, rect(tx, ty, tw, th), SvgText.png(image, new Rectangle(sx, sy, sw, sh)));
    }

    // --- text ---------------------------------------------------------------------------

    @Override public void drawString(String s, int x, int y) {
        text.draw(out, state, s, x, y, false, false);
    }
    @Override public void fillString(String s, int x, int y) {
        text.draw(out, state, s, x, y, false, true);
    }
    @Override public void drawText(String s, int x, int y) {
        text.draw(out, state, s, x, y, true, false);
    }
    @Override public void fillText(String s, int x, int y) {
        text.draw(out, state, s, x, y, true, true);
    }
    @Override public void drawText(String s, int x, int y, int style) {
        text.draw(out, state, s, x, y, true, false);
    }
    @Override public void drawTextLayout(TextLayout layout, int x, int y, int selectionStart, int selectionEnd,
            Color selectionForeground, Color selectionBackground) {
        SvgState own = state.copy();
        if (layout.getFont() != null) {
            own.font = layout.getFont();
        }
        text.draw(out, own, layout.getText(), x, y, true, false);
    }
    @Override public FontMetrics getFontMetrics() {
        return FigureUtilities.getFontMetrics(state.font);
    }

    // --- state --------------------------------------------------------------------------

    @Override public void clipRect(Rectangle r) {
        Rectangle clip = state.toDocument(r);
        state.clip = state.clip == null ? clip : state.clip.getIntersection(clip);
    }
    @Override public void setClip(Rectangle r) {
        state.clip = state.toDocument(r);
    }
    @Override public void setClip(Path path) {
        float[] b = new float[4];
        path.getBounds(b);
        setClip(new Rectangle((int) Math.floor(b[0]), (int) Math.floor(b[1]), (int) Math.ceil(b[2]),
                (int) Math.ceil(b[3])));
    }
    @Override public Rectangle getClip(Rectangle rect) {
        Rectangle user = state.clip == null ? new Rectangle(-100_000, -100_000, 200_000, 200_000)
                : state.toUser(state.clip);
        rect.setBounds(user);
        return rect;
    }
    @Override public void pushState() {
        stack.push(state.copy());
    }
    @Override public void popState() {
        state = stack.pop();
    }
    @Override public void restoreState() {
        state = stack.peek().copy();
    }
    @Override public void dispose() {
        stack.clear();
    }
    @Override public void translate(int dx, int dy) {
        state.translate(dx, dy);
    }
    @Override public void translate(float dx, float dy) {
        state.translate(dx, dy);
    }
    @Override public void scale(double factor) {
        state.scale(factor, factor);
    }
    @Override public void scale(float sx, float sy) {
        state.scale(sx, sy);
    }
    @Override public void rotate(float degrees) {
        state.rotate(degrees);
    }
    @Override public void shear(float horizontal, float vertical) {
        state.shear(horizontal, vertical);
    }
    @Override public double getAbsoluteScale() {
        return Math.sqrt(Math.abs(state.a * state.d - state.b * state.c));
    }
    @Override public Color getBackgroundColor() { return state.background; }
    @Override public void setBackgroundColor(Color c) { state.background = c; }
    @Override public Color getForegroundColor() { return state.foreground; }
    @Override public void setForegroundColor(Color c) { state.foreground = c; }
    @Override public void setBackgroundPattern(Pattern pattern) { /* plain colours only */ }
    @Override public void setForegroundPattern(Pattern pattern) { /* plain colours only */ }
    @Override public Font getFont() { return state.font; }
    @Override public void setFont(Font f) { state.font = f; }
    @Override public int getLineStyle() { return state.lineStyle; }
    @Override public void setLineStyle(int style) { state.lineStyle = style; }
    @Override public void setLineDash(int[] dash) {
        state.lineDash = dash == null ? null : dash.clone();
        state.lineStyle = dash == null ? LINE_SOLID : LINE_CUSTOM;
    }
    @Override public int getLineWidth() { return state.lineWidth; }
    @Override public void setLineWidth(int width) { state.lineWidth = width; }
    @Override public int getLineCap() { return state.lineCap; }
    @Override public void setLineCap(int cap) { state.lineCap = cap; }
    @Override public int getLineJoin() { return state.lineJoin; }
    @Override public void setLineJoin(int join) { state.lineJoin = join; }
    @Override public int getAlpha() { return state.alpha; }
    @Override public void setAlpha(int alpha) { state.alpha = alpha; }
    @Override public int getAntialias() { return state.antialias; }
    @Override public void setAntialias(int value) { state.antialias = value; }
    @Override public int getTextAntialias() { return state.textAntialias; }
    @Override public void setTextAntialias(int value) { state.textAntialias = value; }
    @Override public int getInterpolation() { return state.interpolation; }
    @Override public void setInterpolation(int value) { state.interpolation = value; }
    @Override public int getFillRule() { return state.fillRule; }
    @Override public void setFillRule(int rule) { state.fillRule = rule; }
    @Override public boolean getXORMode() { return state.xor; }
    @Override public void setXORMode(boolean xor) { state.xor = xor; }
}
