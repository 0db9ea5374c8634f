package org.neurocircuit.decode.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a two-column CSV file with a required header line, line by line. Blank lines and lines
 * starting with '#' are skipped; fields are trimmed; a UTF-8 byte-order mark is ignored.
 */
final class CsvLines implements AutoCloseable {

    /** Receives the fields of each data line. */
    interface Row {
        void accept(String first, String second, int line);
    }

    private final Path file;
    private final List<String> header;
    private final BufferedReader in;
    private int line;

    private CsvLines(Path file, List<String> header) throws IOException {
        this.file = file;
        this.header = header;
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** Reads every data line of {@code file}, whose first line must be the given header. */
    static void read(Path file, List<String> header, Row row) throws IOException {
        try (CsvLines lines = new CsvLines(file, header)) {
            lines.run(row);
        }
    }

    private void run(Row row) throws IOException {
        boolean seenHeader = false;
        String text;
        while ((text = in.readLine()) != null) {
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String t = text.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int comma = t.indexOf(',');
            if (comma < 0 || t.indexOf(',', comma + 1) >= 0) {
                int fields = t.split(",", -1).length;
                throw new CsvFormatException(file, line, 0, "", fields + " field" + (fields == 1 ? "" : "s")
                        + ", expected 2 (" + String.join(",", header) + ")");
            }
            String a = t.substring(0, comma).strip();
            String b = t.substring(comma + 1).strip();
            if (!seenHeader) {
                if (!a.equalsIgnoreCase(header.get(0)) || !b.equalsIgnoreCase(header.get(1))) {
                    throw new CsvFormatException(file, line, 0, "", "expected the header '" + String.join(",", header)
                            + "', found '" + t + "'");
                }
                seenHeader = true;
                continue;
            }
            row.accept(a, b, line);
        }
        if (!seenHeader) {
            throw new CsvFormatException(file, Math.max(1, line), 0, "", "the file is empty; expected the header '"
                    + String.join(",", header) + "' and data lines");
        }
    }

    /** The number in field {@code column} (1 or 2), or a clear error. */
    static double number(Path file, String text, int line, int column, String name) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new CsvFormatException(file, line, column, name, "'" + text + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new CsvFormatException(file, line, column, name, "'" + text + "' is not a finite number");
        }
        return v;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
