package org.neurocircuit.model.edit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.DecoderParameter;
import org.neurocircuit.model.DecodingTarget;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.DiagramPoint;
import org.neurocircuit.model.ExplicitConnection;
import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.Plasticity;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.SpatialLayout;
import org.neurocircuit.model.SpikeTrain;
import org.neurocircuit.model.Stimulus;

/** The property categories of the Properties view and which parts are shown on their owner. */
public final class PropertyCategories {

  public static final String GENERAL = "General";
  public static final String SIMULATION = "Simulation";
  public static final String NEURON = "Neuron";
  public static final String CONNECTIVITY = "Connectivity";
  public static final String SYNAPSE = "Synapse";
  public static final String PLASTICITY = "Plasticity";
  public static final String STIMULUS = "Stimulus";
  public static final String RECORDING = "Recording";
  public static final String DECODING = "Decoding";
  public static final String DIAGRAM = "Diagram";

  /** Single-valued parts whose properties the owner shows, with the name put before them. */
  private static final Map<EReference, String> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put(ModelPackage.Literals.POPULATION__NEURON_MODEL, "");
    PARTS.put(ModelPackage.Literals.POPULATION__LAYOUT, "Layout");
    PARTS.put(ModelPackage.Literals.INITIAL_VALUE__VALUE, "Value");
    PARTS.put(ModelPackage.Literals.PROJECTION__RULE, "");
    PARTS.put(ModelPackage.Literals.PROJECTION__WEIGHT, "Weight");
    PARTS.put(ModelPackage.Literals.PROJECTION__DELAY, "Delay");
    PARTS.put(ModelPackage.Literals.PROJECTION__RECEPTOR, "");
    PARTS.put(ModelPackage.Literals.PROJECTION__PLASTICITY, "");
    PARTS.put(ModelPackage.Literals.POISSON_STIMULUS__RECEPTOR, "");
    PARTS.put(ModelPackage.Literals.SPIKE_TIMES_STIMULUS__RECEPTOR, "");
    PARTS.put(ModelPackage.Literals.DECODING_TASK__TARGET, "Target");
  }

  private PropertyCategories() {
  }

  /** The parts of instances of {@code eClass} shown on the instance, in display order, with their prefixes. */
  public static Map<EReference, String> flattenedParts(EClass eClass) {
    Map<EReference, String> result = new LinkedHashMap<>();
    PARTS.forEach((reference, prefix) -> {
      if (reference.getEContainingClass().isSuperTypeOf(eClass)) {
        result.put(reference, prefix);
      }
    });
    return result;
  }

  /** The category of {@code feature} on {@code owner}. */
  public static String of(EObject owner, EStructuralFeature feature) {
    if (feature == ModelPackage.Literals.NAMED_ELEMENT__NAME || feature == ModelPackage.Literals.NAMED_ELEMENT__DESCRIPTION) {
      return GENERAL;
    }
    if (feature == ModelPackage.Literals.REGION__COLOR || feature == ModelPackage.Literals.POPULATION__COLOR) {
      return DIAGRAM;
    }
    if (feature == ModelPackage.Literals.EXPLICIT_CONNECTION__WEIGHT || feature == ModelPackage.Literals.EXPLICIT_CONNECTION__DELAY) {
      return SYNAPSE;
    }
    return ofObject(owner);
  }

  /** The category of the features of {@code object} by its type (quantities by where they are used). */
  static String ofObject(EObject object) {
    if (object instanceof Circuit) {
      return SIMULATION;
    } else if (object instanceof Population || object instanceof NeuronModel || object instanceof InitialValue
        || object instanceof SpikeTrain || object instanceof SpatialLayout) {
      return NEURON;
    } else if (object instanceof Projection || object instanceof ConnectionRule || object instanceof ExplicitConnection) {
      return CONNECTIVITY;
    } else if (object instanceof Receptor) {
      return SYNAPSE;
    } else if (object instanceof Quantity) {
      return object.eContainer() instanceof InitialValue ? NEURON : SYNAPSE;
    } else if (object instanceof Plasticity) {
      return PLASTICITY;
    } else if (object instanceof Stimulus) {
      return STIMULUS;
    } else if (object instanceof Recorder) {
      return RECORDING;
    } else if (object instanceof DecodingTask || object instanceof DecodingTarget || object instanceof DecoderParameter) {
      return DECODING;
    } else if (object instanceof Diagram || object instanceof DiagramNode || object instanceof DiagramEdge
        || object instanceof DiagramPoint) {
      return DIAGRAM;
    }
    return GENERAL;
  }
}
