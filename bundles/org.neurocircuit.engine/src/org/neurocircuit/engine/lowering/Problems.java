package org.neurocircuit.engine.lowering;

import java.util.ArrayList;
import java.util.List;

import org.neurocircuit.engine.network.InvalidNetworkException;
import org.neurocircuit.engine.network.Problem;
import org.neurocircuit.model.NamedElement;

/** Collects every problem of one lowering, so the user sees all of them at once. */
final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    void add(NamedElement element, String message) {
        problems.add(new Problem(ElementNames.of(element), message));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidNetworkException(problems);
        }
    }
}
