package org.neurocircuit.engine.builtin.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurocircuit.engine.stats.FiringRates;
import org.neurocircuit.engine.stats.IsiStatistics;
import org.neurocircuit.engine.stats.SpikeTrains;
import org.neurocircuit.engine.stats.TimeWindow;

/**
 * The CUBA and COBA example circuits, as a user runs them (builder, lowering, built-in backend),
 * against Brian2 on the same circuits. Statistics follow the reference script: rate over all 4000
 * neurons, mean CV of ISI over neurons with at least 3 spikes (population sd), fraction without a
 * spike. Over three seeds the mean rate must lie within 2 of Brian2's seed-to-seed sd of its mean
 * (both are means of a few seeds); CV and silent fraction within the stated absolute tolerances,
 * which are about 4 Brian2 sd (our 3-seed means vary as much as its single seeds).
 */
class VogelsAbbottExamplesTest {

    private static final int SEEDS = 3;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "vogels_abbott_cuba, CUBA, 0.05, 0.06", "vogels_abbott_coba, COBA, 0.12, 0.05" })
    void exampleMatchesBrian2(String exampleId, String model, double cvTolerance, double silentTolerance) {
        Brian2Reference reference = Brian2Reference.load();
        double rate = 0;
        double cv = 0;
        double silent = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            SpikeTrains trains = ExampleRun.spikes(exampleId, 1000, (long) seed);
            TimeWindow window = TimeWindow.ofSteps(0.1, 10_000);
            double seedRate = FiringRates.meanHz(trains, window);
            double seedCv = IsiStatistics.meanCv(trains, window).mean();
            double seedSilent = FiringRates.silentFraction(trains, window);
            System.out.printf("%s seed %d: %.2f Hz, CV %.3f, silent %.3f%n", model, seed, seedRate, seedCv, seedSilent);
            rate += seedRate / SEEDS;
            cv += seedCv / SEEDS;
            silent += seedSilent / SEEDS;
        }
        Brian2Reference.Value brianRate = reference.get(model, "rate_hz");
        assertEquals(brianRate.mean(), rate, 2 * brianRate.sd(), model + " rate (Hz)");
        assertEquals(reference.get(model, "cv_isi").mean(), cv, cvTolerance, model + " CV of ISI");
        assertEquals(reference.get(model, "fraction_silent").mean(), silent, silentTolerance, model + " fraction silent");
    }
}
