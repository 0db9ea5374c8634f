/** Tests of binning (spikes per neuron and population, sampled signals), the history window and target resampling. */
package org.neurocircuit.decode.features;
