package org.neurocircuit.ui.views;

import org.eclipse.swt.graphics.RGB;

/**
 * Population colours: the circuit's own colour when it gives one, else a fixed palette by
 * population index, so a population has the same colour in every view. Unhighlighted
 * populations are dimmed towards the background when a selection exists.
 */
public final class Colors {

    private static final RGB[] PALETTE = {new RGB(200, 80, 75), new RGB(75, 110, 200), new RGB(70, 160, 90),
        new RGB(220, 150, 40), new RGB(140, 90, 180), new RGB(60, 170, 180), new RGB(150, 110, 70),
        new RGB(210, 100, 170)};

    private Colors() {
    }

    /** The colour of population {@code index} of a run. */
    public static RGB population(RunData run, int index) {
        String name = run.populations().get(index).name();
        RGB own = parse(run.colorOf(name));
        return own != null ? own : PALETTE[index % PALETTE.length];
    }

    /** A colour mixed towards white: {@code keep} 1 keeps it, 0 gives white. */
    public static RGB dim(RGB c, double keep) {
        return new RGB(mix(c.red, keep), mix(c.green, keep), mix(c.blue, keep));
    }

    private static int mix(int v, double keep) {
        return (int) Math.round(255 - (255 - v) * keep);
    }

    /** Parses "#RRGGBB"; null when absent or malformed. */
    static RGB parse(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return null;
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new RGB((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }
}
