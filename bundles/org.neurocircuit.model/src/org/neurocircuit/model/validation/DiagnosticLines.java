package org.neurocircuit.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Formats diagnostics as one line each, for the command line and logs:
 * {@code SEVERITY <element path> (<feature>): <problem>; <fix>}. Only leaves are listed (the
 * "Diagnosis of ..." wrapper is not).
 */
public final class DiagnosticLines {

  private DiagnosticLines() {
  }

  /** The lines of all leaf diagnostics below {@code diagnostic}, in model order; empty when all is well. */
  public static List<String> lines(Diagnostic diagnostic) {
    List<String> lines = new ArrayList<>();
    collect(diagnostic, lines);
    return lines;
  }

  /**
   * One line, e.g. "WARNING Circuit 'net' (dt): dt = 0.5 ms is more than a fifth of ...". The element is
   * named by its path ({@link Subjects#pathLabel}), so the subject at the start of the message is dropped.
   */
  public static String line(Diagnostic diagnostic) {
    List<?> data = diagnostic.getData();
    String message = diagnostic.getMessage() == null ? "" : diagnostic.getMessage();
    if (data.isEmpty() || !(data.get(0) instanceof EObject object)) {
      return severity(diagnostic.getSeverity()) + " " + message;
    }
    String subject = Subjects.describe(object) + ": ";
    String body = message.startsWith(subject) ? message.substring(subject.length()) : message;
    String feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? " (" + f.getName() + ")" : "";
    return severity(diagnostic.getSeverity()) + " " + Subjects.pathLabel(object) + feature + ": " + body;
  }

  /** "ERROR", "WARNING", "INFO", "CANCEL" or "OK". */
  public static String severity(int severity) {
    if (severity >= Diagnostic.CANCEL) {
      return "CANCEL";
    } else if (severity >= Diagnostic.ERROR) {
      return "ERROR";
    } else if (severity >= Diagnostic.WARNING) {
      return "WARNING";
    }
    return severity >= Diagnostic.INFO ? "INFO" : "OK";
  }

  private static void collect(Diagnostic diagnostic, List<String> lines) {
    if (diagnostic.getChildren().isEmpty()) {
      if (diagnostic.getSeverity() != Diagnostic.OK) {
        lines.add(line(diagnostic));
      }
      return;
    }
    for (Diagnostic child : diagnostic.getChildren()) {
      collect(child, lines);
    }
  }
}
