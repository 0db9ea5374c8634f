package org.neurocircuit.engine.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void roundTripsEveryKindOfValue() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "quote \" backslash \\ newline \n tab \t bell \u0007 é \u2028 π");
        m.put("long", Long.MAX_VALUE);
        m.put("neg", -42L);
        m.put("d", 0.1);
        m.put("tiny", 1e-300);
        m.put("whole", 1000.0);
        m.put("t", true);
        m.put("f", false);
        m.put("nothing", null);
        m.put("ints", new int[] {3, -1, 7});
        m.put("list", List.of(Map.of("a", 1L), List.of(), "x"));
        m.put("empty", Map.of());
        String text = JsonWriter.write(m, NonFinite.REJECT);
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) JsonParser.parse(text);
        assertEquals(List.copyOf(m.keySet()), List.copyOf(back.keySet()), "key order is kept");
        assertEquals(m.get("s"), back.get("s"));
        assertEquals(Long.MAX_VALUE, back.get("long"));
        assertEquals(-42L, back.get("neg"));
        assertEquals(0.1, back.get("d"));
        assertEquals(1e-300, back.get("tiny"));
        assertEquals(1000L, back.get("whole"), "integral doubles are written as integers");
        assertEquals(Boolean.TRUE, back.get("t"));
        assertEquals(Boolean.FALSE, back.get("f"));
        assertTrue(back.containsKey("nothing"));
        assertNull(back.get("nothing"));
        assertEquals(List.of(3L, -1L, 7L), back.get("ints"));
        assertEquals(List.of(Map.of("a", 1L), List.of(), "x"), back.get("list"));
        assertEquals(Map.of(), back.get("empty"));
    }

    @Test
    void readsStandardJsonFeatures() {
        assertEquals(List.of(-0.5, 2.5e3, 12L, "A/é"),
                JsonParser.parse(" [ -0.5 , 2.5E+3,12 ,\"\\u0041\\/\\u00e9\"]\r\n"));
        assertEquals(1e20, JsonParser.parse("100000000000000000000"), "too large for a long");
    }

    @Test
    void rejectsWhatIsNotStrictJson() {
        String[] bad = {"", "{", "[1,]", "{\"a\":1,}", "// c\n{}", "{'a':1}", "NaN", "[Infinity]", "01", "1.",
            ".5", "-", "1e", "\"abc", "\"a\nb\"", "\"\\x\"", "\"\\u12\"", "{\"a\":1}{", "{\"a\" 1}", "{a:1}",
            "tru", "[1 2]", "{\"a\":1,\"a\":2}"};
        for (String s : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonParser.parse(s),
                    () -> "accepted " + s);
            assertTrue(e.getMessage().startsWith("line "), e.getMessage());
        }
    }

    @Test
    void errorsSayWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonParser.parse("{\n  \"a\": 1,\n  \"a\": 2\n}"));
        assertEquals("line 3, column 3: duplicate key \"a\"", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> JsonParser.parse("[1, 2] x"));
        assertEquals("line 1, column 8: unexpected content after the JSON value", e.getMessage());
    }

    @Test
    void limitsNesting() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonParser.parse(deep));
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
        JsonParser.parse("[".repeat(30) + "]".repeat(30));
    }

    @Test
    void writerRefusesWhatJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(List.of(Double.NaN), NonFinite.REJECT));
        assertThrows(IllegalArgumentException.class,
                () -> JsonWriter.write(new double[] {1, Double.POSITIVE_INFINITY}, NonFinite.REJECT));
        assertThrows(IllegalArgumentException.class,
                () -> JsonWriter.write(Map.of("x", new Object()), NonFinite.AS_NULL));
    }

    @Test
    void nonFiniteNumbersCanBeWrittenAsNull() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("values", new double[] {1, 0.1, -2.5e-300, Double.NaN});
        m.put("r2", Double.NEGATIVE_INFINITY);
        m.put("longs", new long[] {5_000_000_000L, -1});
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) JsonParser.parse(JsonWriter.write(m, NonFinite.AS_NULL));
        assertEquals(Arrays.asList(1L, 0.1, -2.5e-300, null), back.get("values"));
        assertTrue(back.containsKey("r2"));
        assertNull(back.get("r2"));
        assertEquals(List.of(5_000_000_000L, -1L), back.get("longs"));
    }
}
