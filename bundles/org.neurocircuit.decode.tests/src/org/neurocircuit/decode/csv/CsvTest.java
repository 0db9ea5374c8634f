package org.neurocircuit.decode.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.decode.features.TargetSeries;
import org.neurocircuit.decode.features.TargetSeries.Interpolation;
import org.neurocircuit.decode.fixtures.TempFolders;

/** The documented CSV layouts, and a clear message for every kind of bad line. */
class CsvTest {

    private Path dir;

    @BeforeEach
    void createFolder() throws IOException {
        dir = TempFolders.create("csv-test");
    }

    @AfterEach
    void deleteFolder() throws IOException {
        TempFolders.delete(dir);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void spikesInAnyOrderWithCommentsAndIds() throws IOException {
        Path f = file("spikes.csv", "\uFEFF# from the rig\nneuron,time_ms\n\n7, 12.5\n3,2.0\n7,1.25\n# end\n");
        SpikeCsv.Spikes s = SpikeCsv.read(f);
        assertArrayEquals(new int[] {3, 7}, s.ids());
        assertArrayEquals(new double[] {1.25, 2.0, 12.5}, s.trains().timesMs());
        assertArrayEquals(new int[] {1, 0, 1}, s.trains().neurons()); // columns of ids 7, 3, 7
        assertEquals(2, s.trains().neuronCount());
    }

    @Test
    void targetSamples() throws IOException {
        TargetSeries t = TargetCsv.read(file("target.csv", "time_ms,value\n0,1\n10,3.5\n"), "speed", "cm/s",
                Interpolation.LINEAR);
        assertArrayEquals(new double[] {0, 10}, t.times());
        assertEquals(2.25, t.valueAt(5), 1e-15);
    }

    @Test
    void badLinesNameTheFileLineAndColumn() throws IOException {
        assertEquals("spikes.csv line 3, column 2 (time_ms): 'abc' is not a number",
                spikesError("neuron,time_ms\n1,2\n1,abc\n"));
        assertEquals("spikes.csv line 2, column 1 (neuron): '1.5' is not a whole number",
                spikesError("neuron,time_ms\n1.5,2\n"));
        assertEquals("spikes.csv line 2, column 1 (neuron): neuron id -3 is outside [0, 2147483647]",
                spikesError("neuron,time_ms\n-3,2\n"));
        assertEquals("spikes.csv line 4: 3 fields, expected 2 (neuron,time_ms)",
                spikesError("neuron,time_ms\n1,2\n\n1,2,3\n"));
        assertEquals("spikes.csv line 1: expected the header 'neuron,time_ms', found 'time_ms,neuron'",
                spikesError("time_ms,neuron\n1,2\n"));
        assertEquals("spikes.csv line 2, column 2 (time_ms): 'NaN' is not a finite number",
                spikesError("neuron,time_ms\n1,NaN\n"));
        assertEquals("spikes.csv line 1: the file is empty; expected the header 'neuron,time_ms' and data lines",
                spikesError(""));
        assertEquals("target.csv line 4, column 1 (time_ms): time 10 ms is not after 10.0 ms on line 3; times must"
                + " increase strictly", targetError("time_ms,value\n0,1\n10,2\n10,3\n"));
        assertEquals("target.csv line 1: the file holds a header but no samples", targetError("time_ms,value\n"));
    }

    private String spikesError(String text) throws IOException {
        Path f = file("spikes.csv", text);
        return assertThrows(CsvFormatException.class, () -> SpikeCsv.read(f)).getMessage();
    }

    private String targetError(String text) throws IOException {
        Path f = file("target.csv", text);
        return assertThrows(CsvFormatException.class, () -> TargetCsv.read(f, "v", "", Interpolation.STEP))
                .getMessage();
    }
}
