package org.neurocircuit.ui.editor.figures;

import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.RoundedRectangle;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.swt.graphics.Color;

/** A population: rounded box with its name, neuron model and size; a thick orange border when highlighted. */
public class PopulationFigure extends RoundedRectangle implements Selectable {

    private final Label name = new Label();
    private final Label model = new Label();
    private final Label size = new Label();
    private boolean highlighted;
    private boolean selected;

    public PopulationFigure() {
        ToolbarLayout layout = new ToolbarLayout();
        layout.setSpacing(1);
        setLayoutManager(layout);
        setBorder(new MarginBorder(4, 6, 4, 6));
        setCornerDimensions(new org.eclipse.draw2d.geometry.Dimension(14, 14));
        setBackgroundColor(Colors.POPULATION);
        name.setFont(Fonts.bold());
        add(name);
        add(model);
        add(size);
        updateBorder();
    }

    /** @param modelText e.g. "LIF (curr.)"; @param sizeText e.g. "N = 20683" */
    public void setTexts(String nameText, String modelText, String sizeText) {
        name.setText(nameText);
        model.setText(modelText);
        size.setText(sizeText);
        setToolTip(new Label(nameText + "\n" + modelText + "\n" + sizeText));
    }

    public void setFill(Color fill) {
        setBackgroundColor(fill);
        Color text = Colors.textOn(fill);
        name.setForegroundColor(text);
        model.setForegroundColor(text);
        size.setForegroundColor(text);
    }

    /** Highlight of populations selected in another view (the link bus), distinct from the selection handles. */
    public void setHighlighted(boolean on) {
        highlighted = on;
        updateBorder();
    }

    @Override
    public void setSelected(boolean on) {
        selected = on;
        updateBorder();
    }

    private void updateBorder() {
        setLineWidth(highlighted ? 4 : selected ? 2 : 1);
        setForegroundColor(highlighted ? Colors.HIGHLIGHT : selected ? Colors.SELECTED : Colors.LINE);
        repaint();
    }

    public boolean isHighlighted() {
        return highlighted;
    }

    /** The label showing the name, where the direct-edit text box goes. */
    public Label nameLabel() {
        return name;
    }

    public String nameText() {
        return name.getText();
    }

    public String modelText() {
        return model.getText();
    }

    public String sizeText() {
        return size.getText();
    }
}
