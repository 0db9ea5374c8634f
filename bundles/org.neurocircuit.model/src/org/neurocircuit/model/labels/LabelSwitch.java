package org.neurocircuit.model.labels;

import org.eclipse.emf.ecore.EObject;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.DecoderParameter;
import org.neurocircuit.model.DecodingTask;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.DiagramPoint;
import org.neurocircuit.model.ExplicitConnection;
import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.Plasticity;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.SpatialLayout;
import org.neurocircuit.model.SpikeTrain;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.StimulusTarget;
import org.neurocircuit.model.TimeSeriesTarget;
import org.neurocircuit.model.units.Units;
import org.neurocircuit.model.util.ModelSwitch;

/** Dispatches {@link Labels#text(Object)} over the model classes (most specific case first). */
final class LabelSwitch extends ModelSwitch<String> {

  @Override
  public String caseCircuit(Circuit object) {
    return Labels.circuit(object);
  }

  @Override
  public String caseRegion(Region object) {
    return Labels.region(object);
  }

  @Override
  public String casePopulation(Population object) {
    return Labels.population(object);
  }

  @Override
  public String caseProjection(Projection object) {
    return Labels.projection(object);
  }

  @Override
  public String caseStimulus(Stimulus object) {
    return Labels.stimulus(object);
  }

  @Override
  public String caseRecorder(Recorder object) {
    return Labels.recorder(object);
  }

  @Override
  public String caseDecodingTask(DecodingTask object) {
    return Labels.decodingTask(object);
  }

  @Override
  public String caseNeuronModel(NeuronModel object) {
    return PartLabels.modelLong(object);
  }

  @Override
  public String caseInitialValue(InitialValue object) {
    String unit = Units.resolve(object, ModelPackage.Literals.INITIAL_VALUE__VALUE);
    return object.getVariable() + " = " + PartLabels.quantity(object.getValue(), unit);
  }

  @Override
  public String caseQuantity(Quantity object) {
    String unit = object.eContainer() == null ? "" : Units.resolve(object.eContainer(), object.eContainmentFeature());
    String role = object.eContainmentFeature() == null ? "" : object.eContainmentFeature().getName() + " ";
    return role + PartLabels.quantity(object, unit);
  }

  @Override
  public String caseConnectionRule(ConnectionRule object) {
    return PartLabels.rule(object);
  }

  @Override
  public String caseReceptor(Receptor object) {
    return PartLabels.receptor(object);
  }

  @Override
  public String casePlasticity(Plasticity object) {
    return PartLabels.plasticity(object);
  }

  @Override
  public String caseSpatialLayout(SpatialLayout object) {
    return PartLabels.layout(object);
  }

  @Override
  public String caseSpikeTrain(SpikeTrain object) {
    return "neuron " + object.getNeuron() + ": " + Labels.plural(object.getTimes().size(), "spike");
  }

  @Override
  public String caseExplicitConnection(ExplicitConnection object) {
    String text = object.getSource() + "\u2192" + object.getTarget();
    if (object.getWeight() != null) {
      text += " w=" + Units.format(object, ModelPackage.Literals.EXPLICIT_CONNECTION__WEIGHT);
    }
    if (object.getDelay() != null) {
      text += " d=" + Units.format(object, ModelPackage.Literals.EXPLICIT_CONNECTION__DELAY);
    }
    return text;
  }

  @Override
  public String caseStimulusTarget(StimulusTarget object) {
    return "target: " + Labels.name(object.getStimulus()) + "." + (object.getParameter() == null ? "?" : object.getParameter());
  }

  @Override
  public String caseTimeSeriesTarget(TimeSeriesTarget object) {
    return "target: time series (" + Labels.plural(object.getTimes().size(), "sample") + ")";
  }

  @Override
  public String caseDecoderParameter(DecoderParameter object) {
    return object.getKey() + " = " + (object.getValue() == null ? "" : object.getValue());
  }

  @Override
  public String caseDiagram(Diagram object) {
    return "diagram";
  }

  @Override
  public String caseDiagramNode(DiagramNode object) {
    return "node of " + Labels.name(object.getElement());
  }

  @Override
  public String caseDiagramEdge(DiagramEdge object) {
    String target = object.getTarget() == null ? "" : " \u2192 " + Labels.name(object.getTarget());
    return "edge of " + Labels.name(object.getElement()) + target;
  }

  @Override
  public String caseDiagramPoint(DiagramPoint object) {
    return "(" + object.getX() + ", " + object.getY() + ")";
  }

  @Override
  public String caseNamedElement(NamedElement object) {
    return Labels.name(object);
  }

  @Override
  public String defaultCase(EObject object) {
    return object.eClass().getName();
  }
}
