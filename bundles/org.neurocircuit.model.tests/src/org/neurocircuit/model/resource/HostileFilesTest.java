package org.neurocircuit.model.resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neurocircuit.model.Circuit;

/**
 * Hostile files: external entities (local file and URL), external DTDs, parameter entities, entity
 * expansion, foreign namespaces, schema locations, proxies. None may read the marker file or connect
 * to the local {@link TrapServer}; each ends in a diagnostic. Timeouts only guard against hangs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileFilesTest {

  private static final String MARKER = "NC-XXE-MARKER-5f1c";

  @TempDir
  Path dir;

  private TrapServer server;
  private Path secret;

  @BeforeEach
  void setUp() throws IOException {
    server = new TrapServer();
    secret = Files.writeString(dir.resolve("secret.txt"), MARKER);
  }

  @AfterEach
  void tearDown() throws IOException {
    server.close();
  }

  private LoadResult load(String text) throws IOException {
    return CircuitFiles.load(Files.writeString(dir.resolve("hostile.circuit"), text, StandardCharsets.UTF_8));
  }

  /** Not loaded, a problem containing {@code text}, no marker anywhere, no connection. */
  private void assertRefused(LoadResult result, String text) {
    assertFalse(result.loaded(), () -> "loaded: " + result.problems());
    assertTrue(result.problems().stream().anyMatch(p -> p.message().contains(text)), () -> result.problems().toString());
    assertFalse(result.problems().toString().contains(MARKER), "the marker leaked into a message");
    assertFalse(server.connected(), "loading connected to the network");
  }

  private static String circuit(String nameAttribute) {
    return "<?xml version=\"1.0\"?>\n" + CircuitText.ROOT + " name=\"" + nameAttribute + "\"/>\n";
  }

  @Test
  void theTrapNoticesAConnection() throws IOException, InterruptedException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      for (int i = 0; i < 100 && !server.connected(); i++) {
        Thread.sleep(50);
      }
      assertTrue(server.connected(), "the trap must notice connections, or the other tests prove nothing");
    }
  }

  @Test
  void externalEntityOfALocalFileIsNotResolved() throws IOException {
    String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE nc:Circuit [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + CircuitText.ROOT + " name=\"x\">\n<description>&xxe;</description>\n</nc:Circuit>\n";
    assertRefused(load(text), "DOCTYPE declarations are not allowed");
  }

  @Test
  void externalEntityOfAUrlIsNotFetched() throws IOException {
    String text = CircuitText.withDoctype(CircuitText.full(), "<!DOCTYPE nc:Circuit [<!ENTITY xxe SYSTEM \""
        + server.url("xxe") + "\">]>").replace("<times>10.0</times>", "<times>&xxe;</times>");
    assertRefused(load(text), "DOCTYPE declarations are not allowed");
  }

  @Test
  void externalDtdAndParameterEntitiesAreNotFetched() throws IOException {
    assertRefused(load(CircuitText.withDoctype(circuit("x"), "<!DOCTYPE nc:Circuit SYSTEM \"" + server.url("x.dtd")
        + "\">")), "DOCTYPE");
    assertRefused(load(CircuitText.withDoctype(circuit("x"), "<!DOCTYPE nc:Circuit [<!ENTITY % p SYSTEM \""
        + server.url("p.dtd") + "\"> %p;]>")), "DOCTYPE");
  }

  @Test
  void billionLaughsEndsInADiagnostic() throws IOException {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE nc:Circuit [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    assertRefused(load(CircuitText.withDoctype(circuit("&lol9;"), doctype.append("]>").toString())), "DOCTYPE");
  }

  @Test
  void unknownNamespacesAreNotFetchedAsPackages() throws IOException {
    String text = "<?xml version=\"1.0\"?>\n<ev:Payload xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
        + "xmlns:ev=\"" + server.url("evil.ecore") + "\" name=\"x\"/>\n";
    assertRefused(load(text), "unknown namespace");
    String ecore = "<?xml version=\"1.0\"?>\n<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
        + "xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"x\"/>\n";
    assertRefused(load(ecore), "unknown namespace 'http://www.eclipse.org/emf/2002/Ecore'");
  }

  @Test
  void schemaLocationsAreNotFetched() throws IOException {
    String text = "<?xml version=\"1.0\"?>\n<ev:Payload xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ev=\"urn:evil\" xsi:schemaLocation=\"urn:evil "
        + server.url("evil.ecore") + "\" name=\"x\"/>\n";
    assertRefused(load(text), "unknown namespace 'urn:evil'");
  }

  @Test
  void proxiesToOtherFilesAndUrlsAreRefused() throws IOException {
    String containment = CircuitText.full().replace("<rule xsi:type=\"nc:OneToOne\"/>",
        "<rule xsi:type=\"nc:OneToOne\" href=\"" + server.url("rule.circuit") + "#/\"/>");
    assertRefused(load(containment), "outside this file");
    String reference = CircuitText.full().replace("\"//@populations[name='ext']\"",
        "\"" + secret.toUri() + "#//@populations[name='ext']\"");
    assertRefused(load(reference), "outside this file");
  }

  @Test
  void theResourceSetOfALoadedCircuitOpensNothingElse() throws IOException {
    LoadResult result = load(CircuitText.full());
    assertTrue(result.loaded(), () -> result.problems().toString());
    ResourceSet resourceSet = result.circuit().eResource().getResourceSet();
    assertThrows(RuntimeException.class, () -> resourceSet.getResource(URI.createURI(server.url("x.circuit")), true));
    assertThrows(RuntimeException.class, () -> resourceSet.getResource(URI.createFileURI(secret.toString()), true));
    assertFalse(server.connected());
  }

  @Test
  void markerNeverReachesALoadedModel() throws IOException {
    String text = CircuitText.full().replace("name=\"full\"", "name=\"&#78;C\"");
    LoadResult result = load(text);
    assertTrue(result.loaded(), () -> result.problems().toString());
    assertFalse(strings(result.circuit()).contains(MARKER));
  }

  /** All string attribute values of a circuit, joined. */
  static String strings(Circuit circuit) {
    StringBuilder all = new StringBuilder();
    append(circuit, all);
    for (Iterator<EObject> it = circuit.eAllContents(); it.hasNext();) {
      append(it.next(), all);
    }
    return all.toString();
  }

  private static void append(EObject object, StringBuilder all) {
    for (EAttribute attribute : object.eClass().getEAllAttributes()) {
      if (attribute.getEAttributeType().getInstanceClass() == String.class && object.eGet(attribute) != null) {
        all.append(object.eGet(attribute)).append('\n');
      }
    }
  }
}
