package org.neurocircuit.model.validation;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.neurocircuit.model.ExplicitConnection;
import org.neurocircuit.model.ExplicitList;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.units.Units;

/**
 * Explicit connection lists, checked in one pass over the list (lists can hold millions of
 * synapses): indices name existing neurons, no autapse or repeated pair where they are forbidden,
 * weights &ge; 0, delays &ge; dt. Each kind of problem is reported once, on the first synapse that has
 * it, with the number of synapses that share it.
 */
final class ExplicitListRules {

  private enum Kind { SOURCE, TARGET, AUTAPSE, REPEATED, WEIGHT, DELAY }

  private ExplicitListRules() {
  }

  static void check(ExplicitList list, Report report) {
    if (list.getConnections().isEmpty()) {
      report.warning(Check.EXPLICIT, list, Literals.EXPLICIT_LIST__CONNECTIONS, "lists no synapses",
          "add connections, or delete the projection");
      return;
    }
    Projection projection = list.eContainer() instanceof Projection p ? p : null;
    Population source = projection == null ? null : projection.getSource();
    Population target = projection == null ? null : projection.getTarget();
    boolean noAutapses = source != null && source == target && !projection.isAllowAutapses();
    Set<Long> pairs = projection != null && !projection.isAllowMultapses() ? new HashSet<>() : null;
    double dt = Numbers.dt(list);
    Map<Kind, ExplicitConnection> first = new EnumMap<>(Kind.class);
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (ExplicitConnection c : list.getConnections()) {
      note(first, counts, Kind.SOURCE, c, source != null && (c.getSource() < 0 || c.getSource() >= source.getSize()));
      note(first, counts, Kind.TARGET, c, target != null && (c.getTarget() < 0 || c.getTarget() >= target.getSize()));
      note(first, counts, Kind.AUTAPSE, c, noAutapses && c.getSource() == c.getTarget());
      note(first, counts, Kind.REPEATED, c, pairs != null && !pairs.add(((long) c.getSource() << 32)
          ^ (c.getTarget() & 0xffffffffL)));
      note(first, counts, Kind.WEIGHT, c, c.getWeight() != null && c.getWeight() < 0);
      note(first, counts, Kind.DELAY, c, c.getDelay() != null && Double.isFinite(c.getDelay()) && !Double.isNaN(dt)
          && Numbers.below(c.getDelay(), dt));
    }
    first.forEach((kind, connection) -> report(kind, connection, counts.get(kind), source, target, dt, report));
  }

  private static void note(Map<Kind, ExplicitConnection> first, Map<Kind, Integer> counts, Kind kind,
      ExplicitConnection connection, boolean problem) {
    if (problem) {
      first.putIfAbsent(kind, connection);
      counts.merge(kind, 1, Integer::sum);
    }
  }

  private static void report(Kind kind, ExplicitConnection c, int count, Population source, Population target, double dt,
      Report report) {
    String more = count > 1 ? " (and " + (count - 1) + " more synapses like it)" : "";
    switch (kind) {
      case SOURCE -> index(c, Literals.EXPLICIT_CONNECTION__SOURCE, c.getSource(), source, more, report);
      case TARGET -> index(c, Literals.EXPLICIT_CONNECTION__TARGET, c.getTarget(), target, more, report);
      case AUTAPSE -> report.error(Check.EXPLICIT, c, Literals.EXPLICIT_CONNECTION__TARGET, "connects neuron "
          + c.getSource() + " to itself, but autapses are forbidden" + more, "delete it, or allow autapses");
      case REPEATED -> report.error(Check.EXPLICIT, c, Literals.EXPLICIT_CONNECTION__TARGET, "connects neuron "
          + c.getSource() + " to neuron " + c.getTarget() + " a second time, but multapses are forbidden" + more,
          "delete the duplicate, or allow multapses");
      case WEIGHT -> report.error(Check.WEIGHT, c, Literals.EXPLICIT_CONNECTION__WEIGHT, "weight is "
          + Units.format(c.getWeight(), Units.weightUnit(Subjects.projectionOf(c))) + more,
          "enter a weight \u2265 0: " + ProjectionRules.WEIGHT_FIX);
      case DELAY -> report.error(Check.DELAY, c, Literals.EXPLICIT_CONNECTION__DELAY, "delay = "
          + Units.format(c.getDelay(), Units.MS) + " is shorter than one step, dt = " + Units.format(dt, Units.MS) + more,
          "set a delay \u2265 " + Units.format(dt, Units.MS) + ", or unset it to use the projection's delay");
    }
  }

  private static void index(ExplicitConnection connection, EAttribute feature, int index, Population population,
      String more, Report report) {
    report.error(Check.EXPLICIT, connection, feature, feature.getName() + " neuron " + index + " does not exist in "
        + "population " + Subjects.quote(population.getName()) + " of " + population.getSize() + " neurons" + more,
        "use an index from 0 to " + (population.getSize() - 1), population);
  }
}
