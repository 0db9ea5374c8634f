package org.neurocircuit.model.edit.commands;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.neurocircuit.model.NamedElement;

/**
 * Names as the validation wants them: identifiers, unique among siblings, where regions and
 * populations of one container share a namespace (paths such as {@code V1/E} could not tell them apart).
 */
public final class Names {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Names() {
  }

  /** Whether {@code name} is a valid identifier. */
  public static boolean isIdentifier(String name) {
    return name != null && IDENTIFIER.matcher(name).matches();
  }

  /** The names used in {@code container} in the namespace of list {@code reference}. */
  public static Set<String> taken(EObject container, EReference reference) {
    Set<String> names = new HashSet<>();
    for (EReference sibling : container.eClass().getEAllContainments()) {
      if (sibling.isMany() && namespace(sibling).equals(namespace(reference))) {
        for (Object o : (Collection<?>) container.eGet(sibling)) {
          if (o instanceof NamedElement named && named.getName() != null) {
            names.add(named.getName());
          }
        }
      }
    }
    return names;
  }

  /** The element in the namespace of {@code reference} of {@code container} named {@code name}, or null. */
  public static NamedElement find(EObject container, EReference reference, String name) {
    for (EReference sibling : container.eClass().getEAllContainments()) {
      if (sibling.isMany() && namespace(sibling).equals(namespace(reference))) {
        for (Object o : (List<?>) container.eGet(sibling)) {
          if (o instanceof NamedElement named && name.equals(named.getName())) {
            return named;
          }
        }
      }
    }
    return null;
  }

  /**
   * {@code base} if it is free, else {@code base} followed by the first free number; the result is
   * added to {@code taken} so that several new names in one command stay distinct.
   */
  public static String unique(String base, Set<String> taken) {
    String clean = isIdentifier(base) ? base : "_" + base.replaceAll("[^A-Za-z0-9_]", "_");
    String name = clean;
    for (int i = 2; taken.contains(name); i++) {
      name = clean + i;
    }
    taken.add(name);
    return name;
  }

  /** "population 'E'", "region 'L23'": how messages name an element. */
  public static String describe(NamedElement element) {
    String kind = element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return kind + " '" + element.getName() + "'";
  }

  private static String namespace(EReference reference) {
    String name = reference.getName();
    return name.equals("regions") || name.equals("populations") ? "regions+populations" : name;
  }
}
