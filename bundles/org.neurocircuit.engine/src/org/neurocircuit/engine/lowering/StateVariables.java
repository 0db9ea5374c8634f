package org.neurocircuit.engine.lowering;

import java.util.Map;
import java.util.Optional;

import org.neurocircuit.engine.network.StateVariable;

/**
 * The metamodel's state-variable names (those {@code Units.stateVariableUnit} knows) as network
 * state variables. {@code u} is Izhikevich's recovery variable, held where AdEx holds {@code w}.
 */
final class StateVariables {

    private static final Map<String, StateVariable> BY_NAME = Map.ofEntries(
            Map.entry("V_m", StateVariable.V), Map.entry("v", StateVariable.V),
            Map.entry("w", StateVariable.ADAPTATION), Map.entry("u", StateVariable.ADAPTATION),
            Map.entry("r", StateVariable.RATE),
            Map.entry("g_ex", StateVariable.SYN_EXC), Map.entry("I_ex", StateVariable.SYN_EXC),
            Map.entry("g_in", StateVariable.SYN_INH), Map.entry("I_in", StateVariable.SYN_INH));

    private StateVariables() {
    }

    static Optional<StateVariable> named(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    /** The names a user may write, for messages. */
    static String known() {
        return "V_m, w, u, r, g_ex, g_in, I_ex, I_in";
    }
}
