package org.neurocircuit.model.resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.tests.TestCircuits;
import org.neurocircuit.model.validation.CircuitValidation;

/**
 * {@value #FILES} mutated and truncated circuit files (seed {@value #SEED}): every one ends in a
 * circuit (which then validates without an exception) or in problems, never in an exception, never
 * reading the marker file or connecting to the trap. The timeout only guards against hangs.
 */
class FuzzTest {

  static final long SEED = 20_261_122L;
  static final int FILES = 1200;
  private static final String MARKER = "NC-FUZZ-MARKER-93ab";

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void everyMutantEndsInACircuitOrADiagnostic() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), MARKER);
    List<String> bases = List.of(CircuitText.full(), CircuitText.of(small()));
    List<String> failures = new ArrayList<>();
    int loaded = 0;
    try (TrapServer trap = new TrapServer()) {
      Mutator mutator = new Mutator(new Random(SEED), trap.url("fuzz"), secret.toUri().toString());
      for (int i = 0; i < FILES; i++) {
        Mutator.Mutant mutant = mutator.mutate(bases.get(i % bases.size()));
        Path file = Files.write(dir.resolve("mutant" + i + ".circuit"), mutant.content());
        try {
          loaded += check(CircuitFiles.load(file)) ? 1 : 0;
        } catch (Throwable t) {
          failures.add("#" + i + " (" + mutant.description() + "): " + t);
        }
        Files.delete(file);
      }
      assertFalse(trap.connected(), "a mutant made the loader connect to the network");
    }
    assertTrue(failures.isEmpty(), failures.size() + " failures, e.g.\n" + String.join("\n", failures.subList(0,
        Math.min(20, failures.size()))));
    // Not a property of the loader: it shows that the mutants exercise both outcomes.
    assertTrue(loaded > FILES / 20 && loaded < FILES / 2, "loaded " + loaded + " of " + FILES);
  }

  /** Asserts that the result is a circuit or a diagnostic, never both, neither, or leaking; true if loaded. */
  private static boolean check(LoadResult result) {
    assertFalse(result.problems().toString().contains(MARKER), "marker in a message");
    if (!result.loaded()) {
      assertFalse(result.problems().isEmpty(), "neither circuit nor problem");
      assertTrue(result.problems().stream().anyMatch(p -> p.severity() == Diagnostic.ERROR), "no error, no circuit");
      assertTrue(result.problems().stream().noneMatch(p -> p.message().isBlank()), "a blank message");
      return false;
    }
    assertFalse(HostileFilesTest.strings(result.circuit()).contains(MARKER), "marker in the model");
    Diagnostic diagnostic = CircuitValidation.validate(result.circuit());
    assertNoException(diagnostic);
    CircuitValidation.lines(diagnostic);
    return true;
  }

  private static void assertNoException(Diagnostic diagnostic) {
    assertTrue(diagnostic.getException() == null, () -> "validation threw: " + diagnostic.getException());
    diagnostic.getChildren().forEach(FuzzTest::assertNoException);
  }

  /** A second, smaller base: one population, one projection, one recorder. */
  private static Circuit small() {
    Circuit circuit = TestCircuits.named(TestCircuits.F.createCircuit(), "small");
    var e = TestCircuits.population("E", 100, TestCircuits.F.createLifCurrent());
    circuit.getPopulations().add(e);
    var rule = TestCircuits.F.createFixedProbability();
    circuit.getProjections().add(TestCircuits.projection("EE", e, e, rule, TestCircuits.constant(10),
        TestCircuits.constant(1.5), TestCircuits.F.createReceptor()));
    var spikes = TestCircuits.named(TestCircuits.F.createSpikeRecorder(), "spikes");
    spikes.getTargets().add(e);
    circuit.getRecorders().add(spikes);
    return circuit;
  }
}
