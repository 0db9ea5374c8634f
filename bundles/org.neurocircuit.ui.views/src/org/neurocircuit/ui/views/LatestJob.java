package org.neurocircuit.ui.views;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Computes a view's figures off the UI thread, the newest request winning: each request cancels
 * the job before it and takes a new generation, and a result is applied on the display thread
 * only while the owner control lives and no newer request came since. So a big run never stalls
 * the workbench, and brushing quickly never ends showing a stale window. Used on the UI thread.
 */
final class LatestJob {

    private final Control owner;
    private final String name;
    private volatile int generation;
    private int finished;
    private Job job;

    LatestJob(Control owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /**
     * Runs {@code work} in a job, then {@code apply} with its result on the display thread, or
     * {@code failed} when it threw; neither runs when a newer request or {@link #cancel} came first.
     */
    <T> void submit(Supplier<T> work, Consumer<T> apply, Consumer<RuntimeException> failed) {
        int ticket = ++generation;
        if (job != null) {
            job.cancel();
        }
        Display display = owner.getDisplay();
        job = Job.create(name, (IProgressMonitor monitor) -> {
            if (monitor.isCanceled() || ticket != generation) {
                return Status.CANCEL_STATUS;
            }
            T result = null;
            RuntimeException problem = null;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                problem = e;
            }
            T value = result;
            RuntimeException why = problem;
            if (ticket == generation && !display.isDisposed()) {
                display.asyncExec(() -> done(ticket, value, why, apply, failed));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private <T> void done(int ticket, T value, RuntimeException problem, Consumer<T> apply,
            Consumer<RuntimeException> failed) {
        if (owner.isDisposed() || ticket != generation) {
            return;
        }
        job = null;
        finished = ticket;
        if (problem == null) {
            apply.accept(value);
        } else {
            failed.accept(problem);
        }
    }

    /** Drops the pending request, if any: its result will not be applied. */
    void cancel() {
        finished = ++generation;
        if (job != null) {
            job.cancel();
            job = null;
        }
    }

    /** Whether a request's result is still to be applied. */
    boolean busy() {
        return finished != generation;
    }
}
