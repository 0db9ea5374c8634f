package org.neurocircuit.ui.runs;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.neurocircuit.engine.results.RunManifest;
import org.neurocircuit.engine.results.RunOutcome;
import org.neurocircuit.engine.results.RunStatus;
import org.neurocircuit.engine.results.StoredRun;

/** The provenance columns of the Runs view, each with its header (unit included) and text. */
final class RunColumns {

    /** One column: header, width in pixels, and the text of a run. */
    record Column(String header, int width, Function<StoredRun, String> text) {
    }

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static final String NONE = "\u2013";

    static final List<Column> ALL = List.of(
            new Column("Run", 220, StoredRun::name),
            new Column("Circuit", 120, r -> m(r, x -> x.provenance().circuitName())),
            new Column("Backend", 110, r -> m(r, x -> x.provenance().backendId() + " " + x.provenance().backendVersion())),
            new Column("Seed", 60, r -> m(r, x -> Long.toString(x.provenance().seed()))),
            new Column("Simulated (ms)", 100, r -> m(r, RunColumns::simulated)),
            new Column("Status", 200, RunColumns::status),
            new Column("Started", 140, r -> m(r, x -> STARTED.format(x.outcome().started()))),
            new Column("Wall time (s)", 90, r -> m(r, x -> number(x.outcome().wallTimeMs() / 1000, 2))),
            new Column("Spikes", 90, r -> m(r, x -> x.outcome().totalSpikes() < 0 ? NONE
                    : String.format(Locale.ROOT, "%,d", x.outcome().totalSpikes()))));

    private RunColumns() {
    }

    private static String m(StoredRun r, Function<RunManifest, String> f) {
        return r.isReadable() ? f.apply(r.manifest()) : NONE;
    }

    /** Simulated time: all of it when complete, the steps done otherwise; of the planned time. */
    static String simulated(RunManifest m) {
        RunOutcome o = m.outcome();
        double planned = m.plannedDurationMs();
        if (o.status().isComplete()) {
            return number(planned, 1);
        }
        return (o.simulatedSteps() < 0 ? "?" : number(o.simulatedSteps() * m.layout().dt(), 1)) + " of "
                + number(planned, 1);
    }

    /** The status word, with the reason when the run did not complete; the problem of an unreadable folder. */
    static String status(StoredRun r) {
        if (!r.isReadable()) {
            return "unreadable: " + r.problem();
        }
        RunOutcome o = r.manifest().outcome();
        String word = o.status() == RunStatus.INTERRUPTED ? "interrupted (or still running)" : o.status().word();
        return o.reason().isEmpty() ? word : word + ": " + o.reason();
    }

    private static String number(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : NONE;
    }
}
