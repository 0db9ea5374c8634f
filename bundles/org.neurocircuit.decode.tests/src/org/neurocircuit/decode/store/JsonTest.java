package org.neurocircuit.decode.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** JSON round trips, and what JSON cannot hold. */
class JsonTest {

    @Test
    void writtenTextReadsBack() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", "a \"quoted\" name\twith\ncontrol \u0001 characters and ü");
        tree.put("values", new double[] {1, 0.1, -2.5e-300, Double.NaN});
        tree.put("ints", new int[] {3, -4});
        tree.put("nested", List.of(Map.of("k", true), List.of()));
        tree.put("none", null);
        String text = JsonText.write(tree);
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) JsonReader.parse(text);
        assertEquals(tree.get("name"), back.get("name"));
        assertEquals(Arrays.asList(1.0, 0.1, -2.5e-300, null), back.get("values"));
        assertEquals(List.of(3.0, -4.0), back.get("ints"));
        assertEquals(List.of(Map.of("k", true), List.of()), back.get("nested"));
        assertEquals(null, back.get("none"));
        assertEquals(List.of("name", "values", "ints", "nested", "none"), List.copyOf(back.keySet()));
    }

    @Test
    void invalidTextIsRefusedWithItsOffset() {
        assertEquals("invalid JSON at offset 6: a value expected",
                assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{\"a\": ")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("[1, 2] x"));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("[01]"));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{'a': 1}"));
    }
}
