/**
 * Validation of circuits: {@link org.neurocircuit.model.validation.CircuitValidation} is the UI-free
 * entry point ({@code validate(circuit)}, {@code lines(diagnostic)}), used by the command line and the
 * editor; {@link org.neurocircuit.model.validation.CircuitValidator} is the EValidator registered for
 * the model package (by the bundle activator under OSGi, by {@code CircuitValidation.register()} in
 * plain Java), so {@code Diagnostician.INSTANCE} applies it too.
 *
 * <p>Every message names the element and the fix: "{@code Population 'E' in region 'V1': size is 0; set
 * a size of at least 1 neuron}". Each diagnostic carries the offending object and feature as its first
 * two data elements (the editor selects the object), then related objects; its code is a
 * {@link org.neurocircuit.model.validation.Check}. Severities: an error is a circuit that cannot run or
 * means something other than it says; a warning is one that runs but probably not as intended.
 *
 * <p>The rules, one class per area: names ({@code NameRules}), settings and dt ({@code SettingsRules}:
 * dt &gt; τ_min is an error, dt &gt; τ_min/5 a warning, τ_min being the fastest time constant of the
 * circuit), populations and layouts, neuron parameters, connection rules, weights and delays (delays
 * &ge; dt), receptors (accepted by the target's model, E_rev agreeing with the sign), plasticity,
 * distributions, stimuli, recorders and decoding tasks; finite numbers, required features and
 * references inside the circuit for every object ({@code GeneralRules}).
 */
package org.neurocircuit.model.validation;
