/**
 * The fixed units of NeuroCircuit (mV, ms, nS, pA, pF, Hz, &micro;m; "1" for dimensionless values,
 * "px" for diagram coordinates) and how to read them from the metamodel.
 *
 * <p>Each numeric attribute carries its unit once, in the ecore: an annotation with source
 * {@value org.neurocircuit.model.units.Units#SOURCE}, detail {@code unit}, and an optional
 * {@code symbol} (e.g. {@code τ_m}) for display. Three units depend on the context and start with
 * {@code @}; {@link org.neurocircuit.model.units.Units#resolve} turns them into a fixed unit:
 * <ul>
 * <li>{@code @receptor}: synaptic weights (and STDP bounds): nS for conductance receptors, pA for
 * current receptors, mV for current receptors with delta kinetics (a jump of V_m).</li>
 * <li>{@code @container}: attributes of a {@code Quantity} take the unit of the reference that holds
 * the quantity (e.g. {@code Projection.delay} is annotated ms, {@code Projection.weight} @receptor).</li>
 * <li>{@code @variable}: the value of an {@code InitialValue} takes the unit of its state variable
 * (V_m mV, w pA, g_ex nS, ...).</li>
 * </ul>
 */
package org.neurocircuit.model.units;
