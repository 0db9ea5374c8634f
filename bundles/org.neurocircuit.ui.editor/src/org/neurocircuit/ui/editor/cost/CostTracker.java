package org.neurocircuit.ui.editor.cost;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.neurocircuit.engine.cost.CircuitCost;
import org.neurocircuit.engine.cost.CostReport;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Diagram;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.DiagramPoint;

/**
 * Keeps the cost of one circuit up to date. A content adapter hears every change of the model
 * (not of its drawing); changes are coalesced for {@link #DELAY_MS} and then counted by a
 * system job on a copy of the circuit taken on the display thread, so the editor never waits
 * and the count never sees a half-done edit. Results arrive on the display thread.
 */
public final class CostTracker {

    /** How long edits are collected before one recount, ms. */
    public static final long DELAY_MS = 250;

    private final Circuit circuit;
    private final Display display;
    private final Consumer<CostReport> listener;
    private final Adapter adapter = new Adapter();
    private final Job job;
    private volatile boolean disposed;

    /** Starts tracking and schedules the first count; call from the display thread. */
    public CostTracker(Circuit circuit, Display display, Consumer<CostReport> listener) {
        this.circuit = circuit;
        this.display = display;
        this.listener = listener;
        this.job = Job.createSystem("Counting the cost of circuit '" + circuit.getName() + "'", this::count);
        circuit.eAdapters().add(adapter);
        job.schedule();
    }

    /** The circuit tracked. */
    public Circuit circuit() {
        return circuit;
    }

    /** Stops tracking; no result is delivered afterwards. Call from the display thread. */
    public void dispose() {
        disposed = true;
        job.cancel();
        circuit.eAdapters().remove(adapter);
    }

    private IStatus count(IProgressMonitor monitor) {
        Circuit[] copy = new Circuit[1];
        display.syncExec(() -> {
            if (!disposed) {
                copy[0] = EcoreUtil.copy(circuit);
            }
        });
        if (copy[0] == null || monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        CostReport report = CircuitCost.of(copy[0]);
        if (!monitor.isCanceled() && !display.isDisposed()) {
            display.asyncExec(() -> {
                if (!disposed) {
                    listener.accept(report);
                }
            });
        }
        return Status.OK_STATUS;
    }

    /** Recounts after model changes; moving boxes does not change the cost. */
    private final class Adapter extends EContentAdapter {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            Object notifier = n.getNotifier();
            boolean drawing = notifier instanceof Diagram || notifier instanceof DiagramNode
                    || notifier instanceof DiagramEdge || notifier instanceof DiagramPoint;
            if (!drawing && !n.isTouch() && !disposed) {
                job.cancel();
                job.schedule(DELAY_MS);
            }
        }
    }
}
