package org.neurocircuit.decode.spi;

/**
 * What one column of a {@link FeatureMatrix} holds, so that weights can be shown per neuron and
 * per lag.
 *
 * @param source the recorder channel (or input file) it comes from
 * @param neuron the neuron's global index (or its id in a CSV file); -1 for a whole population
 *               or a population rate
 * @param lag bins into the past (see {@link HistoryWindow}); 0 for the current bin
 * @param unit "1" for spike counts, else the signal's unit (mV, pA, nS, Hz)
 * @param counts whether the column holds spike counts per bin (what Poisson models need)
 */
public record FeatureColumn(String source, int neuron, int lag, String unit, boolean counts) {

    /** This column at another lag. */
    public FeatureColumn atLag(int newLag) {
        return new FeatureColumn(source, neuron, newLag, unit, counts);
    }

    /** A short label: {@code spikesE#12}, {@code spikesE#12 t-2}, {@code rateE t+1}. */
    public String label() {
        String base = neuron >= 0 ? source + "#" + neuron : source;
        return lag == 0 ? base : base + (lag > 0 ? " t-" + lag : " t+" + (-lag));
    }

    @Override
    public String toString() {
        return label();
    }
}
