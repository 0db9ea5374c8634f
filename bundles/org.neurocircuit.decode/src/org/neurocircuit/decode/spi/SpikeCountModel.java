package org.neurocircuit.decode.spi;

/**
 * A fitted encoding model of spike counts: the expected count of each feature column given the
 * target, and the homogeneous model it is compared with. Used to score bits per spike.
 */
public interface SpikeCountModel {

    /** Expected count per bin of every column given the target value; NaN for columns not modelled. */
    double[] expectedCounts(double targetValue);

    /** The homogeneous model: each column's mean count per bin over the training bins. */
    double[] baselineCounts();
}
