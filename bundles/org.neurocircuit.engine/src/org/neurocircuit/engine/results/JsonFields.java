package org.neurocircuit.engine.results;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed access to a value parsed by {@link org.neurocircuit.engine.json.JsonParser}, knowing its path in the document
 * ({@code channels[2].kind}) so that every error names the field at fault.
 *
 * @param path the value's path, "" for the root
 * @param value the parsed value
 */
record JsonFields(String path, Object value) {

    Map<?, ?> map() {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException("field '" + path + "' must be an object");
    }

    private Object get(String key) {
        Map<?, ?> m = map();
        if (!m.containsKey(key)) {
            throw new IllegalArgumentException("field '" + sub(key) + "' is missing");
        }
        return m.get(key);
    }

    private String sub(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    IllegalArgumentException bad(String key, String why) {
        return new IllegalArgumentException("field '" + sub(key) + "': " + why);
    }

    private IllegalArgumentException mustBe(String key, String what) {
        return new IllegalArgumentException("field '" + sub(key) + "' must be " + what);
    }

    JsonFields object(String key) {
        JsonFields f = new JsonFields(sub(key), get(key));
        f.map();
        return f;
    }

    List<JsonFields> array(String key) {
        if (!(get(key) instanceof List<?> l)) {
            throw mustBe(key, "an array");
        }
        List<JsonFields> r = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            r.add(new JsonFields(sub(key) + "[" + i + "]", l.get(i)));
        }
        return r;
    }

    String string(String key) {
        if (get(key) instanceof String s) {
            return s;
        }
        throw mustBe(key, "a string");
    }

    String optString(String key) {
        Object v = map().get(key);
        return v == null ? null : string(key);
    }

    String asString() {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("field '" + path + "' must be a string");
    }

    double number(String key) {
        if (get(key) instanceof Number n) {
            return n.doubleValue();
        }
        throw mustBe(key, "a number");
    }

    double optNumber(String key) {
        return map().get(key) == null ? Double.NaN : number(key);
    }

    long integer(String key) {
        if (get(key) instanceof Long n) {
            return n;
        }
        throw mustBe(key, "an integer");
    }

    /** A non-negative integer that fits an int. */
    long natural(String key) {
        long v = int32(key);
        if (v < 0) {
            throw bad(key, "must not be negative");
        }
        return v;
    }

    int int32(String key) {
        long v = integer(key);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw bad(key, "out of range");
        }
        return (int) v;
    }

    long optInteger(String key) {
        return map().get(key) == null ? -1 : integer(key);
    }

    long asInteger() {
        if (value instanceof Long n) {
            return n;
        }
        throw new IllegalArgumentException("field '" + path + "' must be an integer");
    }

    Instant instant(String key) {
        try {
            return Instant.parse(string(key));
        } catch (DateTimeParseException e) {
            throw bad(key, "not an ISO-8601 instant");
        }
    }

    Instant optInstant(String key) {
        return map().get(key) == null ? null : instant(key);
    }
}
