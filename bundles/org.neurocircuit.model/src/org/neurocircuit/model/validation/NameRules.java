package org.neurocircuit.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NamedElement;

/**
 * Names are identifiers, unique among their siblings: exports to other simulators and file names use
 * them, and XMI references are keyed by them. Regions and populations of one container share a
 * namespace because paths such as {@code V1/E} do not say which of the two is meant.
 */
final class NameRules {

  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private NameRules() {
  }

  static void check(NamedElement element, Report report) {
    String name = element.getName();
    if (name == null || name.isEmpty()) {
      report.error(Check.NAME_MISSING, element, ModelPackage.Literals.NAMED_ELEMENT__NAME, "has no name",
          "give it an identifier, e.g. '" + Subjects.kind(element).replace(' ', '_') + "1'");
      return;
    }
    if (!IDENTIFIER.matcher(name).matches()) {
      report.error(Check.NAME_IDENTIFIER, element, ModelPackage.Literals.NAMED_ELEMENT__NAME,
          "the name is not an identifier", "use only letters, digits and '_', not starting with a digit, e.g. '"
              + suggestion(name) + "'");
    }
    List<NamedElement> same = namesakes(element, report);
    for (NamedElement other : same) {
      if (other != element) {
        report.error(Check.NAME_UNIQUE, element, ModelPackage.Literals.NAMED_ELEMENT__NAME,
            "the name is also used by " + Subjects.lowerFirst(Subjects.describe(other)) + " in the same container",
            "rename one of them", other);
        return;
      }
    }
  }

  /** A valid identifier close to {@code name}: other characters become '_', a leading digit gets a '_' before it. */
  static String suggestion(String name) {
    String replaced = Subjects.clean(name).replaceAll("[^A-Za-z0-9_]", "_");
    return replaced.isEmpty() || Character.isDigit(replaced.charAt(0)) ? "_" + replaced : replaced;
  }

  /** The siblings of {@code element} (itself included) with its name; indexed once per container and run. */
  private static List<NamedElement> namesakes(NamedElement element, Report report) {
    EObject container = element.eContainer();
    EReference reference = element.eContainmentFeature();
    if (container == null || reference == null) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    Map<List<Object>, Map<String, List<NamedElement>>> cache = (Map<List<Object>, Map<String, List<NamedElement>>>) report
        .context().computeIfAbsent(NameRules.class, k -> new HashMap<List<Object>, Map<String, List<NamedElement>>>());
    Map<String, List<NamedElement>> byName = cache.computeIfAbsent(List.of(container, namespace(reference)),
        k -> index(container, reference));
    return byName.getOrDefault(element.getName(), List.of());
  }

  private static Map<String, List<NamedElement>> index(EObject container, EReference reference) {
    Map<String, List<NamedElement>> byName = new HashMap<>();
    for (EReference sibling : container.eClass().getEAllContainments()) {
      if (namespace(sibling).equals(namespace(reference)) && sibling.isMany()) {
        for (Object o : (List<?>) container.eGet(sibling)) {
          if (o instanceof NamedElement named && named.getName() != null) {
            byName.computeIfAbsent(named.getName(), k -> new ArrayList<>()).add(named);
          }
        }
      }
    }
    return byName;
  }

  /** Regions and populations share one namespace; every other list has its own. */
  private static String namespace(EReference reference) {
    String name = reference.getName();
    return name.equals("regions") || name.equals("populations") ? "regions+populations" : name;
  }
}
