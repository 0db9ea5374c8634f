package org.neurocircuit.ui.run;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.run.RunObserver;
import org.neurocircuit.engine.run.RunPhase;

/**
 * A run's progress in a job's monitor: each phase gets a share of the bar (simulating most of
 * it), the backend's units fill that share, and the job's cancel button stops the run.
 */
final class JobRunObserver implements RunObserver {

    private final IProgressMonitor monitor;
    private final SubMonitor phases;
    private final Consumer<Path> onFolder;
    private SubMonitor current;

    JobRunObserver(IProgressMonitor monitor, String title, Consumer<Path> onFolder) {
        this.monitor = monitor;
        this.phases = SubMonitor.convert(monitor, title, 100);
        this.onFolder = onFolder;
    }

    private static int share(RunPhase p) {
        return switch (p) {
            case LOAD, BACKEND, ESTIMATE, SAVE -> 1;
            case CHECK -> 2;
            case BUILD -> 14;
            case SIMULATE -> 80;
        };
    }

    @Override
    public void phase(RunPhase phase, SimulationSettings settings) {
        phases.subTask(phase.label() + (phase == RunPhase.SIMULATE && settings != null
                ? " " + settings.duration() + " ms" : ""));
        current = phases.newChild(share(phase));
    }

    @Override
    public void begin(String task, long totalWork) {
        if (current != null) {
            current.setWorkRemaining((int) Math.min(Integer.MAX_VALUE, Math.max(1, totalWork)));
        }
    }

    @Override
    public void worked(long units) {
        if (current != null) {
            current.worked((int) Math.min(Integer.MAX_VALUE, units));
        }
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }

    @Override
    public void runFolder(Path folder) {
        onFolder.accept(folder);
    }
}
