package org.neurocircuit.ui.editor.properties;

import java.util.Set;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Reads typed text of a numeric or string property and says why it is refused: not a number, not
 * finite, or negative where the quantity cannot be (durations, capacitances, conductances, rates,
 * distances and counts).
 */
public final class PropertyInput {

    private static final Set<String> NON_NEGATIVE_UNITS = Set.of("ms", "pF", "nS", "Hz", "\u00b5m");

    private PropertyInput() {
    }

    /** Whether text can edit values of {@code type}. */
    public static boolean isText(EDataType type) {
        return isNumber(type) || type.getInstanceClass() == String.class;
    }

    /** Why {@code text} is not a valid value of property {@code name} (type, unit), or null if it is. */
    public static String problem(String name, EDataType type, String unit, String text) {
        if (!isNumber(type)) {
            return null;
        }
        String trimmed = text == null ? "" : text.strip();
        String in = unit == null || unit.isEmpty() ? "" : " in " + unit;
        if (trimmed.isEmpty()) {
            return isNullable(type) ? null : name + " needs a value: type a number" + in;
        }
        double value;
        try {
            value = isInteger(type) ? Long.parseLong(trimmed) : Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            return "'" + trimmed + "' is not " + (isInteger(type) ? "a whole number" : "a number") + " for " + name
                    + ": type a number" + in + ", e.g. " + (isInteger(type) ? "100" : "10.5");
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "'" + trimmed + "' is not a finite number for " + name + ": type a number" + in;
        }
        if (value < 0 && (isInteger(type) || NON_NEGATIVE_UNITS.contains(unit))) {
            return name + " cannot be negative (" + trimmed + "): type a value \u2265 0" + in;
        }
        if (type == EcorePackage.Literals.EINT || type == EcorePackage.Literals.EINTEGER_OBJECT) {
            if (value > Integer.MAX_VALUE) {
                return "'" + trimmed + "' is too large for " + name + ": type at most " + Integer.MAX_VALUE;
            }
        }
        return null;
    }

    /** The value of {@code text} as an instance of {@code type}; call only when {@link #problem} is null. */
    public static Object parse(EDataType type, String text) {
        String trimmed = text.strip();
        if (!isNumber(type)) {
            return text;
        }
        if (trimmed.isEmpty()) {
            return null;
        }
        Class<?> c = type.getInstanceClass();
        if (c == int.class || c == Integer.class) {
            return Integer.valueOf(trimmed);
        }
        if (c == long.class || c == Long.class) {
            return Long.valueOf(trimmed);
        }
        return Double.valueOf(trimmed);
    }

    private static boolean isNumber(EDataType type) {
        Class<?> c = type.getInstanceClass();
        return c == double.class || c == Double.class || isInteger(type);
    }

    private static boolean isInteger(EDataType type) {
        Class<?> c = type.getInstanceClass();
        return c == int.class || c == Integer.class || c == long.class || c == Long.class;
    }

    private static boolean isNullable(EDataType type) {
        return !type.getInstanceClass().isPrimitive();
    }
}
