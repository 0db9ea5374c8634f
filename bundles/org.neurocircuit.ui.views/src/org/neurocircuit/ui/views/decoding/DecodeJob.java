package org.neurocircuit.ui.views.decoding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;
import org.neurocircuit.decode.circuit.CircuitTasks;
import org.neurocircuit.decode.circuit.PlannedTask;
import org.neurocircuit.decode.eval.DecodingMonitor;
import org.neurocircuit.decode.task.Decoding;
import org.neurocircuit.engine.results.RunFolderReader;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.model.Circuit;

/**
 * Decodes tasks of a run's circuit (one, or all when the name is null) in the background with
 * progress per fold and cancellation; each result is written beside the run. Then reports on
 * the caller's terms: the folders written and, for a task that failed, a message naming the task
 * and the fix (the job's status says the same, shown in the Progress view and the log, not in a
 * dialog: the view shows it).
 */
final class DecodeJob extends Job {

    /** What a job did. */
    record Outcome(List<Path> written, String error, boolean cancelled) {
    }

    private final Path run;
    private final String task;
    private final Consumer<Outcome> done;

    DecodeJob(Path run, String task, Consumer<Outcome> done) {
        super(task == null ? "Decoding all tasks of " + run.getFileName() : "Decoding " + task + " of "
                + run.getFileName());
        this.run = run;
        this.task = task;
        this.done = done;
        setUser(true);
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<Path> written = new ArrayList<>();
        String current = task;
        try {
            RunResults results = RunFolderReader.open(run);
            Circuit circuit = CircuitTasks.circuitOf(results);
            var tasks = CircuitTasks.select(circuit, task);
            SubMonitor all = SubMonitor.convert(monitor, getName(), tasks.size());
            Decoding decoding = Decoding.standard();
            for (var t : tasks) {
                current = t.getName();
                PlannedTask planned = CircuitTasks.plan(t, results);
                written.add(decoding.decode(results, planned.task(), planned.target(), monitor(all.split(1)))
                        .folder());
            }
            done.accept(new Outcome(written, null, false));
            return Status.OK_STATUS;
        } catch (CancellationException | org.eclipse.core.runtime.OperationCanceledException e) {
            done.accept(new Outcome(written, null, true));
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            String what = current == null ? "the tasks" : "task '" + current + "'";
            String message = "Cannot decode " + what + " of run " + run.getFileName() + ": " + e.getMessage();
            done.accept(new Outcome(written, message, false));
            return Status.error(message, e instanceof IOException ? e : null);
        } finally {
            monitor.done();
        }
    }

    /** Folds reported as work; the monitor's cancel button stops at the next fold. */
    private static DecodingMonitor monitor(SubMonitor m) {
        return new DecodingMonitor() {
            @Override
            public void begin(String name, int totalWork) {
                m.setTaskName("Decoding " + name);
                m.setWorkRemaining(totalWork);
            }

            @Override
            public void worked(int units, String what) {
                m.subTask(what);
                m.worked(units);
            }

            @Override
            public boolean isCancelled() {
                return m.isCanceled();
            }
        };
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == DecodeJob.class;
    }
}
