package org.neurocircuit.engine.builtin.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The statistics Brian2 produced on the Vogels-Abbott circuits: {@code reference/vogels_abbott_summary.csv}
 * of this fragment, written by {@code reference/vogels_abbott.py} (mean and sd over seeds).
 */
final class Brian2Reference {

    /** Mean and seed-to-seed standard deviation of one statistic. */
    record Value(double mean, double sd) {
    }

    private final Map<String, Value> values = new HashMap<>();

    private Brian2Reference() {
    }

    static Brian2Reference load() {
        Brian2Reference reference = new Brian2Reference();
        try (InputStream in = Brian2Reference.class.getResourceAsStream("/reference/vogels_abbott_summary.csv")) {
            if (in == null) {
                throw new IllegalStateException("reference/vogels_abbott_summary.csv is missing from the test fragment");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine(); // header: model,statistic,mean,sd
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] cells = line.split(",");
                reference.values.put(cells[0] + "/" + cells[1],
                        new Value(Double.parseDouble(cells[2]), Double.parseDouble(cells[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reference;
    }

    Value get(String model, String statistic) {
        Value value = values.get(model + "/" + statistic);
        if (value == null) {
            throw new IllegalArgumentException("no Brian2 reference for " + model + " " + statistic);
        }
        return value;
    }
}
