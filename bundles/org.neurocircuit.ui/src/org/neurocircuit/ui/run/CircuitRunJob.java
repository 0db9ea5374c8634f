package org.neurocircuit.ui.run;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.neurocircuit.engine.backends.BackendRegistry;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.link.RunSelection;
import org.neurocircuit.engine.link.RunsChanged;
import org.neurocircuit.engine.results.ResultsStore;
import org.neurocircuit.engine.run.RunOptions;
import org.neurocircuit.engine.run.RunPipeline;
import org.neurocircuit.engine.run.RunRefusedException;
import org.neurocircuit.engine.run.RunResult;
import org.neurocircuit.engine.spi.Completion;
import org.neurocircuit.ui.link.WorkbenchLinks;

/**
 * One run of one circuit file, in the background: the engine's run pipeline with the job's
 * progress and cancel button. Announces the run folder on the link bus when it starts and ends,
 * selects the run when done, and refreshes the workspace folder of the runs. A refusal or failure
 * is shown in an error dialog and the Error Log; the circuit and earlier runs are left as they are.
 */
public final class CircuitRunJob extends Job {

    /** The family of every run job, for {@code IJobManager.find/join}. */
    public static final Object FAMILY = CircuitRunJob.class;

    private final IFile circuit;
    private final RunOptions options;
    private final AtomicReference<RunResult> result = new AtomicReference<>();
    private final AtomicReference<RunRefusedException> refusal = new AtomicReference<>();

    public CircuitRunJob(IFile circuit, RunOptions options) {
        super("Simulating " + circuit.getFullPath().makeRelative());
        this.circuit = circuit;
        this.options = options;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    public IFile circuit() {
        return circuit;
    }

    /** The run, once it happened (complete, cancelled or failed); {@code null} before or when refused. */
    public RunResult result() {
        return result.get();
    }

    /** Why the run was refused or failed, or {@code null}. */
    public RunRefusedException refusal() {
        return refusal.get();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        JobRunObserver observer = new JobRunObserver(monitor, getName(), this::started);
        try {
            RunResult r = RunPipeline.run(circuit.getLocation().toFile().toPath(), options,
                    BackendRegistry.getDefault(), observer);
            result.set(r);
            ended(r.folder());
            WorkbenchLinks.bus().publish(LinkTopics.SELECTED_RUN, new RunSelection(r.folder()), this);
            RasterReveal.afterRun();
            if (r.summary().completion() == Completion.FAILED) {
                RunErrors.show(circuit, "the run failed: " + r.summary().reason() + ". The data up to then is in "
                        + r.folder() + ".", null);
            }
            return r.summary().completion() == Completion.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (RunRefusedException e) {
            refusal.set(e);
            if (e.folder() != null) {
                ended(e.folder());
            }
            if (e.reason() == RunRefusedException.Reason.CANCELLED) {
                return Status.CANCEL_STATUS;
            }
            RunErrors.show(circuit, e.getMessage(), null);
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            // A backend bug must not vanish into the job's log line only.
            RunErrors.show(circuit, "unexpected error: " + e, e);
            return Status.OK_STATUS;
        } finally {
            refreshRuns();
            monitor.done();
        }
    }

    private void started(Path folder) {
        WorkbenchLinks.bus().publish(LinkTopics.RUNS_CHANGED, new RunsChanged(folder, RunsChanged.Change.STARTED), this);
    }

    private void ended(Path folder) {
        WorkbenchLinks.bus().publish(LinkTopics.RUNS_CHANGED, new RunsChanged(folder, RunsChanged.Change.ENDED), this);
    }

    /** Lets the Project Explorer and the resource listeners see the new run folder. */
    private void refreshRuns() {
        try {
            IFolder runs = circuit.getParent().getFolder(new org.eclipse.core.runtime.Path(ResultsStore.RUNS_FOLDER));
            runs.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            if (runs.exists()) {
                runs.refreshLocal(IResource.DEPTH_INFINITE, null);
            }
        } catch (CoreException e) {
            Platform.getLog(CircuitRunJob.class).log(e.getStatus());
        }
    }
}
