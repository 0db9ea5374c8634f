package org.neurocircuit.model.labels;

import org.neurocircuit.model.AdEx;
import org.neurocircuit.model.AllToAll;
import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.DcStimulus;
import org.neurocircuit.model.DistanceDependent;
import org.neurocircuit.model.ExplicitList;
import org.neurocircuit.model.FixedInDegree;
import org.neurocircuit.model.FixedOutDegree;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.GridLayout;
import org.neurocircuit.model.Izhikevich;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.LogNormalDistribution;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.NoiseStimulus;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.OneToOne;
import org.neurocircuit.model.Plasticity;
import org.neurocircuit.model.PoissonSource;
import org.neurocircuit.model.PoissonStimulus;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.RandomBoxLayout;
import org.neurocircuit.model.RateRecorder;
import org.neurocircuit.model.RateUnit;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.ShortTermPlasticity;
import org.neurocircuit.model.SinusoidStimulus;
import org.neurocircuit.model.SpatialLayout;
import org.neurocircuit.model.SpikeTimeSource;
import org.neurocircuit.model.SpikeTimesStimulus;
import org.neurocircuit.model.StateRecorder;
import org.neurocircuit.model.Stdp;
import org.neurocircuit.model.StepStimulus;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.UniformDistribution;
import org.neurocircuit.model.units.Units;

/** Texts of the parts of named elements: neuron models, quantities, rules, receptors, plasticity, layouts. */
public final class PartLabels {

  private PartLabels() {
  }

  /** Short model name for population labels: "LIF curr.", "LIF cond.", "AdEx", ...; "no model" for null. */
  public static String modelShort(NeuronModel model) {
    if (model instanceof LifCurrent) {
      return "LIF curr.";
    } else if (model instanceof LifConductance) {
      return "LIF cond.";
    } else if (model instanceof AdEx) {
      return "AdEx";
    } else if (model instanceof Izhikevich) {
      return "Izhikevich";
    } else if (model instanceof PoissonSource) {
      return "Poisson";
    } else if (model instanceof SpikeTimeSource) {
      return "spike times";
    } else if (model instanceof RateUnit) {
      return "rate unit";
    }
    return model == null ? "no model" : model.eClass().getName();
  }

  /** Model name with its defining parameter, e.g. "LIF, conductance-based", "Poisson source, 10 Hz". */
  public static String modelLong(NeuronModel model) {
    if (model instanceof LifCurrent) {
      return "LIF, current-based";
    } else if (model instanceof LifConductance) {
      return "LIF, conductance-based";
    } else if (model instanceof AdEx) {
      return "adaptive exponential IF";
    } else if (model instanceof PoissonSource poisson) {
      return "Poisson source, " + Units.format(poisson.getRate(), Units.HZ);
    } else if (model instanceof SpikeTimeSource) {
      return "spike-time source";
    } else if (model instanceof RateUnit rate) {
      return "rate unit, " + rate.getTransferFunction().getLiteral() + ", \u03c4=" + Units.format(rate.getTau(), Units.MS);
    }
    return modelShort(model);
  }

  /** E.g. "0.6 nS", "U(0.5, 1.5) nS", "N(0.6, 0.1) in [0, ∞) nS", "logN(0, 1) nS"; "?" for null. */
  public static String quantity(Quantity quantity, String unit) {
    String suffix = unit == null || unit.isEmpty() || Units.ONE.equals(unit) ? "" : " " + unit;
    if (quantity instanceof ConstantValue constant) {
      return Units.number(constant.getValue()) + suffix;
    } else if (quantity instanceof UniformDistribution uniform) {
      return "U(" + n(uniform.getLow()) + ", " + n(uniform.getHigh()) + ")" + suffix;
    } else if (quantity instanceof NormalDistribution normal) {
      String clip = normal.getLow() == null && normal.getHigh() == null ? ""
          : " in [" + bound(normal.getLow(), Double.NEGATIVE_INFINITY) + ", " + bound(normal.getHigh(), Double.POSITIVE_INFINITY) + "]";
      return "N(" + n(normal.getMean()) + ", " + n(normal.getSd()) + ")" + clip + suffix;
    } else if (quantity instanceof LogNormalDistribution logNormal) {
      return "logN(" + n(logNormal.getMu()) + ", " + n(logNormal.getSigma()) + ")" + suffix;
    }
    return "?";
  }

  /** E.g. "p=0.02", "K_in=100", "all-to-all", "p(d)=0.3 gaussian σ=100 µm", "explicit (12 synapses)". */
  public static String rule(ConnectionRule rule) {
    if (rule instanceof AllToAll) {
      return "all-to-all";
    } else if (rule instanceof OneToOne) {
      return "one-to-one";
    } else if (rule instanceof FixedProbability p) {
      return "p=" + n(p.getP());
    } else if (rule instanceof FixedInDegree k) {
      return "K_in=" + k.getK();
    } else if (rule instanceof FixedOutDegree k) {
      return "K_out=" + k.getK();
    } else if (rule instanceof DistanceDependent d) {
      return "p(d)=" + n(d.getP0()) + " " + d.getProfile().getLiteral() + " \u03c3=" + Units.format(d.getSigma(), Units.UM);
    } else if (rule instanceof ExplicitList list) {
      return "explicit (" + Labels.plural(list.getConnections().size(), "synapse") + ")";
    }
    return "no rule";
  }

