package org.neurocircuit.engine.network;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a network description or its settings do not make sense; lists every problem. */
public final class InvalidNetworkException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidNetworkException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the network:\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /** The problems found. */
    public List<Problem> problems() {
        return problems;
    }
}
