package org.neurocircuit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** bench --quick runs COBA and CUBA from the examples and prints one row of figures, with units, for each. */
class BenchCommandTest {

    @Test
    void quickBenchPrintsFiguresForCobaAndCuba() {
        Cli.Result r = Cli.run("bench", "--quick", "--duration", "100");
        assertEquals(0, r.code(), r::toString);
        for (String header : new String[] {"synapses", "build (s)", "wall (s)", "RTF", "events/s", "B/synapse",
                "peak heap (MB)"}) {
            assertTrue(r.out().contains(header), () -> header + " in " + r);
        }
        for (String circuit : new String[] {"COBA", "CUBA"}) {
            String row = r.out().lines().filter(l -> l.strip().startsWith(circuit + " ")).findFirst().orElseThrow();
            String[] cells = row.strip().split("\\s+");
            assertEquals("4,000", cells[1], row);
            assertEquals("100", cells[3], () -> "simulated ms: " + row);
            assertTrue(Double.parseDouble(cells[8]) > 0, () -> "events/s: " + row);
        }
    }
}
