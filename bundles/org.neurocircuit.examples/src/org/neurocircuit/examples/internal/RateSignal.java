package org.neurocircuit.examples.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A rate (Hz) given by samples at equal intervals and linear interpolation between them, which is how
 * a {@code TimeSeriesTarget} defines its signal; and inhomogeneous Poisson spike trains that follow
 * exactly that signal. Trains come from {@link SplittableRandom}, whose algorithm is fixed, and sines
 * from {@link StrictMath}, so a builder gives the same circuit on every JVM and the committed files stay equal.
 */
public final class RateSignal {

  private final double sampleMs;
  private final double[] ratesHz;

  private RateSignal(double sampleMs, double[] ratesHz) {
    this.sampleMs = sampleMs;
    this.ratesHz = ratesHz;
  }

  /**
   * offset + Σ amplitude_i sin(2π frequency_i t + phase_i), sampled every {@code sampleMs} from 0 to
   * {@code durationMs} inclusive. Each component is {amplitude Hz, frequency Hz, phase rad}.
   */
  public static RateSignal sumOfSines(double offsetHz, double[][] components, double durationMs, double sampleMs) {
    int n = (int) Math.round(durationMs / sampleMs) + 1;
    double[] rates = new double[n];
    for (int k = 0; k < n; k++) {
      double tSeconds = k * sampleMs / 1000.0;
      double rate = offsetHz;
      for (double[] c : components) {
        rate += c[0] * StrictMath.sin(2 * Math.PI * c[1] * tSeconds + c[2]);
      }
      rates[k] = rate;
    }
    return new RateSignal(sampleMs, rates);
  }

  /** Number of samples. */
  public int samples() {
    return ratesHz.length;
  }

  /** Time of sample {@code k}, ms. */
  public double timeMs(int k) {
    return k * sampleMs;
  }

  /** Rate of sample {@code k}, Hz. */
  public double rateHz(int k) {
    return ratesHz[k];
  }

  /** The rate at {@code tMs}, linearly interpolated, Hz (the last sample's beyond the end). */
  public double rateAt(double tMs) {
    double position = tMs / sampleMs;
    int k = (int) Math.floor(position);
    if (k >= ratesHz.length - 1) {
      return ratesHz[ratesHz.length - 1];
    }
    double fraction = position - k;
    return ratesHz[k] + fraction * (ratesHz[k + 1] - ratesHz[k]);
  }

  /**
   * One Poisson train (spike times in ms, ascending) over [0, durationMs): in each time step of
   * {@code dtMs} a spike with probability rate × dt, so spikes fall on the simulation grid.
   */
  public List<Double> poissonTrain(SplittableRandom random, double dtMs, double durationMs) {
    long stepsPerMs = Math.round(1.0 / dtMs);
    long steps = Math.round(durationMs * stepsPerMs);
    List<Double> times = new ArrayList<>();
    for (long k = 0; k < steps; k++) {
      double t = k / (double) stepsPerMs; // exact decimal times such as 12.3, not 123 × 0.1
      if (random.nextDouble() < rateAt(t) * dtMs / 1000.0) {
        times.add(t);
      }
    }
    return times;
  }

  /** Appends the samples: times in ms, values in Hz. */
  public void samples(List<Double> times, List<Double> values) {
    for (int k = 0; k < ratesHz.length; k++) {
      times.add(timeMs(k));
      values.add(ratesHz[k]);
    }
  }
}