  /** E.g. "exc. conductance, exponential τ=5 ms, E_rev=0 mV", "inh. current, delta". */
  public static String receptor(Receptor receptor) {
    StringBuilder text = new StringBuilder(receptor.getSign() == ReceptorSign.INHIBITORY ? "inh. " : "exc. ")
        .append(receptor.getKind().getLiteral()).append(", ").append(receptor.getKinetics().getLiteral());
    if (receptor.getKinetics() != SynapseKinetics.DELTA) {
      text.append(" \u03c4=").append(Units.format(receptor.getTauSyn(), Units.MS));
    }
    if (receptor.getKind() == ReceptorKind.CONDUCTANCE) {
      text.append(", E_rev=").append(Units.format(receptor.getERev(), Units.MV));
    }
    return text.toString();
  }

  /** "STDP" or "STP"; "" for null. */
  public static String plasticityShort(Plasticity plasticity) {
    return plasticity instanceof Stdp ? "STDP" : plasticity instanceof ShortTermPlasticity ? "STP" : "";
  }

  /** E.g. "STDP additive, τ+=20 ms, τ−=20 ms", "STP U=0.5, τ_rec=800 ms, τ_fac=0 ms". */
  public static String plasticity(Plasticity plasticity) {
    if (plasticity instanceof Stdp stdp) {
      return "STDP " + stdp.getWeightDependence().getLiteral() + ", \u03c4+=" + Units.format(stdp.getTauPlus(), Units.MS)
          + ", \u03c4\u2212=" + Units.format(stdp.getTauMinus(), Units.MS);
    } else if (plasticity instanceof ShortTermPlasticity stp) {
      return "STP U=" + n(stp.getU()) + ", \u03c4_rec=" + Units.format(stp.getTauRec(), Units.MS) + ", \u03c4_fac="
          + Units.format(stp.getTauFac(), Units.MS);
    }
    return "no plasticity";
  }

  /** E.g. "grid 10×10, 100 µm", "random box 1000×1000×0 µm". */
  public static String layout(SpatialLayout layout) {
    if (layout instanceof GridLayout grid) {
      return "grid " + grid.getRows() + "\u00d7" + grid.getColumns() + ", " + Units.format(grid.getSpacing(), Units.UM);
    } else if (layout instanceof RandomBoxLayout box) {
      return "random box " + n(box.getExtentX()) + "\u00d7" + n(box.getExtentY()) + "\u00d7" + n(box.getExtentZ()) + " " + Units.UM;
    }
    return "no layout";
  }

  /** E.g. "Poisson 8 Hz", "DC 200 pA", "steps ×3", "sinusoid 10 Hz, 50 pA", "spike times ×12", "noise σ=50 pA". */
  public static String stimulusKind(Stimulus stimulus) {
    if (stimulus instanceof PoissonStimulus poisson) {
      return "Poisson " + Units.format(poisson.getRate(), Units.HZ);
    } else if (stimulus instanceof DcStimulus dc) {
      return "DC " + Units.format(dc.getAmplitude(), Units.PA);
    } else if (stimulus instanceof StepStimulus steps) {
      return "steps \u00d7" + steps.getTimes().size();
    } else if (stimulus instanceof SinusoidStimulus sine) {
      return "sinusoid " + Units.format(sine.getFrequency(), Units.HZ) + ", " + Units.format(sine.getAmplitude(), Units.PA);
    } else if (stimulus instanceof SpikeTimesStimulus spikes) {
      return "spike times \u00d7" + spikes.getTimes().size();
    } else if (stimulus instanceof NoiseStimulus noise) {
      return "noise \u03bc=" + Units.format(noise.getMean(), Units.PA) + " \u03c3=" + Units.format(noise.getStd(), Units.PA);
    }
    return stimulus.eClass().getName();
  }

  /** E.g. "spikes", "V_m every 0.1 ms", "rate, 1 ms bins". */
  public static String recorderKind(Recorder recorder) {
    if (recorder instanceof StateRecorder state) {
      return (state.getVariable() == null ? "?" : state.getVariable()) + " every " + Units.format(state.getInterval(), Units.MS);
    } else if (recorder instanceof RateRecorder rate) {
      return "rate, " + Units.format(rate.getBinWidth(), Units.MS) + " bins";
    }
    return "spikes";
  }

  /** "" for all neurons, "[first 10]", "[3 neurons]". */
  public static String subset(Recorder recorder) {
    return switch (recorder.getSubset()) {
      case FIRST_N -> "[first " + recorder.getCount() + "]";
      case INDICES -> "[" + Labels.plural(recorder.getIndices().size(), "neuron") + "]";
      default -> "";
    };
  }

  private static String n(double value) {
    return Units.number(value);
  }

  private static String bound(Double value, double open) {
    return n(value == null ? open : value);
  }
}
