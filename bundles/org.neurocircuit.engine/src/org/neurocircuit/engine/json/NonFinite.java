package org.neurocircuit.engine.json;

/**
 * What {@link JsonWriter} does with NaN and infinities, which JSON cannot hold. A choice of each
 * file format: run.json must never carry one (a NaN there is a bug), while a decoding's metrics
 * are legitimately undefined at times (R² of a constant target) and are stored as null.
 */
public enum NonFinite {
    /** Refuse the tree with an {@link IllegalArgumentException}. */
    REJECT,
    /** Write {@code null} in its place. */
    AS_NULL
}
