package org.neurocircuit.ui.editor.export;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * The drawing state of an {@link SvgGraphics}: colours, font, line, alpha, the transform from
 * user to document coordinates ({@code x' = a x + c y + e}, {@code y' = b x + d y + f}) and the
 * clip in document coordinates (null: none). Copied on push, restored on pop.
 */
final class SvgState implements Cloneable {

    Color foreground;
    Color background;
    Font font;
    int lineWidth = 1;
    int lineStyle = Graphics.LINE_SOLID;
    int[] lineDash;
    int lineCap = SWT.CAP_FLAT;
    int lineJoin = SWT.JOIN_MITER;
    int alpha = 255;
    int antialias = SWT.DEFAULT;
    int textAntialias = SWT.DEFAULT;
    int interpolation = SWT.DEFAULT;
    int fillRule = SWT.FILL_EVEN_ODD;
    boolean xor;
    double a = 1;
    double b;
    double c;
    double d = 1;
    double e;
    double f;
    Rectangle clip;

    SvgState copy() {
        try {
            SvgState s = (SvgState) super.clone();
            s.clip = clip == null ? null : clip.getCopy();
            s.lineDash = lineDash == null ? null : lineDash.clone();
            return s;
        } catch (CloneNotSupportedException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    void translate(double dx, double dy) {
        e += a * dx + c * dy;
        f += b * dx + d * dy;
    }

    void scale(double sx, double sy) {
        a *= sx;
        b *= sx;
        c *= sy;
        d *= sy;
    }

    void rotate(double degrees) {
        double r = Math.toRadians(degrees);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        multiply(cos, sin, -sin, cos);
    }

    void shear(double horizontal, double vertical) {
        multiply(1, vertical, horizontal, 1);
    }

    /** Post-multiplies the linear part by [[m0 m2] [m1 m3]]. */
    private void multiply(double m0, double m1, double m2, double m3) {
        double na = a * m0 + c * m1;
        double nb = b * m0 + d * m1;
        double nc = a * m2 + c * m3;
        double nd = b * m2 + d * m3;
        a = na;
        b = nb;
        c = nc;
        d = nd;
    }

    boolean isIdentity() {
        return a == 1 && b == 0 && c == 0 && d == 1 && e == 0 && f == 0;
    }

    boolean isAxisAligned() {
        return b == 0 && c == 0;
    }

    /** The smallest document rectangle holding the user rectangle r. */
    Rectangle toDocument(Rectangle r) {
        return bounds(new double[] {r.x, r.y, r.x + r.width, r.y, r.x, r.y + r.height, r.x + r.width, r.y + r.height},
                false);
    }

    /** The smallest user rectangle holding the document rectangle r. */
    Rectangle toUser(Rectangle r) {
        return bounds(new double[] {r.x, r.y, r.x + r.width, r.y, r.x, r.y + r.height, r.x + r.width, r.y + r.height},
                true);
    }

    private Rectangle bounds(double[] xy, boolean inverse) {
        double det = a * d - b * c;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            double x = xy[i];
            double y = xy[i + 1];
            double tx;
            double ty;
            if (inverse) {
                tx = (d * (x - e) - c * (y - f)) / det;
                ty = (-b * (x - e) + a * (y - f)) / det;
            } else {
                tx = a * x + c * y + e;
                ty = b * x + d * y + f;
            }
            minX = Math.min(minX, tx);
            minY = Math.min(minY, ty);
            maxX = Math.max(maxX, tx);
            maxY = Math.max(maxY, ty);
        }
        int x0 = (int) Math.floor(minX);
        int y0 = (int) Math.floor(minY);
        return new Rectangle(x0, y0, (int) Math.ceil(maxX) - x0, (int) Math.ceil(maxY) - y0);
    }
}
