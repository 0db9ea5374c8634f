package org.neurocircuit.ui.editor.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;

/**
 * A region: a tinted container with its name at the top left. It is its own content pane; children
 * are placed relative to its top left corner, as the diagram model stores them.
 */
public class RegionFigure extends Figure implements Selectable {

    /** Height of the title strip; children drawn above it would cover the name. */
    public static final int TITLE_HEIGHT = 22;

    private final Label title = new Label();
    private boolean selected;

    public RegionFigure() {
        setLayoutManager(new XYLayout());
        setBackgroundColor(Colors.REGION);
        setForegroundColor(Colors.LINE);
        setOpaque(false);
        title.setFont(Fonts.bold());
        title.setLabelAlignment(Label.LEFT);
    }

    public void setTitle(String text) {
        title.setText(text);
        setToolTip(new Label(text));
        repaint();
    }

    public String titleText() {
        return title.getText();
    }

    /** Where the title is drawn, in absolute coordinates of this figure's parent (for direct edit). */
    public Rectangle titleBounds() {
        Rectangle bounds = getBounds();
        return new Rectangle(bounds.x + 6, bounds.y + 2, Math.max(60, bounds.width - 12), TITLE_HEIGHT - 4);
    }

    @Override
    public void setSelected(boolean on) {
        selected = on;
        repaint();
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        Rectangle r = getBounds().getCopy().shrink(1, 1);
        graphics.setBackgroundColor(getBackgroundColor());
        graphics.fillRoundRectangle(r, 16, 16);
        graphics.setForegroundColor(selected ? Colors.SELECTED : getForegroundColor());
        graphics.setLineWidth(selected ? 2 : 1);
        graphics.setLineStyle(selected ? Graphics.LINE_SOLID : Graphics.LINE_DASH);
        graphics.drawRoundRectangle(r, 16, 16);
        graphics.setLineStyle(Graphics.LINE_SOLID);
        graphics.setForegroundColor(Colors.textOn(getBackgroundColor()));
        graphics.setFont(title.getFont());
        graphics.drawText(title.getText(), r.x + 8, r.y + 4);
    }
}
