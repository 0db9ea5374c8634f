package org.neurocircuit.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.StepStimulus;
import org.neurocircuit.model.tests.TestCircuits;
import org.neurocircuit.model.validation.CircuitValidation;

/** Saving atomically and loading back; the problems of broken (not hostile) files: what and where. */
class CircuitFilesTest {

  @TempDir
  Path dir;

  private LoadResult loadText(String text) throws IOException {
    return CircuitFiles.load(Files.writeString(dir.resolve("test.circuit"), text, StandardCharsets.UTF_8));
  }

  /** The 1-based line of {@code fragment} in {@code text}. */
  private static int lineOf(String text, String fragment) {
    return (int) text.substring(0, text.indexOf(fragment)).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String problems(LoadResult result) {
    return result.problems().toString();
  }

  /** The only problem is an error at {@code line} (0: any) whose message contains {@code text}. */
  private static void assertProblem(LoadResult result, int line, String text) {
    assertFalse(result.loaded(), "should not load");
    assertNull(result.circuit());
    assertFalse(result.problems().isEmpty());
    LoadProblem problem = result.problems().get(0);
    assertEquals(Diagnostic.ERROR, problem.severity(), problems(result));
    assertTrue(problem.message().contains(text), problems(result));
    assertTrue(problem.file().endsWith("test.circuit"), problems(result));
    if (line > 0) {
      assertEquals(line, problem.line(), problems(result));
      assertTrue(problem.column() > 0, problems(result));
      assertTrue(problem.toString().startsWith(problem.file() + ":" + line + ":"), problems(result));
    }
    assertEquals(Diagnostic.ERROR, result.diagnostic().getSeverity());
  }

  @Test
  void aCircuitOfEveryClassSurvivesSaveAndLoad() throws IOException {
    Circuit original = TestCircuits.full();
    Path file = dir.resolve("full.circuit");
    CircuitFiles.save(original, file);
    LoadResult result = CircuitFiles.load(file);
    assertTrue(result.loaded(), () -> problems(result));
    assertTrue(result.problems().isEmpty());
    assertTrue(EcoreUtil.equals(original, result.circuit()), "the loaded circuit differs from the saved one");
    assertEquals(Diagnostic.OK, CircuitValidation.validate(result.circuit()).getSeverity());
    assertEquals(Diagnostic.OK, result.diagnostic().getSeverity());
  }

  @Test
  void repeatedValuesSurvive() throws IOException {
    Circuit original = TestCircuits.full();
    StepStimulus steps = (StepStimulus) original.getStimuli().get(2);
    steps.getAmplitudes().set(2, 0.0);
    Path file = dir.resolve("steps.circuit");
    CircuitFiles.save(original, file);
    StepStimulus loaded = (StepStimulus) CircuitFiles.load(file).circuit().getStimuli().get(2);
    assertEquals(List.of(0.0, 50.0, 0.0), loaded.getAmplitudes());
  }

  @Test
  void savingLeavesTheCircuitInItsResource() throws IOException {
    Circuit circuit = TestCircuits.full();
    Resource resource = new CircuitResource(URI.createURI("editor.circuit"));
    resource.getContents().add(circuit);
    CircuitFiles.save(circuit, dir.resolve("copy.circuit"));
    assertSame(resource, circuit.eResource());
  }

  @Test
  void savingReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("net.circuit");
    Files.writeString(file, "old content");
    CircuitFiles.save(TestCircuits.full(), file);
    assertTrue(CircuitFiles.load(file).loaded());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void aFailedSaveKeepsTheOldFile() throws IOException {
    Path file = dir.resolve("net.circuit");
    Files.writeString(file, "old content");
    Circuit circuit = TestCircuits.full();
    circuit.getProjections().get(0).setSource(TestCircuits.population("elsewhere", 1, TestCircuits.F.createLifCurrent()));
    IOException failure = assertThrows(IOException.class, () -> CircuitFiles.save(circuit, file));
    assertTrue(failure.getMessage().contains("refers to elements outside"), failure.getMessage());
    assertEquals("old content", Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void savingKeepsPermissionsAndSymbolicLinks() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file systems only");
    Path real = dir.resolve("real.circuit");
    Files.writeString(real, "old");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.circuit"), real);
    CircuitFiles.save(TestCircuits.full(), link);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    assertTrue(CircuitFiles.load(real).loaded());
  }

  @Test
  void unknownAttributesAreErrorsWithTheirName() throws IOException {
    String text = CircuitText.full().replace("<populations name=\"I\" size=\"800\">",
        "<populations name=\"I\" size=\"800\" colour=\"red\">");
    assertProblem(loadText(text), lineOf(text, "colour="), "unknown attribute or element 'colour' in Population");
  }

  @Test
  void unknownElementsAreErrorsWithTheirName() throws IOException {
    String text = CircuitText.full().replace("<populations name=\"I\" size=\"800\">",
        "<populations name=\"I\" size=\"800\">\n<synapses/>");
    assertProblem(loadText(text), lineOf(text, "<synapses/>"), "'synapses'");
  }

  @Test
  void unknownTypesAreErrors() throws IOException {
    assertProblem(loadText(CircuitText.full().replace("nc:LifCurrent", "nc:HodgkinHuxley")), 0,
        "unknown type 'HodgkinHuxley'");
  }

  @Test
  void wrongTypesSayWhatWasExpected() throws IOException {
    String text = CircuitText.full().replace("size=\"800\"", "size=\"many\"");
    assertProblem(loadText(text), lineOf(text, "size=\"many\""),
        "value 'many' is not valid for 'size' of Population: expected a whole number");
    assertProblem(loadText(CircuitText.full().replace("size=\"800\"", "size=\"99999999999999999999\"")), 0,
        "expected a whole number from");
    assertProblem(loadText(CircuitText.full().replace("<receptor kind=\"conductance\"/>",
        "<receptor kind=\"chemical\"/>")), 0, "expected one of current, conductance");
  }

  @Test
  void hugeNumbersLoadAndFailValidation() throws IOException {
    LoadResult result = loadText(CircuitText.full().replace("dt=\"0.05\"", "dt=\"1e999\""));
    assertTrue(result.loaded(), () -> problems(result));
    List<String> lines = CircuitValidation.lines(CircuitValidation.validate(result.circuit()));
    assertTrue(lines.contains("ERROR Circuit 'full' (dt): dt is \u221e; enter a finite number"), lines.toString());
  }

  @Test
  void danglingReferencesNameTheReference() throws IOException {
    assertProblem(loadText(CircuitText.full().replace("//@populations[name='ext']", "//@populations[name='gone']")), 0,
        "reference '//@populations[name='gone']' ('source' of Projection) names no element of this file");
  }

  @Test
  void referencesIntoOtherFilesAreRefused() throws IOException {
    assertProblem(loadText(CircuitText.full().replace("\"//@populations[name='ext']\"",
        "\"other.circuit#//@populations[name='ext']\"")), 0, "Projection 'extE': source refers to");
  }

  @Test
  void theRootMustBeOneCircuit() throws IOException {
    assertProblem(loadText("<?xml version=\"1.0\"?>\n" + CircuitText.ROOT.replace("nc:Circuit", "nc:Region")
        + " name=\"V1\"/>"), 0, "the file holds a Region, but a .circuit file holds exactly one Circuit");
    assertProblem(loadText("<?xml version=\"1.0\"?>\n<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
        + " xmlns:nc=\"http://www.neurocircuit.org/model/1.0\"><nc:Circuit name=\"a\"/><nc:Circuit name=\"b\"/></xmi:XMI>"),
        0, "the file holds 2 root elements");
  }

  @Test
  void unreadableFilesAreProblemsToo() throws IOException {
    assertProblem(loadText(""), 0, "the file is empty");
    assertProblem(loadText("\u0000\u0001 not xml at all"), 1, "not well-formed XML");
    assertProblem(loadText(CircuitText.full().substring(0, 2000)), 0, "not well-formed XML");
    LoadResult missing = CircuitFiles.load(dir.resolve("missing.circuit"));
    assertFalse(missing.loaded());
    assertTrue(missing.problems().get(0).message().contains("cannot be read"), problems(missing));
  }

  @Test
  void manyProblemsAreCapped() throws IOException {
    StringBuilder text = new StringBuilder("<?xml version=\"1.0\"?>\n" + CircuitText.ROOT + " name=\"n\">\n");
    for (int i = 0; i < 200; i++) {
      text.append("<bogus").append(i).append("/>\n");
    }
    LoadResult result = loadText(text.append("</nc:Circuit>\n").toString());
    assertEquals(CircuitFiles.MAX_PROBLEMS, result.problems().size());
    assertTrue(result.problems().get(CircuitFiles.MAX_PROBLEMS - 1).message().contains("more problems"), problems(result));
  }
}
