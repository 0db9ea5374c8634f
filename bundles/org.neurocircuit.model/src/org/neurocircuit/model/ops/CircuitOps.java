package org.neurocircuit.model.ops;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Region;

/** Bodies of {@link Circuit#allPopulations()} and {@link Circuit#allRegions()}. */
public final class CircuitOps {

  private CircuitOps() {
  }

  /** Top-level populations first, then each region's own populations before those of its sub-regions. */
  public static EList<Population> allPopulations(Circuit circuit) {
    List<Population> result = new ArrayList<>(circuit.getPopulations());
    for (Region region : circuit.getRegions()) {
      collectPopulations(region, result);
    }
    return ECollections.unmodifiableEList(result);
  }

  /** All regions, depth first (a region before its sub-regions). */
  public static EList<Region> allRegions(Circuit circuit) {
    List<Region> result = new ArrayList<>();
    for (Region region : circuit.getRegions()) {
      collectRegions(region, result);
    }
    return ECollections.unmodifiableEList(result);
  }

  private static void collectPopulations(Region region, List<Population> result) {
    result.addAll(region.getPopulations());
    for (Region child : region.getRegions()) {
      collectPopulations(child, result);
    }
  }

  private static void collectRegions(Region region, List<Region> result) {
    result.add(region);
    for (Region child : region.getRegions()) {
      collectRegions(child, result);
    }
  }
}
