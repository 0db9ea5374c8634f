package org.neurocircuit.cli.commands;

import java.util.List;
import java.util.function.Supplier;

import org.neurocircuit.examples.Brunel2000;
import org.neurocircuit.examples.PotjansDiesmann2014;
import org.neurocircuit.examples.VogelsAbbott2005;
import org.neurocircuit.model.Circuit;

/**
 * The benchmark circuits, built by the examples bundle's catalogue classes: COBA and CUBA
 * (Brette et al. 2007), Brunel 2000 (12,500 neurons, asynchronous irregular regime) and the
 * Potjans–Diesmann microcircuit at 10 % and full scale (in-degrees kept).
 */
final class BenchSuite {

    /**
     * One benchmark.
     *
     * @param name as printed
     * @param circuit builds the circuit (a new one each call)
     */
    record Case(String name, Supplier<Circuit> circuit) {
    }

    private BenchSuite() {
    }

    /** COBA and CUBA, for {@code --quick}. */
    static List<Case> quick() {
        return List.of(new Case("COBA", VogelsAbbott2005::coba), new Case("CUBA", VogelsAbbott2005::cuba));
    }

    /** Every benchmark, smallest first. */
    static List<Case> all() {
        return List.of(new Case("COBA", VogelsAbbott2005::coba), new Case("CUBA", VogelsAbbott2005::cuba),
                new Case("Brunel 2000 AI", () -> Brunel2000.create(Brunel2000.Regime.AI)),
                new Case("microcircuit 10 %", () -> PotjansDiesmann2014.create(0.1)),
                new Case("microcircuit 100 %", () -> PotjansDiesmann2014.create(1.0)));
    }
}
