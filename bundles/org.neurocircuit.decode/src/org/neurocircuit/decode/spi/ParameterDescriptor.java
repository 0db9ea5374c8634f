package org.neurocircuit.decode.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One setting of a decoder: its name, type, default, allowed range and meaning. Values travel as
 * text (the model stores them so); {@link #parse} turns one into a typed value or rejects it with
 * a message naming the parameter and its range.
 *
 * @param name the key, an identifier ({@code lambda}, {@code maxIterations})
 * @param type the value's type
 * @param defaultValue the value used when none is given, as text; it is in range
 * @param min smallest allowed value (numbers); {@code -Infinity} for none
 * @param max largest allowed value (numbers); {@code Infinity} for none
 * @param minExclusive whether {@code min} itself is excluded ({@code lambda > 0})
 * @param choices the allowed words ({@link Type#CHOICE}); empty otherwise
 * @param unit the unit shown beside the value ("ms", "Hz", "1" for counts, "" for none)
 * @param description one sentence for tooltips and the CLI's help
 */
public record ParameterDescriptor(String name, Type type, String defaultValue, double min, double max,
        boolean minExclusive, List<String> choices, String unit, String description) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    /** The type of a value. */
    public enum Type {
        /** A finite real number. */
        REAL,
        /** A whole number. */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One of {@link ParameterDescriptor#choices()}. */
        CHOICE
    }

    public ParameterDescriptor {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a parameter name must be an identifier, was " + name);
        }
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        if (type == Type.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice parameter '" + name + "' lists no choices");
        }
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    /**
     * Checks that the default is a valid value: a default outside its own range would make every
     * decoder creation fail. Called by the factories (a record's compact constructor cannot call
     * instance methods before its fields are set).
     */
    private ParameterDescriptor checked() {
        parse(defaultValue, "(descriptor of '" + name + "')");
        return this;
    }

    /** A real number in {@code [min, max]}. */
    public static ParameterDescriptor real(String name, double defaultValue, double min, double max, String unit,
            String description) {
        return new ParameterDescriptor(name, Type.REAL, Double.toString(defaultValue), min, max, false, List.of(),
                unit, description).checked();
    }

    /** A real number in {@code (min, max]}. */
    public static ParameterDescriptor positive(String name, double defaultValue, double min, double max,
            String unit, String description) {
        return new ParameterDescriptor(name, Type.REAL, Double.toString(defaultValue), min, max, true, List.of(),
                unit, description).checked();
    }

    /** A whole number in {@code [min, max]}. */
    public static ParameterDescriptor integer(String name, int defaultValue, int min, int max, String unit,
            String description) {
        return new ParameterDescriptor(name, Type.INTEGER, Integer.toString(defaultValue), min, max, false,
                List.of(), unit, description).checked();
    }

    /** {@code true} or {@code false}. */
    public static ParameterDescriptor flag(String name, boolean defaultValue, String description) {
        return new ParameterDescriptor(name, Type.BOOLEAN, Boolean.toString(defaultValue), 0, 1, false, List.of(),
                "", description).checked();
    }

    /** One of a few words. */
    public static ParameterDescriptor choice(String name, String defaultValue, List<String> choices,
            String description) {
        return new ParameterDescriptor(name, Type.CHOICE, defaultValue, 0, 0, false, choices, "", description)
                .checked();
    }

    /**
     * A parameter declared by attributes, as in a {@code <parameter>} element of a decoder's
     * contribution (schema/decoders.exsd): {@code name}, {@code type} (real, integer, boolean,
     * choice), {@code default}, and optionally {@code min}, {@code max}, {@code minExclusive},
     * {@code choices} (comma-separated), {@code unit}, {@code description}.
     *
     * @param attribute an attribute's value, or {@code null} when absent
     * @throws IllegalArgumentException naming the parameter and what is wrong (an unknown type, a
     *                                  bound that is no number, a default outside the range)
     */
    public static ParameterDescriptor fromAttributes(Function<String, String> attribute) {
        String name = attribute.apply("name");
        String typeWord = attribute.apply("type") == null ? "" : attribute.apply("type").strip();
        Type type = switch (typeWord) {
            case "real" -> Type.REAL;
            case "integer" -> Type.INTEGER;
            case "boolean" -> Type.BOOLEAN;
            case "choice" -> Type.CHOICE;
            default -> throw new IllegalArgumentException("parameter '" + name + "' has type '" + typeWord
                    + "'; use real, integer, boolean or choice");
        };
        String choices = attribute.apply("choices");
        List<String> words = choices == null || choices.isBlank() ? List.of()
                : List.of(choices.split(",")).stream().map(String::strip).toList();
        double min = bound(attribute, "min", name, Double.NEGATIVE_INFINITY);
        double max = bound(attribute, "max", name, Double.POSITIVE_INFINITY);
        ParameterDescriptor d = new ParameterDescriptor(name, type, attribute.apply("default") == null ? ""
                : attribute.apply("default").strip(), min, max, Boolean.parseBoolean(attribute.apply("minExclusive")),
                words, attribute.apply("unit"), attribute.apply("description"));
        try {
            return d.checked();
        } catch (DecoderParameterException e) {
            throw new IllegalArgumentException("parameter '" + name + "' has default '" + d.defaultValue()
                    + "'; it must be " + d.range(), e);
        }
    }

    private static double bound(Function<String, String> attribute, String key, String name, double none) {
        String v = attribute.apply(key);
        if (v == null || v.isBlank()) {
            return none;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' has " + key + " '" + v + "', not a number");
        }
    }

    /** What is allowed, in words: "≥ 0", "in [1, 1000]", "> 0", "true or false", "one of a, b". */
    public String range() {
        return switch (type) {
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", choices);
            case REAL, INTEGER -> numericRange();
        };
    }

    private String numericRange() {
        String lo = minExclusive ? "> " : "≥ ";
        if (max == Double.POSITIVE_INFINITY) {
            return min == Double.NEGATIVE_INFINITY ? "any number" : lo + format(min);
        }
        return "in " + (minExclusive ? "(" : "[") + format(min) + ", " + format(max) + "]";
    }

    private String format(double v) {
        return type == Type.INTEGER || v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : Double.toString(v);
    }

    /**
     * The typed value of {@code text}: {@link Double}, {@link Integer}, {@link Boolean} or the
     * choice as a {@link String}.
     *
     * @throws DecoderParameterException naming the decoder, this parameter and its range
     */
    public Object parse(String text, String decoderId) {
        String t = text == null ? "" : text.strip();
        switch (type) {
            case BOOLEAN -> {
                if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                    return Boolean.valueOf(t.toLowerCase(Locale.ROOT));
                }
                throw reject(decoderId, t);
            }
            case CHOICE -> {
                if (choices.contains(t)) {
                    return t;
                }
                throw reject(decoderId, t);
            }
            case INTEGER -> {
                int v;
                try {
                    v = Integer.parseInt(t);
                } catch (NumberFormatException e) {
                    throw new DecoderParameterException(decoderId, name, "must be a whole number " + range()
                            + ", was '" + t + "'");
                }
                checkRange(v, decoderId, t);
                return v;
            }
            default -> {
                double v;
                try {
                    v = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new DecoderParameterException(decoderId, name, "must be a number " + range()
                            + ", was '" + t + "'");
                }
                if (!Double.isFinite(v)) {
                    throw new DecoderParameterException(decoderId, name, "must be a finite number " + range()
                            + ", was '" + t + "'");
                }
                checkRange(v, decoderId, t);
                return v;
            }
        }
    }

    private void checkRange(double v, String decoderId, String text) {
        boolean low = minExclusive ? !(v > min) : !(v >= min);
        if (low || v > max) {
            throw reject(decoderId, text);
        }
    }

    private DecoderParameterException reject(String decoderId, String text) {
        return new DecoderParameterException(decoderId, name, "must be " + range() + ", was '" + text + "'");
    }
}
