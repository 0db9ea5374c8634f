package org.neurocircuit.engine.json;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of {@link Map} (string keys, in iteration order), {@link List}, {@link String},
 * {@link Number}, {@link Boolean}, {@code int[]}, {@code long[]}, {@code double[]} and
 * {@code null} as JSON. Objects are indented for people reading the files; arrays of numbers stay
 * on one line so a channel's neuron list does not take thousands of lines. JSON has no NaN or
 * infinity: the caller says what happens to them ({@link NonFinite}).
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder(1024);
    private final NonFinite nonFinite;

    private JsonWriter(NonFinite nonFinite) {
        this.nonFinite = nonFinite;
    }

    /**
     * The JSON text of a tree, ending with a newline.
     *
     * @throws IllegalArgumentException for a value JSON cannot hold (an unknown type; a NaN or
     *                                  infinity under {@link NonFinite#REJECT})
     */
    public static String write(Object tree, NonFinite nonFinite) {
        JsonWriter w = new JsonWriter(nonFinite);
        w.value(tree, 0);
        return w.out.append('\n').toString();
    }

    private void value(Object v, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (v instanceof Double || v instanceof Float) {
            number(((Number) v).doubleValue());
        } else if (v instanceof Number n) {
            out.append(n.longValue());
        } else if (v instanceof int[] a) {
            out.append('[');
            for (int i = 0; i < a.length; i++) {
                out.append(i == 0 ? "" : ",").append(a[i]);
            }
            out.append(']');
        } else if (v instanceof long[] a) {
            out.append('[');
            for (int i = 0; i < a.length; i++) {
                out.append(i == 0 ? "" : ",").append(a[i]);
            }
            out.append(']');
        } else if (v instanceof double[] a) {
            out.append('[');
            for (int i = 0; i < a.length; i++) {
                out.append(i == 0 ? "" : ", ");
                number(a[i]);
            }
            out.append(']');
        } else if (v instanceof Map<?, ?> m) {
            object(m, depth);
        } else if (v instanceof List<?> l) {
            array(l, depth);
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as JSON");
        }
    }

    private void number(double d) {
        if (!Double.isFinite(d)) {
            if (nonFinite == NonFinite.REJECT) {
                throw new IllegalArgumentException("JSON has no " + d + "; write null instead");
            }
            out.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d); // integral doubles as integers keep files tidy; -0.0 becomes 0
        } else {
            out.append(Double.toString(d)); // round-trips exactly
        }
    }

    private void object(Map<?, ?> m, int depth) {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(depth + 1);
            string((String) e.getKey());
            out.append(": ");
            value(e.getValue(), depth + 1);
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    private void array(List<?> l, int depth) {
        boolean flat = l.stream().allMatch(x -> x == null || x instanceof Number
                || x instanceof Boolean || x instanceof String);
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
            out.append(i == 0 ? "" : ",");
            if (!flat) {
                out.append('\n');
                indent(depth + 1);
            } else if (i > 0) {
                out.append(' ');
            }
            value(l.get(i), depth + 1);
        }
        if (!flat && !l.isEmpty()) {
            out.append('\n');
            indent(depth);
        }
        out.append(']');
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }
}
