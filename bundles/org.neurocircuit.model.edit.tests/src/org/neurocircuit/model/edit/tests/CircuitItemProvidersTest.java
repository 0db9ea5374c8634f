package org.neurocircuit.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.edit.CircuitItemProviderAdapterFactory;
import org.neurocircuit.model.edit.PropertyCategories;

/** The decorated item providers: labels, unit-aware display names, categories, flattened parts. */
class CircuitItemProvidersTest {

  private final ComposedAdapterFactory factory = new ComposedAdapterFactory(
      List.of(new CircuitItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
  private final Circuit circuit = EditTestCircuit.create();

  @AfterEach
  void dispose() {
    factory.dispose();
  }

  private IItemPropertySource properties(Object object) {
    return (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
  }

  /** Display name to category, for the descriptors of {@code object}. */
  private Map<String, String> categories(Object object) {
    Map<String, String> result = new HashMap<>();
    for (IItemPropertyDescriptor d : properties(object).getPropertyDescriptors(object)) {
      result.put(d.getDisplayName(object), d.getCategory(object));
    }
    return result;
  }

  @Test
  void labelsComeFromTheModelBundle() {
    Population e = circuit.getPopulations().get(0);
    IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(e, IItemLabelProvider.class);
    assertEquals("E (LIF cond., 3200 neurons)", labels.getText(e));
    assertNotNull(labels.getImage(e), "generated icon");
    Projection ei = circuit.getProjections().get(0);
    assertEquals("E\u2192I  p=0.02  w=0.6 nS", ((IItemLabelProvider) factory.adapt(ei, IItemLabelProvider.class)).getText(ei));
  }

  @Test
  void childrenAreAdaptedThroughTheDecoratedRoot() {
    Projection ei = circuit.getProjections().get(0);
    var tree = (ITreeItemContentProvider) factory.adapt(ei, ITreeItemContentProvider.class);
    List<String> texts = new ArrayList<>();
    for (Object child : tree.getChildren(ei)) {
      texts.add(((IItemLabelProvider) factory.adapt(child, IItemLabelProvider.class)).getText(child));
    }
    assertTrue(texts.contains("weight 0.6 nS"), texts.toString());
    assertTrue(texts.contains("delay 1.5 ms"), texts.toString());
  }

  @Test
  void populationShowsItsNeuronModelInCategories() {
    Map<String, String> map = categories(circuit.getPopulations().get(0));
    assertEquals(PropertyCategories.GENERAL, map.get("Name"));
    assertEquals(PropertyCategories.NEURON, map.get("Size"));
    assertEquals(PropertyCategories.DIAGRAM, map.get("Color"));
    assertEquals(PropertyCategories.NEURON, map.get("C_m (pF)"));
    assertEquals(PropertyCategories.NEURON, map.get("g_L (nS)"));
    assertEquals(PropertyCategories.NEURON, map.get("Layout \u0394x (\u00b5m)"));
  }

  @Test
  void projectionShowsRuleSynapseAndPlasticity() {
    Map<String, String> map = categories(circuit.getProjections().get(1));
    assertEquals(PropertyCategories.CONNECTIVITY, map.get("Source"));
    assertEquals(PropertyCategories.CONNECTIVITY, map.get("K_in"));
    assertEquals(PropertyCategories.SYNAPSE, map.get("Weight \u03bc (nS)"));
    assertEquals(PropertyCategories.SYNAPSE, map.get("Weight Low (nS)"));
    assertEquals(PropertyCategories.SYNAPSE, map.get("Delay Low (ms)"));
    assertEquals(PropertyCategories.SYNAPSE, map.get("\u03c4_syn (ms)"));
    assertEquals(PropertyCategories.SYNAPSE, map.get("E_rev (mV)"));
    assertEquals(PropertyCategories.PLASTICITY, map.get("\u03c4_rec (ms)"));
    assertEquals(PropertyCategories.PLASTICITY, map.get("U"));
  }

  @Test
  void idsAreUniqueAndNestedDescriptorsEditTheirPart() {
    Projection ei = circuit.getProjections().get(0);
    Set<String> ids = new HashSet<>();
    IItemPropertyDescriptor weight = null;
    for (IItemPropertyDescriptor d : properties(ei).getPropertyDescriptors(ei)) {
      assertTrue(ids.add(d.getId(ei)), "duplicate id " + d.getId(ei));
      if (d.getDisplayName(ei).equals("Weight (nS)")) {
        weight = d;
      }
    }
    assertTrue(ids.contains("weight.value") && ids.contains("receptor.tauSyn") && ids.contains("name"), ids.toString());
    assertNotNull(weight, "a 'Weight (nS)' property");
    weight.setPropertyValue(ei, 0.8);
    assertEquals(0.8, ((ConstantValue) ei.getWeight()).getValue());
    assertNotNull(properties(ei).getPropertyDescriptor(ei, "receptor.tauSyn"));
    IItemPropertyDescriptor source = properties(ei).getPropertyDescriptor(ei, "source");
    assertEquals("E (LIF cond., 3200 neurons)", source.getLabelProvider(ei).getText(ei.getSource()),
        "generated descriptors label values through the decorated root");
  }

  @Test
  void changingAPartRefreshesTheOwnersLabel() {
    Projection ei = circuit.getProjections().get(0);
    List<Object> refreshed = new ArrayList<>();
    factory.addListener(n -> {
      if (n instanceof ViewerNotification v && v.isLabelUpdate()) {
        refreshed.add(v.getElement());
      }
    });
    factory.adapt(ei.getReceptor(), IItemLabelProvider.class);
    ei.getReceptor().setKind(ReceptorKind.CURRENT);
    assertTrue(refreshed.contains(ei), "the projection's label (weight unit) is refreshed: " + refreshed);
    assertTrue(refreshed.contains(ei.getReceptor()));
  }
}
