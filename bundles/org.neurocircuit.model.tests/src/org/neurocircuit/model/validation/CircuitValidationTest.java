package org.neurocircuit.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.neurocircuit.model.tests.TestCircuits.F;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.tests.TestCircuits;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The validation API: registration, diagnostics' data, one-line formatting, robustness, coverage of the checks. */
class CircuitValidationTest {

  @Test
  void everyCheckHasFailingAndPassingCases() {
    Set<Check> covered = EnumSet.noneOf(Check.class);
    Stream.of(NameAndSettingsRulesTest.cases(), PopulationRulesTest.cases(), ProjectionRulesTest.cases(),
        SynapseRulesTest.cases(), InputOutputRulesTest.cases()).flatMap(List::stream).forEach(c -> covered.add(c.check()));
    Set<Check> missing = EnumSet.complementOf(EnumSet.copyOf(covered));
    assertTrue(missing.isEmpty(), "checks without cases: " + missing);
  }

  @Test
  void theTestCircuitHasNoProblem() {
    Diagnostic diagnostic = CircuitValidation.validate(TestCircuits.full());
    assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> String.join("\n", CircuitValidation.lines(diagnostic)));
    assertTrue(CircuitValidation.lines(diagnostic).isEmpty());
  }

  @Test
  void aDiagnosticCarriesCheckObjectFeatureAndRelatedObjects() {
    Circuit circuit = TestCircuits.full();
    Projection oneToOne = Find.proj(circuit, "OO");
    Population e = Find.pop(circuit, "E");
    oneToOne.setTarget(e);
    Diagnostic finding = RuleCase.findings(CircuitValidation.validate(circuit), Check.ONE_TO_ONE).get(0);
    assertEquals(CircuitValidator.DIAGNOSTIC_SOURCE, finding.getSource());
    assertSame(Check.ONE_TO_ONE, Check.of(finding.getCode()));
    assertEquals(List.of(oneToOne, Literals.PROJECTION__RULE, Find.pop(circuit, "Iz"), e), finding.getData());
    assertNull(Check.of(0));
  }

  @Test
  void linesNameTheElementPathAndFeature() {
    Circuit circuit = TestCircuits.full();
    Find.pop(circuit, "A").setSize(0);
    List<String> lines = CircuitValidation.lines(CircuitValidation.validate(circuit));
    assertTrue(lines.contains("ERROR Population 'V1/L4/A' (size): size is 0; set a size of at least 1 neuron"),
        String.join("\n", lines));
    assertEquals("WARNING", DiagnosticLines.severity(Diagnostic.WARNING));
  }

  @Test
  void messagesDescribeNestedElements() {
    Circuit circuit = TestCircuits.full();
    assertEquals("Population 'A' in region 'V1/L4'", Subjects.describe(Find.pop(circuit, "A")));
    assertEquals("Receptor of projection 'EI'", Subjects.describe(Find.proj(circuit, "EI").getReceptor()));
    assertEquals("Neuron model of population 'E' in region 'V1'", Subjects.describe(Find.pop(circuit, "E").getNeuronModel()));
    assertEquals("Projection 'EI' receptor", Subjects.pathLabel(Find.proj(circuit, "EI").getReceptor()));
    assertEquals("Circuit 'full'", Subjects.describe(circuit));
  }

  @Test
  void emptyAndHalfBuiltElementsAreReportedNotThrown() {
    Circuit circuit = F.createCircuit();
    circuit.getPopulations().add(F.createPopulation());
    circuit.getProjections().add(F.createProjection());
    circuit.getStimuli().add(F.createStepStimulus());
    circuit.getRecorders().add(F.createStateRecorder());
    var task = F.createDecodingTask();
    task.setTarget(F.createStimulusTarget());
    circuit.getDecodingTasks().add(task);
    var diagram = F.createDiagram();
    diagram.getNodes().add(F.createDiagramNode());
    diagram.getEdges().add(F.createDiagramEdge());
    circuit.setDiagram(diagram);
    Diagnostic diagnostic = CircuitValidation.validate(circuit);
    assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
    for (Diagnostic child : diagnostic.getChildren()) {
      assertNull(child.getException(), child.getMessage());
    }
    List<String> lines = CircuitValidation.lines(diagnostic);
    assertTrue(lines.contains("ERROR Projection '?' (rule): has no rule; add a rule"), String.join("\n", lines));
    assertTrue(lines.contains("ERROR Circuit (unnamed) diagram node #0 (element): element is not set; choose a named "
        + "element of this circuit"), String.join("\n", lines));
  }

  /**
   * Under OSGi the bundle activator registers the validator, so EMF's own entry point applies it;
   * in plain Java (no OSGi class loader) this test does not apply.
   */
  @Test
  void theBundleRegistersTheValidatorForDiagnostician() {
    assumeTrue(getClass().getClassLoader().getClass().getName().contains("osgi"), "runs under OSGi only");
    Bundle bundle = FrameworkUtil.getBundle(CircuitValidator.class);
    assertEquals(Bundle.ACTIVE, bundle.getState());
    assertSame(CircuitValidator.INSTANCE, EValidator.Registry.INSTANCE.get(ModelPackage.eINSTANCE));
    Circuit circuit = TestCircuits.full();
    circuit.setThreads(0);
    assertEquals(1, RuleCase.findings(Diagnostician.INSTANCE.validate(circuit), Check.SETTINGS).size());
  }
}
