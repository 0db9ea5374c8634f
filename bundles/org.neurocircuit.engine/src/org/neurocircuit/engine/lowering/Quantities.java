package org.neurocircuit.engine.lowering;

import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.LogNormalDistribution;
import org.neurocircuit.model.NormalDistribution;
import org.neurocircuit.model.Quantity;
import org.neurocircuit.model.UniformDistribution;

/** Model quantities (constant or distributed) as network distributions, in the holder's unit. */
final class Quantities {

    private Quantities() {
    }

    /** The distribution, or {@code null} when the quantity is missing (the caller reports it). */
    static Distribution of(Quantity quantity) {
        if (quantity == null) {
            return null;
        }
        return switch (quantity) {
            case ConstantValue constant -> new Distribution.Constant(constant.getValue());
            case UniformDistribution uniform -> new Distribution.Uniform(uniform.getLow(), uniform.getHigh());
            case NormalDistribution normal -> new Distribution.Normal(normal.getMean(), normal.getSd(),
                    normal.getLow() == null ? Double.NEGATIVE_INFINITY : normal.getLow(),
                    normal.getHigh() == null ? Double.POSITIVE_INFINITY : normal.getHigh());
            case LogNormalDistribution logNormal -> new Distribution.LogNormal(logNormal.getMu(), logNormal.getSigma());
            default -> throw new IllegalArgumentException("unknown quantity " + quantity.eClass().getName());
        };
    }
}
