package org.neurocircuit.ui.editor.figures;

import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * A projection line: an arrow head if excitatory, a round head if inhibitory (the usual notation of
 * circuit diagrams), coloured by sign, with a small label (rule and weight) at its middle.
 */
public class SynapseConnection extends PolylineConnection implements Selectable {

    private final Label label = new Label();
    private boolean inhibitory;
    private boolean labelAlways = true;
    private boolean selected;

    public SynapseConnection() {
        label.setFont(Fonts.normal());
        label.setOpaque(true);
        label.setBackgroundColor(Colors.REGION);
        add(label, new ClearLabelLocator(this));
        setSign(false);
    }

    public void setSign(boolean inhibitoryHead) {
        inhibitory = inhibitoryHead;
        if (inhibitoryHead) {
            setTargetDecoration(new RoundDecoration());
            setForegroundColor(Colors.INHIBITORY);
        } else {
            PolygonDecoration arrow = new PolygonDecoration();
            PointList head = new PointList(new int[] { -2, 1, 0, 0, -2, -1 });
            arrow.setTemplate(head);
            arrow.setScale(5, 4);
            setTargetDecoration(arrow);
            setForegroundColor(Colors.EXCITATORY);
        }
        getTargetDecoration().setBackgroundColor(getForegroundColor());
        label.setForegroundColor(getForegroundColor());
    }

    public boolean isInhibitory() {
        return inhibitory;
    }

    /** Whether the head is the round one (inhibitory), as drawn. */
    public boolean hasRoundHead() {
        return getTargetDecoration() instanceof RoundDecoration;
    }

    public void setLabelText(String text) {
        label.setText(text);
        setToolTip(new Label(text));
        updateLabel();
    }

    /**
     * Whether the label is shown when the line is not selected: dense diagrams (the microcircuit has
     * 55 projections) would be covered by their labels, so they show a line's label only on selection.
     */
    public void setLabelAlways(boolean always) {
        labelAlways = always;
        updateLabel();
    }

    public boolean isLabelShown() {
        return label.isVisible();
    }

    private void updateLabel() {
        label.setVisible(!label.getText().isEmpty() && (labelAlways || selected));
    }

    /** The label's bounds in absolute coordinates (for tests and exports). */
    public Rectangle labelBounds() {
        Rectangle r = label.getBounds().getCopy();
        label.translateToAbsolute(r);
        return r;
    }

    public String labelText() {
        return label.getText();
    }

    /** Thicker line while selected. */
    @Override
    public void setSelected(boolean on) {
        selected = on;
        setLineWidth(on ? 3 : 1);
        updateLabel();
    }
}
