package org.neurocircuit.model.resource;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.neurocircuit.model.ModelPackage;
import org.xml.sax.SAXParseException;

/**
 * Turns what EMF and the XML parser report into {@link LoadProblem}s that say what is wrong in the
 * words of the file format, with line and column where the parser knows them. Text from the file
 * (names, values) is quoted shortened and without control characters.
 */
final class LoadProblems {

  private static final int MAX_QUOTE = 80;

  private LoadProblems() {
  }

  /** A problem recorded by EMF in {@link Resource#getErrors()} or {@link Resource#getWarnings()}. */
  static LoadProblem of(Resource.Diagnostic diagnostic, int severity, String file) {
    Throwable cause = diagnostic instanceof Throwable t ? t : null;
    SAXParseException sax = find(cause, SAXParseException.class);
    if (sax != null) {
      return new LoadProblem(severity, file, sax.getLineNumber(), sax.getColumnNumber(), xml(sax));
    }
    return new LoadProblem(severity, file, Math.max(0, diagnostic.getLine()), Math.max(0, diagnostic.getColumn()),
        message(diagnostic));
  }

  /** A failure that EMF did not record (the file cannot be opened, an unexpected exception). */
  static LoadProblem of(Throwable failure, String file) {
    SAXParseException sax = find(failure, SAXParseException.class);
    if (sax != null) {
      return new LoadProblem(Diagnostic.ERROR, file, sax.getLineNumber(), sax.getColumnNumber(), xml(sax));
    }
    Throwable root = failure;
    for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
      root = root.getCause();
    }
    return new LoadProblem(Diagnostic.ERROR, file, 0, 0, "cannot be read: " + root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + quote(root.getMessage(), 200, false)));
  }

  private static String message(Resource.Diagnostic diagnostic) {
    if (diagnostic instanceof FeatureNotFoundException e) {
      return "unknown attribute or element " + quote(e.getName()) + (e.getObject() == null ? "" : " in "
          + e.getObject().eClass().getName()) + ": it is not part of the .circuit format (a misspelling, or a file "
          + "written by a newer version); remove it or correct its name";
    } else if (diagnostic instanceof ClassNotFoundException e) {
      return "unknown type " + quote(e.getName()) + ": not a class of the circuit model; correct the xsi:type";
    } else if (diagnostic instanceof PackageNotFoundException e) {
      return "unknown namespace " + quote(e.uri()) + ": .circuit files use " + ModelPackage.eNS_URI;
    } else if (diagnostic instanceof IllegalValueException e) {
      return "value " + quote(String.valueOf(e.getValue())) + " is not valid for " + feature(e.getFeature(), e.getObject())
          + ": expected " + expected(e.getFeature());
    } else if (diagnostic instanceof UnresolvedReferenceException e) {
      return "reference " + quote(e.getReference()) + (e.getFeature() == null ? "" : " (" + feature(e.getFeature(),
          e.getObject()) + ")") + " names no element of this file; correct the name or remove the reference";
    }
    if (diagnostic instanceof XMIException x && x.getWrappedException() instanceof IOException io) {
      return (io instanceof CharConversionException ? "not valid UTF-8 text: " : "cannot be read: ")
          + quote(String.valueOf(io.getMessage()), 300, false);
    }
    String text = diagnostic.getMessage() == null ? "unknown problem" : diagnostic.getMessage();
    // EMF appends " (location, line, column)"; the LoadProblem says where already.
    return quote(text.replaceFirst("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$", ""), 300, false);
  }

  private static String xml(SAXParseException sax) {
    String message = sax.getMessage() == null ? "" : sax.getMessage();
    if (message.contains("DOCTYPE")) {
      return "DOCTYPE declarations are not allowed in .circuit files (they can define entities that read other files "
          + "or expand without bound); remove the DOCTYPE";
    }
    return "not well-formed XML: " + quote(message, 300, false);
  }

  private static String feature(EStructuralFeature feature, EObject object) {
    return feature == null ? "this attribute" : "'" + feature.getName() + "'" + (object == null ? ""
        : " of " + object.eClass().getName());
  }

  private static String expected(EStructuralFeature feature) {
    if (feature == null || !(feature.getEType() instanceof EDataType type)) {
      return "a reference";
    }
    if (type instanceof EEnum eEnum) {
      return "one of " + eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).collect(Collectors.joining(", "));
    }
    Class<?> instance = type.getInstanceClass();
    if (instance == int.class || instance == Integer.class) {
      return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    } else if (instance == long.class || instance == Long.class) {
      return "a whole number";
    } else if (instance == double.class || instance == Double.class) {
      return "a number such as 0.1 or -70";
    } else if (instance == boolean.class || instance == Boolean.class) {
      return "true or false";
    }
    return "a " + type.getName();
  }

  /** "'text'", shortened to {@value #MAX_QUOTE} characters, control characters replaced. */
  static String quote(String text) {
    return quote(text, MAX_QUOTE, true);
  }

  private static String quote(String text, int max, boolean quotes) {
    StringBuilder out = new StringBuilder();
    String safe = text == null ? "" : text;
    safe.codePoints().limit(max + 1L).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    String shortened = out.length() > max ? out.substring(0, max) + "\u2026" : out.toString();
    return quotes ? "'" + shortened + "'" : shortened;
  }

  private static <T extends Throwable> T find(Throwable throwable, Class<T> type) {
    Throwable t = throwable;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t instanceof XMIException x && type.isInstance(x.getWrappedException())) {
        return type.cast(x.getWrappedException());
      }
    }
    return null;
  }
}
