package org.neurocircuit.model.validation;

import java.util.Iterator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.neurocircuit.model.AdEx;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.RateUnit;
import org.neurocircuit.model.Receptor;
import org.neurocircuit.model.ShortTermPlasticity;
import org.neurocircuit.model.Stdp;
import org.neurocircuit.model.SynapseKinetics;

/**
 * Finds the fastest time constant of a circuit, which bounds dt: membrane time constants (τ_m, or
 * C_m/g_L for conductance-based models), AdEx τ_w, rate-unit τ, synaptic τ_syn (not for delta
 * kinetics), STDP τ+ and τ−, and Tsodyks–Markram τ_rec and τ_fac (when not 0). Izhikevich has no
 * explicit time constant. Invalid values (not positive, not finite) are reported elsewhere and skipped.
 *
 * @param value the time constant in ms
 * @param owner the object that defines it
 * @param feature its attribute (for derived τ_m = C_m/g_L: g_L)
 * @param symbol its name in messages, e.g. "τ_syn" or "τ_m = C_m/g_L"
 */
record TimeConstants(double value, EObject owner, EAttribute feature, String symbol) {

  /** The fastest time constant of {@code circuit}, or null if it has none. */
  static TimeConstants fastest(Circuit circuit) {
    TimeConstants fastest = null;
    for (Iterator<EObject> it = circuit.eAllContents(); it.hasNext();) {
      for (TimeConstants candidate : of(it.next())) {
        if (candidate.value > 0 && Double.isFinite(candidate.value) && (fastest == null || candidate.value < fastest.value)) {
          fastest = candidate;
        }
      }
    }
    return fastest;
  }

  private static TimeConstants[] of(EObject object) {
    if (object instanceof LifCurrent lif) {
      return one(lif.getTauM(), lif, Literals.LIF_CURRENT__TAU_M);
    } else if (object instanceof LifConductance lif) {
      return new TimeConstants[] { derived(lif.getCm(), lif.getGL(), lif, Literals.LIF_CONDUCTANCE__GL) };
    } else if (object instanceof AdEx adex) {
      return new TimeConstants[] { derived(adex.getCm(), adex.getGL(), adex, Literals.AD_EX__GL),
          of(adex.getTauW(), adex, Literals.AD_EX__TAU_W) };
    } else if (object instanceof RateUnit rate) {
      return one(rate.getTau(), rate, Literals.RATE_UNIT__TAU);
    } else if (object instanceof Receptor receptor && receptor.getKinetics() != SynapseKinetics.DELTA) {
      return one(receptor.getTauSyn(), receptor, Literals.RECEPTOR__TAU_SYN);
    } else if (object instanceof Stdp stdp) {
      return new TimeConstants[] { of(stdp.getTauPlus(), stdp, Literals.STDP__TAU_PLUS),
          of(stdp.getTauMinus(), stdp, Literals.STDP__TAU_MINUS) };
    } else if (object instanceof ShortTermPlasticity stp) {
      return new TimeConstants[] { of(stp.getTauRec(), stp, Literals.SHORT_TERM_PLASTICITY__TAU_REC),
          of(stp.getTauFac(), stp, Literals.SHORT_TERM_PLASTICITY__TAU_FAC) };
    }
    return new TimeConstants[0];
  }

  private static TimeConstants[] one(double value, EObject owner, EAttribute feature) {
    return new TimeConstants[] { of(value, owner, feature) };
  }

  private static TimeConstants of(double value, EObject owner, EAttribute feature) {
    return new TimeConstants(value, owner, feature, Report.symbol(feature));
  }

  private static TimeConstants derived(double cm, double gL, EObject owner, EAttribute feature) {
    return new TimeConstants(cm / gL, owner, feature, "\u03c4_m = C_m/g_L");
  }
}
