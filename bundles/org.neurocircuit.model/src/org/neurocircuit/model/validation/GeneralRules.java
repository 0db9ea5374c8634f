package org.neurocircuit.model.validation;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.units.Units;

/**
 * Checks that apply to every model object: numbers are finite, required features are set, and
 * references stay inside the circuit. These replace EMF's generic "dangling reference", "unresolved
 * proxy" and "required feature" messages with ones that name the element and the fix; proxies are
 * reported from their URI, never resolved.
 */
final class GeneralRules {

  private GeneralRules() {
  }

  static void finite(EObject object, Report report) {
    for (EAttribute attribute : object.eClass().getEAllAttributes()) {
      Class<?> type = attribute.getEAttributeType().getInstanceClass();
      if (type != double.class && type != Double.class || attribute.isDerived()) {
        continue;
      }
      Object value = object.eGet(attribute);
      List<?> values = attribute.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
      for (Object v : values) {
        if (v instanceof Double d && !Double.isFinite(d)) {
          report.error(Check.FINITE, object, attribute, Report.symbol(attribute) + (attribute.isMany() ? " contains "
              : " is ") + Units.number(d),
              "enter a finite number");
          break;
        }
      }
    }
  }

  /** A required single reference that is null, or a required list that is empty. */
  static void required(EObject object, EStructuralFeature feature, Report report) {
    String what = Subjects.words(feature.getName());
    String some = feature.isMany() ? "at least one " : "a ";
    if (feature instanceof EReference reference && !reference.isContainment()) {
      report.error(Check.REQUIRED, object, feature, feature.isMany() ? "has no " + what : what + " is not set",
          "choose " + some + Subjects.words(reference.getEReferenceType().getName()) + " of this circuit");
    } else {
      report.error(Check.REQUIRED, object, feature, "has no " + what, "add " + some + what);
    }
  }

  /** Every cross-reference points into the same circuit; proxies (elements of other files) are errors. */
  static void references(EObject object, Report report) {
    EObject root = root(object);
    for (EReference reference : object.eClass().getEAllReferences()) {
      if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
        continue;
      }
      Object value = object.eGet(reference, false);
      List<?> values = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
      for (Object v : values) {
        if (v instanceof EObject target && !inside(target, root, object, reference, report)) {
          break;
        }
      }
    }
  }

  private static boolean inside(EObject target, EObject root, EObject object, EReference reference, Report report) {
    if (target.eIsProxy()) {
      URI uri = ((InternalEObject) target).eProxyURI();
      report.error(Check.REFERENCE_IN_CIRCUIT, object, reference, reference.getName() + " refers to "
          + Subjects.quote(uri == null ? "?" : uri.toString()) + ", which is not part of this circuit",
          "choose an element of this circuit");
      return false;
    }
    if (root(target) != root) {
      String name = target instanceof NamedElement named ? Subjects.lowerFirst(Subjects.describe(named)) : "an element";
      report.error(Check.REFERENCE_IN_CIRCUIT, object, reference, reference.getName() + " refers to " + name
          + " that is not part of this circuit (deleted, or from another file)", "choose an element of this circuit", target);
      return false;
    }
    return true;
  }

  private static EObject root(EObject object) {
    EObject root = object;
    while (root.eContainer() != null) {
      root = root.eContainer();
    }
    return root;
  }
}
