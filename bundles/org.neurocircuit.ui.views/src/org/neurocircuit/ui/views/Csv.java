package org.neurocircuit.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table of what a view shows, as CSV (RFC 4180: comma separated, quoted where needed, numbers
 * with a '.' whatever the locale). Column names carry their unit, e.g. {@code "time (ms)"}.
 */
public final class Csv {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Csv(String... header) {
        this.header = List.of(header);
    }

    /** Appends a row; numbers are written in full precision, NaN as an empty cell. */
    public Csv row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object c : cells) {
            row.add(format(c));
        }
        rows.add(row);
        return this;
    }

    public List<String> header() {
        return header;
    }

    public int rows() {
        return rows.size();
    }

    /** The cell of a row and column as written. */
    public String cell(int row, int column) {
        return rows.get(row).get(column);
    }

    private static String format(Object c) {
        if (c == null) {
            return "";
        }
        if (c instanceof Double d) {
            return d.isNaN() ? "" : String.format(Locale.ROOT, "%s", d);
        }
        if (c instanceof Float f) {
            return f.isNaN() ? "" : Float.toString(f);
        }
        return c.toString();
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", header.stream().map(Csv::quote).toList())).append("\r\n");
        for (List<String> r : rows) {
            b.append(String.join(",", r.stream().map(Csv::quote).toList())).append("\r\n");
        }
        return b.toString();
    }
}
