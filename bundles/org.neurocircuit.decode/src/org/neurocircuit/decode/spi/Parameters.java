package org.neurocircuit.decode.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checked settings of one decoder: every declared parameter with its given or default
 * value, typed. A provider's {@code create} starts with {@link #parse}, so that every decoder
 * rejects bad settings the same way.
 */
public final class Parameters {

    private final String decoderId;
    private final Map<String, Object> values;
    private final Map<String, String> text;

    private Parameters(String decoderId, Map<String, Object> values, Map<String, String> text) {
        this.decoderId = decoderId;
        this.values = values;
        this.text = text;
    }

    /**
     * Checks {@code given} against {@code declared}: unknown keys, malformed values and values out
     * of range are rejected; missing keys take their defaults.
     *
     * @throws DecoderParameterException naming the first offending parameter and what is allowed
     */
    public static Parameters parse(String decoderId, List<ParameterDescriptor> declared, Map<String, String> given) {
        Map<String, ParameterDescriptor> byName = new LinkedHashMap<>();
        declared.forEach(d -> byName.put(d.name(), d));
        for (String key : given.keySet()) {
            if (!byName.containsKey(key)) {
                throw new DecoderParameterException(decoderId, key, "is unknown; the parameters are "
                        + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet())));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        for (ParameterDescriptor d : declared) {
            String t = given.getOrDefault(d.name(), d.defaultValue());
            Object v = d.parse(t, decoderId);
            values.put(d.name(), v);
            text.put(d.name(), String.valueOf(v));
        }
        return new Parameters(decoderId, values, Collections.unmodifiableMap(text));
    }

    /** The decoder these settings are for. */
    public String decoderId() {
        return decoderId;
    }

    public double real(String name) {
        return ((Number) get(name)).doubleValue();
    }

    public int integer(String name) {
        return (Integer) get(name);
    }

    public boolean flag(String name) {
        return (Boolean) get(name);
    }

    public String choice(String name) {
        return (String) get(name);
    }

    /** Every parameter, defaults included, as normalised text in declaration order (for provenance). */
    public Map<String, String> asText() {
        return text;
    }

    private Object get(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("decoder '" + decoderId + "' declares no parameter '" + name + "'");
        }
        return v;
    }

    @Override
    public String toString() {
        return text.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
