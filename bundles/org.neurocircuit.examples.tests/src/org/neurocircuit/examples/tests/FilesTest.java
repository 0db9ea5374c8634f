package org.neurocircuit.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurocircuit.examples.ExampleFiles;
import org.neurocircuit.examples.ReferenceCircuit;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.resource.CircuitResource;
import org.neurocircuit.model.resource.CircuitResourceFactory;

/** Every reference circuit survives save and load, and its committed file equals what its builder makes. */
class FilesTest {

  static List<String> ids() {
    return Find.ids().toList();
  }

  private static Circuit load(URI uri) {
    Resource resource = CircuitResourceFactory.register(new ResourceSetImpl()).getResource(uri, true);
    assertTrue(resource instanceof CircuitResource);
    assertTrue(resource.getErrors().isEmpty(), () -> uri + ": " + resource.getErrors());
    assertEquals(1, resource.getContents().size());
    Circuit circuit = (Circuit) resource.getContents().get(0);
    assertEquals(0, EcoreUtil.UnresolvedProxyCrossReferencer.find(circuit).size(), "unresolved references");
    return circuit;
  }

  @ParameterizedTest
  @MethodSource("ids")
  void saveAndLoadGiveAnEqualCircuit(String id) throws IOException {
    ReferenceCircuit entry = Find.entry(id);
    Path dir = Files.createTempDirectory("nc-examples");
    Path file = ExampleFiles.write(entry.create(), dir.resolve(entry.fileName()));
    try {
      Circuit loaded = load(URI.createFileURI(file.toString()));
      assertTrue(EcoreUtil.equals(entry.create(), loaded), id + ": the loaded circuit differs from the saved one");
    } finally {
      Files.delete(file);
      Files.delete(dir);
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void committedFileEqualsItsBuilder(String id) throws IOException {
    ReferenceCircuit entry = Find.entry(id);
    var url = entry.resource();
    Circuit built = entry.create();
    if (url != null && EcoreUtil.equals(built, load(URI.createURI(url.toString())))) {
      return;
    }
    // Write what the builder makes (the working folder is the test bundle's), so that regenerating is one copy.
    Path fresh = Path.of("target", "regenerated-circuits").toAbsolutePath().resolve(entry.fileName());
    ExampleFiles.write(built, fresh);
    fail((url == null ? "missing " : "stale ") + entry.bundlePath() + " in org.neurocircuit.examples. The builder's "
        + "version is " + fresh + "; copy the regenerated files with\n  cp " + fresh.getParent() + "/*.circuit "
        + "bundles/org.neurocircuit.examples/circuits/\nor write all of them with org.neurocircuit.examples.ExampleFiles "
        + "(see the bundle's README).");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void committedFileIsUtf8XmiWithNameKeyedReferences(String id) throws IOException {
    var url = Find.entry(id).resource();
    assertNotNull(url, id);
    String xml;
    try (var in = url.openStream()) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), id);
    assertTrue(xml.contains("[name='"), id + " uses name-keyed references");
    assertFalse(xml.contains("<!DOCTYPE"), id);
  }
}
