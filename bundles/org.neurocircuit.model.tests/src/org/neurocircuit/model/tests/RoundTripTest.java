package org.neurocircuit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.resource.CircuitResource;
import org.neurocircuit.model.resource.CircuitResourceFactory;

/** A circuit saved as a .circuit file loads back equal; references are name-keyed; DOCTYPEs are refused. */
class RoundTripTest {

  private Path dir;

  private Path dir() throws IOException {
    if (dir == null) {
      dir = Files.createTempDirectory("nc-roundtrip");
    }
    return dir;
  }

  @AfterEach
  void deleteFiles() throws IOException {
    if (dir != null) {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }

  private static ResourceSet resourceSet() {
    return CircuitResourceFactory.register(new ResourceSetImpl());
  }

  private Path save(Circuit circuit, String fileName) throws IOException {
    Path file = dir().resolve(fileName);
    Resource resource = resourceSet().createResource(URI.createFileURI(file.toString()));
    resource.getContents().add(circuit);
    resource.save(null);
    return file;
  }

  private static Circuit load(Path file) {
    Resource resource = resourceSet().getResource(URI.createFileURI(file.toString()), true);
    assertTrue(resource instanceof CircuitResource, "the .circuit extension maps to our resource");
    assertTrue(resource.getErrors().isEmpty(), () -> "load errors: " + resource.getErrors());
    return (Circuit) resource.getContents().get(0);
  }

  @Test
  void theTestCircuitUsesEveryConcreteClass() {
    Set<String> missing = new TreeSet<>();
    for (EClassifier classifier : ModelPackage.eINSTANCE.getEClassifiers()) {
      if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
        missing.add(eClass.getName());
      }
    }
    Circuit circuit = TestCircuits.full();
    missing.remove(circuit.eClass().getName());
    circuit.eAllContents().forEachRemaining(o -> missing.remove(o.eClass().getName()));
    assertTrue(missing.isEmpty(), "classes not covered by TestCircuits.full(): " + missing);
  }

  @Test
  void saveAndLoadGiveAnEqualCircuit() throws IOException {
    Circuit original = TestCircuits.full();
    Circuit copy = EcoreUtil.copy(original);
    Path file = save(copy, "full.circuit");
    Circuit loaded = load(file);
    assertTrue(EcoreUtil.equals(original, loaded), "the loaded circuit differs from the saved one");
    assertEquals(0, EcoreUtil.UnresolvedProxyCrossReferencer.find(loaded).size());
  }

  @Test
  void referencesAreKeyedByName() throws IOException {
    Path file = save(TestCircuits.full(), "keys.circuit");
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(xml.contains("//@regions[name='V1']/@populations[name='E']"), xml);
    assertFalse(xml.contains("@populations.0"), "positional fragments are not used for named elements");
    assertTrue(xml.contains("xmlns:nc=\"" + ModelPackage.eNS_URI + "\""), "namespace prefix nc");
  }

  @Test
  void referencesSurviveReorderingOfTheFileContents() throws IOException {
    Circuit original = TestCircuits.full();
    Path file = save(EcoreUtil.copy(original), "reorder.circuit");
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    // Swap the two regions' populations E and I in the text: name-keyed references still find them.
    String e = xml.substring(xml.indexOf("<populations name=\"E\""), xml.indexOf("<populations name=\"I\""));
    String swapped = xml.replace(e, "");
    int afterI = swapped.indexOf("</populations>", swapped.indexOf("<populations name=\"I\"")) + "</populations>".length();
    swapped = swapped.substring(0, afterI) + e + swapped.substring(afterI);
    Files.writeString(file, swapped, StandardCharsets.UTF_8);
    Circuit loaded = load(file);
    assertEquals("I", loaded.getRegions().get(0).getPopulations().get(0).getName());
    assertEquals("E", loaded.getProjections().get(0).getSource().getName());
    assertEquals("I", loaded.getProjections().get(0).getTarget().getName());
  }

  @Test
  void doctypeAndExternalEntitiesAreRefused() throws IOException {
    Path secret = Files.writeString(dir().resolve("secret.txt"), "TOP-SECRET");
    String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<nc:Circuit xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:nc=\"" + ModelPackage.eNS_URI
        + "\" name=\"&xxe;\"/>\n";
    Path file = Files.writeString(dir().resolve("hostile.circuit"), hostile);
    ResourceSet resourceSet = resourceSet();
    URI uri = URI.createFileURI(file.toString());
    RuntimeException failure = assertThrows(RuntimeException.class, () -> resourceSet.getResource(uri, true));
    assertFalse(String.valueOf(failure.getMessage()).contains("TOP-SECRET"));
    Resource resource = resourceSet.getResource(uri, false);
    for (EObject object : resource.getContents()) {
      assertFalse(String.valueOf(((Circuit) object).getName()).contains("TOP-SECRET"));
    }
  }
}
