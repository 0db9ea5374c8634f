package org.neurocircuit.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurocircuit.examples.ReferenceCircuit;
import org.neurocircuit.examples.ReferenceCircuits;
import org.neurocircuit.model.Circuit;

/** The catalogue: ids, fresh and deterministic circuits, descriptions that cite their sources. */
class CatalogueTest {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  static List<String> ids() {
    return Find.ids().toList();
  }

  @Test
  void listsEveryCircuitAndVariantOnceUnderAnIdentifier() {
    List<String> ids = ids();
    assertEquals(List.of("brunel2000_SR", "brunel2000_SI_fast", "brunel2000_AI", "brunel2000_SI_slow",
        "vogels_abbott_cuba", "vogels_abbott_coba", "potjans_diesmann_2014", "potjans_diesmann_2014_10pct",
        "embedded_core", "liquid_state_machine"), ids);
    assertEquals(ids.size(), Set.copyOf(ids).size(), "ids are unique");
    ids.forEach(id -> assertTrue(IDENTIFIER.matcher(id).matches(), id));
  }

  @Test
  void findsEntriesById() {
    assertEquals("Potjans & Diesmann 2014 microcircuit (10 %)",
        ReferenceCircuits.byId("potjans_diesmann_2014_10pct").orElseThrow().label());
    assertTrue(ReferenceCircuits.byId("nonexistent").isEmpty());
  }

  @Test
  void brunelVariantsCarryBrunelsOwnLabels() {
    Set<String> labels = ReferenceCircuits.all().stream().map(ReferenceCircuit::label)
        .filter(label -> label.startsWith("Brunel")).collect(Collectors.toSet());
    assertEquals(Set.of("Brunel 2000, SR (Fig. 8A)", "Brunel 2000, SI fast (Fig. 8B)", "Brunel 2000, AI (Fig. 8C)",
        "Brunel 2000, SI slow (Fig. 8D)"), labels);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void createGivesAFreshCircuitNamedByItsIdAndTheSameEachTime(String id) {
    ReferenceCircuit entry = Find.entry(id);
    Circuit first = entry.create();
    Circuit second = entry.create();
    assertNotSame(first, second);
    assertEquals(id, first.getName());
    assertTrue(EcoreUtil.equals(first, second), "two builds differ: the builder is not deterministic");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void descriptionCitesTheSourceAndWhereTheParametersComeFrom(String id) {
    ReferenceCircuit entry = Find.entry(id);
    String description = entry.create().getDescription();
    assertTrue(description.contains("Source: " + entry.citation()), () -> id + ": " + description);
    // Authors, year, journal with volume and pages.
    assertTrue(Pattern.compile("[A-Z][a-z\u00e4-]+ [A-Z]+.* \\((19|20)\\d\\d\\) .+ \\d+:\\d+\u2013\\d+")
        .matcher(entry.citation()).find(), entry.citation());
    assertTrue(Pattern.compile("Fig\\. \\d|Table \\d|Methods|benchmark|details of").matcher(description).find(),
        () -> id + " does not say which figure, table or section its parameters come from");
    assertTrue(description.contains("Expected"), () -> id + " does not say what behaviour to expect");
  }

  @Test
  void citationsNameTheExpectedPapers() {
    String all = ReferenceCircuits.all().stream().map(ReferenceCircuit::citation).collect(Collectors.joining("\n"));
    for (String part : List.of("Brunel N (2000)", "J Comput Neurosci 8:183\u2013208", "Vogels TP, Abbott LF (2005)",
        "J Neurosci 25:10786", "Brette R et al. (2007)", "J Comput Neurosci 23:349", "Potjans TC, Diesmann M (2014)",
        "Cereb Cortex 24:785\u2013806", "Litwin-Kumar A, Doiron B (2012)", "Nat Neurosci 15:1498",
        "Maass W, Natschl\u00e4ger T, Markram H (2002)", "Neural Comput 14:2531\u20132560")) {
      assertTrue(all.contains(part), part);
    }
  }
}
