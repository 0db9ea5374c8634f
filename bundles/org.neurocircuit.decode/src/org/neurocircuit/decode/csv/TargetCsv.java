package org.neurocircuit.decode.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.neurocircuit.decode.features.TargetSeries;
import org.neurocircuit.decode.features.TargetSeries.Interpolation;

/**
 * Reads a target recorded elsewhere from a CSV file:
 * <pre>
 * time_ms,value
 * 0,0.0
 * 10,0.25
 * </pre>
 * one sample per line, times in ms strictly increasing; between samples the value is
 * interpolated linearly or held (step), as the caller says.
 */
public final class TargetCsv {

    /** The header line. */
    public static final List<String> HEADER = List.of("time_ms", "value");

    private TargetCsv() {
    }

    /**
     * Reads a target file.
     *
     * @param name the target's name in results
     * @throws CsvFormatException for a line that breaks the layout (file, line, column)
     */
    public static TargetSeries read(Path file, String name, String unit, Interpolation interpolation)
            throws IOException {
        double[][] buf = {new double[1024], new double[1024]};
        int[] n = {0};
        int[] lastLine = {0};
        CsvLines.read(file, HEADER, (time, value, line) -> {
            double t = CsvLines.number(file, time, line, 1, HEADER.get(0));
            double v = CsvLines.number(file, value, line, 2, HEADER.get(1));
            if (n[0] > 0 && !(t > buf[0][n[0] - 1])) {
                throw new CsvFormatException(file, line, 1, HEADER.get(0), "time " + time + " ms is not after "
                        + buf[0][n[0] - 1] + " ms on line " + lastLine[0] + "; times must increase strictly");
            }
            if (n[0] == buf[0].length) {
                buf[0] = Arrays.copyOf(buf[0], 2 * n[0]);
                buf[1] = Arrays.copyOf(buf[1], 2 * n[0]);
            }
            buf[0][n[0]] = t;
            buf[1][n[0]++] = v;
            lastLine[0] = line;
        });
        if (n[0] == 0) {
            throw new CsvFormatException(file, 1, 0, "", "the file holds a header but no samples");
        }
        return new TargetSeries(name, unit, Arrays.copyOf(buf[0], n[0]), Arrays.copyOf(buf[1], n[0]), interpolation);
    }
}
