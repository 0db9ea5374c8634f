package org.neurocircuit.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.NeuronModel;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.SynapseKinetics;
import org.neurocircuit.model.units.Units;

/**
 * A receptor against the populations it acts on (the target of its projection, or the targets of its
 * Poisson or spike-times stimulus): the target must take input, conductance receptors need a
 * conductance-capable model, and the reversal potential must agree with the sign. An excitatory
 * E_rev at or below the target's rest, or an inhibitory one at or above its threshold, is an error
 * (the synapse would act against its sign); an E_rev between rest and threshold is a warning
 * (excitation that cannot reach threshold, or shunting inhibition).
 */
final class ReceptorRules {

  private ReceptorRules() {
  }

  static void check(Receptor receptor, Report report) {
    boolean delta = receptor.getKinetics() == SynapseKinetics.DELTA;
    if (delta && receptor.getKind() == ReceptorKind.CONDUCTANCE) {
      report.error(Check.KINETICS, receptor, Literals.RECEPTOR__KINETICS, "delta kinetics is for current receptors only",
          "use exponential or alpha kinetics, or a current receptor");
    } else if (!delta) {
      Numbers.positive(report, Check.TIME_CONSTANT, receptor, Literals.RECEPTOR__TAU_SYN);
    }
    for (Population target : targets(receptor)) {
      NeuronModel model = target.getNeuronModel();
      if (model == null) {
        continue;
      }
      if (!NeuronFacts.acceptsInput(model)) {
        noInput(receptor.eContainer(), target, report);
      } else if (receptor.getKind() == ReceptorKind.CONDUCTANCE && !NeuronFacts.acceptsConductance(model)) {
        report.error(Check.INPUT_ACCEPTED, receptor, Literals.RECEPTOR__KIND, "a conductance receptor cannot act on "
            + "population " + Subjects.quote(target.getName()) + ", " + NeuronFacts.describe(model)
            + ", which takes currents only", "use a current receptor, or a conductance-based model for "
                + Subjects.quote(target.getName()), target);
      } else if (receptor.getKind() == ReceptorKind.CONDUCTANCE) {
        reversal(receptor, target, report);
      }
    }
  }

  private static void reversal(Receptor receptor, Population target, Report report) {
    double[] potentials = NeuronFacts.restAndThreshold(target.getNeuronModel());
    double eRev = receptor.getERev();
    if (potentials == null || !Double.isFinite(eRev) || !Double.isFinite(potentials[0]) || !Double.isFinite(potentials[1])) {
      return;
    }
    String rest = "the resting potential " + Units.format(potentials[0], Units.MV);
    String threshold = "the threshold " + Units.format(potentials[1], Units.MV);
    String of = " of population " + Subjects.quote(target.getName());
    String value = "E_rev = " + Units.format(eRev, Units.MV);
    if (receptor.getSign() == ReceptorSign.EXCITATORY) {
      if (eRev <= potentials[0]) {
        report.error(Check.REVERSAL_POTENTIAL, receptor, Literals.RECEPTOR__EREV, value + " is at or below " + rest + of
            + ", so this excitatory conductance would inhibit", "raise E_rev above threshold (typically 0 mV), or make "
                + "the receptor inhibitory", target);
      } else if (eRev <= potentials[1]) {
        report.warning(Check.REVERSAL_POTENTIAL, receptor, Literals.RECEPTOR__EREV, value + " is at or below "
            + threshold + of + ", so this excitation alone can never make it fire", "raise E_rev above threshold "
                + "(typically 0 mV)", target);
      }
    } else if (eRev >= potentials[1]) {
      report.error(Check.REVERSAL_POTENTIAL, receptor, Literals.RECEPTOR__EREV, value + " is at or above " + threshold + of
          + ", so this inhibitory conductance would excite", "lower E_rev to or below the resting potential (typically "
              + "\u221280 mV), or make the receptor excitatory", target);
    } else if (eRev > potentials[0]) {
      report.warning(Check.REVERSAL_POTENTIAL, receptor, Literals.RECEPTOR__EREV, value + " is above " + rest + of
          + ", so this inhibition depolarises from rest (shunting)", "lower E_rev to or below the resting potential "
              + "unless shunting inhibition is intended", target);
    }
  }

  /** Error on a projection or stimulus whose target is a source, which takes no input. */
  static void noInput(EObject owner, Population target, Report report) {
    report.error(Check.INPUT_ACCEPTED, owner, owner instanceof Projection ? Literals.PROJECTION__TARGET
        : Literals.STIMULUS__TARGETS, "target population " + Subjects.quote(target.getName()) + " is "
            + NeuronFacts.describe(target.getNeuronModel()) + " and takes no input", "target a population of neurons",
        target);
  }

  /** The populations a receptor acts on. */
  private static List<Population> targets(Receptor receptor) {
    EObject owner = receptor.eContainer();
    if (owner instanceof Projection projection) {
      return projection.getTarget() == null ? List.of() : List.of(projection.getTarget());
    } else if (owner instanceof Stimulus stimulus) {
      return stimulus.getTargets();
    }
    return List.of();
  }
}
