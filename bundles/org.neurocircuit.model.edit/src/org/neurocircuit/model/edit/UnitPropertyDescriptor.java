package org.neurocircuit.model.edit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptorDecorator;
import org.neurocircuit.model.units.Units;

/**
 * A generated property descriptor shown with the feature's symbol and resolved unit ("τ_m (ms)",
 * "Weight (nS)"), in its NeuroCircuit category, and bound to the object that owns the feature (which
 * may be a part of the selected object, see {@link PropertyCategories#flattenedParts}).
 */
public class UnitPropertyDescriptor extends ItemPropertyDescriptorDecorator {

  private final EObject owner;
  private final String partName;

  /**
   * @param owner the object whose feature this descriptor reads and writes
   * @param descriptor the generated descriptor of that feature
   * @param partName "" for the selected object's own features, else the name shown before the
   *          features of the part (may be "" too), e.g. "Weight"
   */
  public UnitPropertyDescriptor(EObject owner, IItemPropertyDescriptor descriptor, String partName) {
    super(owner, descriptor);
    this.owner = owner;
    this.partName = partName;
  }

  /** The feature this descriptor edits, or null if the generated descriptor has none. */
  public EStructuralFeature feature() {
    return getFeature(owner) instanceof EStructuralFeature feature ? feature : null;
  }

  /** The resolved unit of the feature on its owner ("" if none or dimensionless). */
  public String unit() {
    EStructuralFeature feature = feature();
    String unit = feature == null ? "" : Units.resolve(owner, feature);
    return Units.ONE.equals(unit) ? "" : unit;
  }

  @Override
  public String getDisplayName(Object thisObject) {
    EStructuralFeature feature = feature();
    String symbol = feature == null ? "" : Units.symbol(feature);
    String name = symbol.isEmpty() ? super.getDisplayName(thisObject) : symbol;
    if (!partName.isEmpty()) {
      name = feature != null && "value".equals(feature.getName()) ? partName : partName + " " + name;
    }
    String unit = unit();
    return unit.isEmpty() ? name : name + " (" + unit + ")";
  }

  @Override
  public String getCategory(Object thisObject) {
    EStructuralFeature feature = feature();
    return feature == null ? super.getCategory(thisObject) : PropertyCategories.of(owner, feature);
  }

  /** Unique per selection: the path from the selected object, e.g. "receptor.tauSyn". */
  @Override
  public String getId(Object thisObject) {
    EStructuralFeature feature = feature();
    String local = feature == null ? super.getId(thisObject) : feature.getName();
    return owner.eContainmentFeature() != null && owner != thisObject ? owner.eContainmentFeature().getName() + "." + local : local;
  }
}
