package org.neurocircuit.ui.editor;

import org.eclipse.draw2d.PositionConstants;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;

/**
 * Where the palette sits and whether it is open, shared by all circuit editors of the session: it
 * starts pinned open on the right, since a new user needs its tools to draw anything.
 */
final class PalettePreferences implements FlyoutPaletteComposite.FlyoutPreferences {

    static final PalettePreferences INSTANCE = new PalettePreferences();

    private int dock = PositionConstants.EAST;
    private int state = FlyoutPaletteComposite.STATE_PINNED_OPEN;
    private int width = 170;

    @Override
    public int getDockLocation() {
        return dock;
    }

    @Override
    public int getPaletteState() {
        return state;
    }

    @Override
    public int getPaletteWidth() {
        return width;
    }

    @Override
    public void setDockLocation(int location) {
        dock = location;
    }

    @Override
    public void setPaletteState(int newState) {
        state = newState;
    }

    @Override
    public void setPaletteWidth(int newWidth) {
        width = newWidth;
    }
}
