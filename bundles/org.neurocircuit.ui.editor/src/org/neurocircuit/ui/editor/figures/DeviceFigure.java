package org.neurocircuit.ui.editor.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.Shape;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;

/**
 * A stimulus or recorder: a box with a coloured band on the left (green for stimuli, violet for
 * recorders), the name and a one-line description such as "Poisson 8 Hz".
 */
public class DeviceFigure extends Shape implements Selectable {

    private static final int BAND = 8;

    private final Label name = new Label();
    private final Label detail = new Label();
    private final Color band;

    /** @param fill background; @param band colour of the left band */
    public DeviceFigure(Color fill, Color band) {
        this.band = band;
        ToolbarLayout layout = new ToolbarLayout();
        setLayoutManager(layout);
        setBorder(new MarginBorder(2, BAND + 5, 2, 4));
        setBackgroundColor(fill);
        setForegroundColor(Colors.LINE);
        name.setFont(Fonts.bold());
        name.setLabelAlignment(Label.LEFT);
        detail.setLabelAlignment(Label.LEFT);
        add(name);
        add(detail);
    }

    public void setTexts(String nameText, String detailText) {
        name.setText(nameText);
        detail.setText(detailText);
        setToolTip(new Label(nameText + "\n" + detailText));
    }

    public Label nameLabel() {
        return name;
    }

    public String nameText() {
        return name.getText();
    }

    public String detailText() {
        return detail.getText();
    }

    @Override
    public void setSelected(boolean on) {
        setForegroundColor(on ? Colors.SELECTED : Colors.LINE);
        setLineWidth(on ? 2 : 1);
    }

    @Override
    protected void fillShape(Graphics graphics) {
        Rectangle r = getBounds();
        graphics.fillRectangle(r);
        graphics.setBackgroundColor(band);
        graphics.fillRectangle(r.x, r.y, BAND, r.height);
    }

    @Override
    protected void outlineShape(Graphics graphics) {
        Rectangle r = getBounds().getCopy();
        r.width--;
        r.height--;
        graphics.drawRectangle(r);
    }
}
