package org.neurocircuit.decode.decoders;

import java.util.ArrayList;
import java.util.List;

/** Names of classes for weight tables: "class 0", "class 0.5", "class 100". */
final class ClassNames {

    private ClassNames() {
    }

    static List<String> of(double[] classes) {
        List<String> names = new ArrayList<>(classes.length);
        for (double c : classes) {
            boolean whole = c == Math.rint(c) && Math.abs(c) < 1e15;
            names.add("class " + (whole ? Long.toString((long) c) : Double.toString(c)));
        }
        return names;
    }
}
