package org.neurocircuit.ui.editor.figures;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** Colours of the diagram; device-free SWT colours, which need no disposal. */
public final class Colors {

    public static final Color LINE = new Color(70, 70, 70);
    public static final Color POPULATION = new Color(0xE4, 0xEC, 0xF7);
    public static final Color REGION = new Color(0xF4, 0xF4, 0xF0);
    public static final Color STIMULUS = new Color(0xE8, 0xF4, 0xE4);
    public static final Color RECORDER = new Color(0xF1, 0xE8, 0xF6);
    public static final Color HIGHLIGHT = new Color(0xF0, 0x8C, 0x00);
    public static final Color SELECTED = new Color(0x1F, 0x6F, 0xD0);
    public static final Color EXCITATORY = new Color(0xB0, 0x3A, 0x2E);
    public static final Color INHIBITORY = new Color(0x2E, 0x56, 0xB0);
    public static final Color DEVICE_LINE = new Color(0x60, 0x80, 0x60);
    public static final Color DARK_TEXT = new Color(20, 20, 20);
    public static final Color LIGHT_TEXT = new Color(255, 255, 255);

    private Colors() {
    }

    /** The colour written as "#RRGGBB", or {@code fallback} if {@code hex} is empty or malformed. */
    public static Color parse(String hex, Color fallback) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            return fallback;
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new Color(new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF));
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        double luminance = 0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue();
        return luminance < 140 ? LIGHT_TEXT : DARK_TEXT;
    }
}
