/**
 * Decoder inputs and targets on a grid of time bins ({@link org.neurocircuit.decode.features.BinGrid}):
 * spike counts per neuron or per population, sampled signals (state and rate channels, averaged
 * over each bin), gathered per run by {@link org.neurocircuit.decode.features.RunFeatures}; the
 * history window applied by {@link org.neurocircuit.decode.features.HistoryExpansion}; and the
 * target, a {@link org.neurocircuit.decode.features.TargetSeries} (step or linear) resampled to the
 * bins at their centre or as the mean over each bin ({@link org.neurocircuit.decode.features.Resampling}).
 */
package org.neurocircuit.decode.features;
