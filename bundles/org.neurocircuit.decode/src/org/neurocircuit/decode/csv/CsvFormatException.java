package org.neurocircuit.decode.csv;

import java.nio.file.Path;

import org.neurocircuit.decode.spi.DecodingException;

/**
 * A CSV input file does not follow its documented layout. The message names the file, the line
 * (from 1) and, when one column is at fault, the column (from 1) and its name, e.g.
 * {@code spikes.csv line 12, column 2 (time_ms): 'abc' is not a number}.
 */
public final class CsvFormatException extends DecodingException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public CsvFormatException(Path file, int line, int column, String columnName, String problem) {
        super(file.getFileName() + " line " + line + (column > 0 ? ", column " + column + " (" + columnName + ")" : "")
                + ": " + problem);
        this.line = line;
        this.column = column;
    }

    /** The line at fault, from 1. */
    public int line() {
        return line;
    }

    /** The column at fault, from 1; 0 when the line as a whole is. */
    public int column() {
        return column;
    }
}
