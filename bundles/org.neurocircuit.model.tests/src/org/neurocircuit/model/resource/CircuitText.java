package org.neurocircuit.model.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.tests.TestCircuits;

/** The XMI text of test circuits, for tests that edit files as text. */
final class CircuitText {

  /** The start of a circuit file up to the root's namespaces, for hand-written documents. */
  static final String ROOT = "<nc:Circuit xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:nc=\""
      + ModelPackage.eNS_URI + "\"";

  private CircuitText() {
  }

  /** {@link TestCircuits#full()} as saved. */
  static String full() {
    return of(TestCircuits.full());
  }

  static String of(Circuit circuit) {
    CircuitResource resource = new CircuitResource(URI.createURI("memory.circuit"));
    resource.getContents().add(EcoreUtil.copy(circuit));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      resource.save(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Inserts {@code doctype} right after the XML declaration. */
  static String withDoctype(String xml, String doctype) {
    int end = xml.indexOf("?>") + 2;
    return xml.substring(0, end) + "\n" + doctype + xml.substring(end);
  }
}
