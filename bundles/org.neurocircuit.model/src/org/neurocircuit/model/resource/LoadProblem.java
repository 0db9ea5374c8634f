package org.neurocircuit.model.resource;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * One problem found while loading a {@code .circuit} file: what and where.
 *
 * @param severity {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}
 * @param file the file (a path, or the URI when it is not a local file)
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong and, where possible, what to do about it
 */
public record LoadProblem(int severity, String file, int line, int column, String message) {

  /** E.g. "net.circuit:12:5: unknown attribute 'foo' of Population; remove it or correct its name". */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file;
    return where + ": " + message;
  }
}
