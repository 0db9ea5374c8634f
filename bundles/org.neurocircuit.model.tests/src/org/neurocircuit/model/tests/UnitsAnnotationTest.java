package org.neurocircuit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.units.Units;

/** Every numeric attribute of the metamodel carries exactly one known unit, and only numbers carry one. */
class UnitsAnnotationTest {

  private static final Set<Class<?>> NUMERIC = Set.of(int.class, long.class, double.class, float.class, short.class,
      Integer.class, Long.class, Double.class, Float.class, Short.class);

  private static List<EStructuralFeature> allFeatures() {
    List<EStructuralFeature> features = new ArrayList<>();
    for (EClassifier classifier : ModelPackage.eINSTANCE.getEClassifiers()) {
      if (classifier instanceof EClass eClass) {
        features.addAll(eClass.getEStructuralFeatures());
      }
    }
    return features;
  }

  private static boolean isNumeric(EStructuralFeature feature) {
    return feature instanceof EAttribute && NUMERIC.contains(feature.getEType().getInstanceClass());
  }

  private static String qualified(EStructuralFeature feature) {
    return feature.getEContainingClass().getName() + "." + feature.getName();
  }

  @Test
  void everyNumericAttributeHasAKnownUnit() {
    List<String> missing = new ArrayList<>();
    for (EStructuralFeature feature : allFeatures()) {
      if (isNumeric(feature)) {
        String unit = Units.of(feature);
        if (!Units.FIXED.contains(unit) && !Units.CONTEXTUAL.contains(unit)) {
          missing.add(qualified(feature) + (unit.isEmpty() ? "" : " ('" + unit + "')"));
        }
      }
    }
    assertTrue(missing.isEmpty(), "numeric attributes without a known unit annotation: " + missing);
  }

  @Test
  void onlyNumbersAndQuantityReferencesCarryUnits() {
    List<String> wrong = new ArrayList<>();
    for (EStructuralFeature feature : allFeatures()) {
      boolean quantity = feature instanceof EReference ref && ref.isContainment()
          && ModelPackage.Literals.QUANTITY.isSuperTypeOf(ref.getEReferenceType());
      boolean hasUnit = !Units.of(feature).isEmpty();
      if (hasUnit != (isNumeric(feature) || quantity)) {
        wrong.add(qualified(feature));
      }
    }
    assertTrue(wrong.isEmpty(), "unit annotations present where not expected or missing on quantity references: " + wrong);
  }

  @Test
  void containerUnitsOnlyInsideQuantities() {
    List<String> wrong = new ArrayList<>();
    for (EStructuralFeature feature : allFeatures()) {
      boolean inQuantity = ModelPackage.Literals.QUANTITY.isSuperTypeOf(feature.getEContainingClass());
      if (Units.FROM_CONTAINER.equals(Units.of(feature)) != (inQuantity && !Units.ONE.equals(Units.of(feature)))) {
        wrong.add(qualified(feature));
      }
    }
    assertTrue(wrong.isEmpty(), "@container must be used by (and only by) dimensional quantity attributes: " + wrong);
  }

  @Test
  void unitAndSymbolAreReadFromTheAnnotation() {
    assertEquals(Units.MS, Units.of(ModelPackage.Literals.LIF_CURRENT__TAU_M));
    assertEquals("\u03c4_m", Units.symbol(ModelPackage.Literals.LIF_CURRENT__TAU_M));
    assertEquals(Units.PF, Units.of(ModelPackage.Literals.AD_EX__CM));
    assertEquals(Units.UM, Units.of(ModelPackage.Literals.GRID_LAYOUT__SPACING));
    assertEquals(Units.FROM_RECEPTOR, Units.of(ModelPackage.Literals.PROJECTION__WEIGHT));
    assertEquals(Units.MS, Units.of(ModelPackage.Literals.PROJECTION__DELAY));
    assertEquals("", Units.of(ModelPackage.Literals.NAMED_ELEMENT__NAME));
    assertEquals("", Units.symbol(ModelPackage.Literals.DIAGRAM_NODE__WIDTH));
    assertEquals(Units.PX, Units.of(ModelPackage.Literals.DIAGRAM_NODE__WIDTH));
  }
}
