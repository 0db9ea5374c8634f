package org.neurocircuit.cli.console;

import java.io.PrintWriter;
import java.util.Locale;

import org.neurocircuit.cli.run.CancelSignal;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.run.RunObserver;
import org.neurocircuit.engine.run.RunPhase;

/**
 * The console progress bar, on stderr: while simulating, percent done, simulated time, the
 * real-time factor (wall seconds per simulated second: below 1 is faster than real time) and an
 * estimate of the time left. In a terminal one line is redrawn a few times a second; otherwise
 * (a pipe, a log file) a line is printed at every tenth of the work. Cancellation comes from the
 * {@link CancelSignal}.
 */
public final class ConsoleProgress implements RunObserver {

    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean interactive;
    private final CancelSignal cancel;

    private boolean simulating;
    private double dt;
    private double duration;
    private String task = "";
    private long total;
    private long done;
    private long started;
    private long lastDraw;
    private int lastTenth = -1;
    private boolean drawn;

    public ConsoleProgress(PrintWriter err, boolean interactive, CancelSignal cancel) {
        this.err = err;
        this.interactive = interactive;
        this.cancel = cancel;
    }

    /** Ends the bar of the previous phase and sets up the next one's. */
    @Override
    public void phase(RunPhase phase, SimulationSettings settings) {
        switch (phase) {
            case BUILD -> {
                done();
                building();
            }
            case SIMULATE -> {
                done();
                simulating(settings.dt(), settings.duration());
            }
            case SAVE -> done();
            default -> {
                // the checks before building print nothing
            }
        }
    }

    /** The next work is building the network (units are the backend's). */
    public void building() {
        simulating = false;
    }

    /** The next work is simulating steps of {@code dt} ms, {@code duration} ms in all. */
    public void simulating(double dtMs, double durationMs) {
        simulating = true;
        dt = dtMs;
        duration = durationMs;
    }

    @Override
    public void begin(String name, long totalWork) {
        task = name;
        total = Math.max(1, totalWork);
        done = 0;
        started = System.nanoTime();
        lastDraw = 0;
        lastTenth = -1;
        draw(true);
    }

    @Override
    public void worked(long units) {
        done += units;
        draw(false);
    }

    @Override
    public boolean isCancelled() {
        return cancel.isCancelled();
    }

    /** Ends the current line of a redrawn bar. */
    public void done() {
        if (drawn) {
            if (interactive) {
                render();
                err.println();
            }
            err.flush();
        }
        drawn = false;
        task = "";
    }

    private void draw(boolean first) {
        long now = System.nanoTime();
        if (interactive) {
            if (first || now - lastDraw >= REDRAW_NANOS || done >= total) {
                lastDraw = now;
                render();
            }
            return;
        }
        // In a log, building shows its start and end only; simulating every tenth.
        int tenth = (int) Math.min(10, done * 10 / total);
        if (tenth != lastTenth && (simulating || tenth == 0 || tenth == 10)) {
            lastTenth = tenth;
            err.println(line());
            err.flush();
            drawn = true;
        }
    }

    private void render() {
        err.print("\r" + line() + "\u001b[K");
        err.flush();
        drawn = true;
    }

    private String line() {
        double f = Math.min(1, done / (double) total);
        int full = (int) Math.round(f * BAR);
        String bar = "[" + "#".repeat(full) + "-".repeat(BAR - full) + "]";
        double wall = (System.nanoTime() - started) * 1e-9;
        String pct = String.format(Locale.ROOT, "%5.1f %%", 100 * f);
        if (!simulating) {
            return String.format(Locale.ROOT, "%s %s %s  %.1f s", task, bar, pct, wall);
        }
        double simMs = Math.min(duration, done * dt);
        double rtf = simMs > 0 ? wall / (simMs * 1e-3) : Double.NaN;
        double eta = f > 0 ? wall * (1 - f) / f : Double.NaN;
        return String.format(Locale.ROOT, "%s %s %s  %s / %s ms simulated  RTF %s  ETA %s", task, bar, pct,
                Quantities.fixed(simMs, 1), Quantities.plain(duration), Quantities.fixed(rtf, 2),
                done >= total ? "0 s" : Quantities.eta(eta));
    }
}
