package org.neurocircuit.decode.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Settings declared as attributes (a {@code <parameter>} element of plugin.xml). */
class ParameterDeclarationTest {

    private static ParameterDescriptor declare(Map<String, String> attributes) {
        return ParameterDescriptor.fromAttributes(attributes::get);
    }

    @Test
    void everyTypeReadsWithItsRange() {
        ParameterDescriptor k = declare(Map.of("name", "k", "type", "integer", "default", "10", "min", "1", "max",
                "1000", "unit", "1", "description", "neighbours"));
        assertEquals(ParameterDescriptor.Type.INTEGER, k.type());
        assertEquals("in [1, 1000]", k.range());
        assertEquals(7, k.parse("7", "knn"));
        ParameterDescriptor tau = declare(Map.of("name", "tau", "type", "real", "default", "2.5", "min", "0",
                "minExclusive", "true", "unit", "ms"));
        assertEquals("> 0", tau.range());
        assertEquals("ms", tau.unit());
        ParameterDescriptor w = declare(Map.of("name", "weighting", "type", "choice", "default", "uniform",
                "choices", "uniform, distance"));
        assertEquals(List.of("uniform", "distance"), w.choices());
        assertEquals(true, declare(Map.of("name", "z", "type", "boolean", "default", "true")).parse("TRUE", "x"));
    }

    @Test
    void badDeclarationsNameTheParameterAndTheFix() {
        assertEquals("parameter 'k' has default '0'; it must be in [1, 1000]",
                assertThrows(IllegalArgumentException.class, () -> declare(Map.of("name", "k", "type", "integer",
                        "default", "0", "min", "1", "max", "1000"))).getMessage());
        assertEquals("parameter 'k' has type 'int'; use real, integer, boolean or choice",
                assertThrows(IllegalArgumentException.class,
                        () -> declare(Map.of("name", "k", "type", "int", "default", "1"))).getMessage());
        assertEquals("parameter 'k' has max 'many', not a number", assertThrows(IllegalArgumentException.class,
                () -> declare(Map.of("name", "k", "type", "integer", "default", "1", "max", "many"))).getMessage());
    }
}
