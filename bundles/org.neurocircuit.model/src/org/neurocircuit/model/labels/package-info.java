/**
 * Short human-readable texts of model objects, e.g. {@code E (LIF cond., 3200 neurons)} for a
 * population and {@code E→I  p=0.02  w=0.6 nS} for a projection. UI-free: the edit bundle's item
 * providers, the command line and result views use the same texts. Numbers follow
 * {@link org.neurocircuit.model.units.Units#number(double)}.
 */
package org.neurocircuit.model.labels;
