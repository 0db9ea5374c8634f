package org.neurocircuit.ui.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.neurocircuit.engine.link.LinkBus;
import org.neurocircuit.engine.link.LinkEvent;
import org.neurocircuit.engine.link.LinkListener;

/**
 * The workbench's link bus and its UI-thread delivery. A view subscribes in
 * {@code createPartControl} with {@link #onDisplay}; the subscription ends when its control is
 * disposed (or when closed earlier), so registration and deregistration stay symmetric.
 */
public final class WorkbenchLinks {

    private static final LinkBus BUS = new LinkBus();

    private WorkbenchLinks() {
    }

    /** The bus shared by every part of this workbench. */
    public static LinkBus bus() {
        return BUS;
    }

    /**
     * Subscribes a UI component. Events published on any thread are delivered on the owner's
     * display thread; events arriving before that delivery runs are coalesced to the latest per
     * topic (in first-arrival order), so the listener refreshes once per burst.
     *
     * @param owner the control whose disposal ends the subscription
     * @param listener called on the display thread, never after {@code owner} is disposed
     * @param topics topics of {@link org.neurocircuit.engine.link.LinkTopics}
     */
    public static LinkBus.Subscription onDisplay(Control owner, LinkListener listener, String... topics) {
        Coalescer coalescer = new Coalescer(owner.getDisplay(), owner, listener);
        LinkBus.Subscription subscription = BUS.subscribe(coalescer::offer, topics);
        owner.addDisposeListener(e -> subscription.close());
        return subscription;
    }

    /** Collects events and hands the latest of each topic over in one display-thread runnable. */
    private static final class Coalescer {
        private final Display display;
        private final Control owner;
        private final LinkListener listener;
        private final Map<String, LinkEvent> pending = new LinkedHashMap<>();
        private boolean scheduled;

        Coalescer(Display display, Control owner, LinkListener listener) {
            this.display = display;
            this.owner = owner;
            this.listener = listener;
        }

        void offer(LinkEvent event) {
            synchronized (pending) {
                pending.put(event.topic(), event);
                if (scheduled || display.isDisposed()) {
                    return;
                }
                scheduled = true;
            }
            display.asyncExec(this::drain);
        }

        private void drain() {
            List<LinkEvent> batch;
            synchronized (pending) {
                batch = new ArrayList<>(pending.values());
                pending.clear();
                scheduled = false;
            }
            for (LinkEvent e : batch) {
                if (owner.isDisposed()) {
                    return;
                }
                listener.changed(e);
            }
        }
    }
}
