package org.neurocircuit.engine.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The initial values of a population's state variables, each fixed or drawn per neuron.
 * Variables not listed start at their defaults: V at the leak reversal potential
 * ({@code c} for Izhikevich), adaptation, rates and receptor states at 0 (Izhikevich
 * {@code u} at {@code b v}).
 *
 * @param values at most one entry per variable
 */
public record InitialState(List<InitialValue> values) {

    /** The state where every variable has its default. */
    public static final InitialState DEFAULT = new InitialState(List.of());

    public InitialState {
        values = List.copyOf(values);
    }

    /**
     * One variable's initial value.
     *
     * @param variable the variable
     * @param value its value or distribution, in the variable's unit (see {@link StateVariable})
     */
    public record InitialValue(StateVariable variable, Distribution value) {
    }

    /** This state with one more (or a replaced) variable. */
    public InitialState with(StateVariable variable, Distribution value) {
        List<InitialValue> copy = new ArrayList<>();
        for (InitialValue v : values) {
            if (v.variable() != variable) {
                copy.add(v);
            }
        }
        copy.add(new InitialValue(variable, value));
        return new InitialState(copy);
    }

    /** The value given for a variable, if any. */
    public Optional<Distribution> valueOf(StateVariable variable) {
        for (InitialValue v : values) {
            if (v.variable() == variable) {
                return Optional.of(v.value());
            }
        }
        return Optional.empty();
    }
}
