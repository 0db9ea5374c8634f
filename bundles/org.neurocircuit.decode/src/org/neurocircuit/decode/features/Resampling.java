package org.neurocircuit.decode.features;

/** How a target time series becomes one value per bin. */
public enum Resampling {
    /**
     * The series' value at the bin centre. The default for classification: a bin gets the class
     * in effect at its centre, never a blend of two classes.
     */
    CENTRE,
    /**
     * The series' exact mean over the bin (the integral of the interpolated series divided by the
     * bin width). The default for regression: a change within a bin counts in proportion to the
     * time it lasts.
     */
    MEAN
}
