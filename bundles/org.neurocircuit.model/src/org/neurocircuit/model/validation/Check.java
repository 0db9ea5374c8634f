package org.neurocircuit.model.validation;

/**
 * The named checks of {@link CircuitValidator}. A diagnostic's {@code code} is {@link #code()} and its
 * {@code source} {@link CircuitValidator#DIAGNOSTIC_SOURCE}, so tools can tell the checks apart. The
 * bundle's README lists, per check, which cases are errors and which warnings.
 */
public enum Check {
  /** A required reference or containment (lower bound 1) is missing. */
  REQUIRED,
  /** A named element has no name. */
  NAME_MISSING,
  /** A name is not an identifier {@code [A-Za-z_][A-Za-z0-9_]*}. */
  NAME_IDENTIFIER,
  /** Two siblings share a name (regions and populations of a container share one namespace). */
  NAME_UNIQUE,
  /** A reference points outside the circuit, or to an element that could not be found. */
  REFERENCE_IN_CIRCUIT,
  /** A number is NaN or infinite. */
  FINITE,
  /** Simulation settings: duration, threads, backend. */
  SETTINGS,
  /** dt must be positive and resolve the fastest time constant of the circuit. */
  DT_RESOLUTION,
  /** The duration should be a whole number of steps. */
  DURATION_STEPS,
  /** Population size at least 1. */
  SIZE_POSITIVE,
  /** Colours are #RRGGBB. */
  COLOR_FORMAT,
  /** Initial values name a state variable of the model, once each. */
  INITIAL_VALUE,
  /** Grid and box layouts are well formed and fit the population. */
  LAYOUT,
  /** Time constants are positive (refractory period and τ_fac may be 0). */
  TIME_CONSTANT,
  /** Capacitances and leak conductances are positive. */
  MEMBRANE,
  /** Reset, rest, threshold and spike cut-off are ordered. */
  POTENTIAL_ORDER,
  /** Other neuron-model parameters (AdEx slope, Izhikevich recovery, rate-unit gain). */
  NEURON_PARAMETER,
  /** Rates, frequencies, weights of stimuli, noise amplitudes are not negative. */
  NON_NEGATIVE,
  /** Spike times are sorted and not negative; per-neuron trains name existing neurons once. */
  SPIKE_TIMES,
  /** Probabilities (p, p0, U) lie in [0, 1]. */
  PROBABILITY,
  /** In- and out-degrees fit the populations when multapses (and autapses) are forbidden. */
  DEGREE,
  /** One-to-one needs equal sizes (and autapses when a population connects to itself). */
  ONE_TO_ONE,
  /** Distance-dependent rules need a positive length scale and layouts on both sides. */
  DISTANCE,
  /** Explicit connections name existing neurons and respect the autapse/multapse settings. */
  EXPLICIT,
  /** Synaptic weights are magnitudes (not negative). */
  WEIGHT,
  /** Delays are at least one step. */
  DELAY,
  /** The target's neuron model accepts the input (receptor kind, sources take no input). */
  INPUT_ACCEPTED,
  /** Delta kinetics only with current receptors. */
  KINETICS,
  /** Reversal potentials agree with the receptor's sign. */
  REVERSAL_POTENTIAL,
  /** STDP bounds are ordered and hold the initial weights; amplitudes are not negative. */
  STDP,
  /** Distributions are well formed (low &lt; high, sd &ge; 0, ordered clipping bounds). */
  DISTRIBUTION,
  /** Stimuli are active in a sensible window. */
  STIMULUS_WINDOW,
  /** Step stimuli and time series have matching, ascending lists. */
  SERIES,
  /** A sinusoid is slower than the Nyquist frequency of dt. */
  NYQUIST,
  /** Recorder subsets name existing neurons. */
  RECORDER_SUBSET,
  /** State recorders record a variable that every target has. */
  RECORDER_VARIABLE,
  /** Sampling intervals and bins are at least one step. */
  SAMPLING,
  /** Decoding tasks: decoder id, bins, folds, parameters. */
  DECODING,
  /** A stimulus target names a numeric attribute of its stimulus. */
  STIMULUS_PARAMETER;

  /** The diagnostic code: a stable number per check (its position + 1; append new checks at the end). */
  public int code() {
    return ordinal() + 1;
  }

  /** The check of a diagnostic code, or null. */
  public static Check of(int code) {
    Check[] all = values();
    return code >= 1 && code <= all.length ? all[code - 1] : null;
  }
}
