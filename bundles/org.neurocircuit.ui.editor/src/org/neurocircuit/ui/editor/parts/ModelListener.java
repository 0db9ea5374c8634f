package org.neurocircuit.ui.editor.parts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.EditPart;

/** One adapter on the model objects an edit part draws, calling back on every real change. */
final class ModelListener extends AdapterImpl {

    private final Runnable onChange;
    private final List<Notifier> targets = new ArrayList<>();

    ModelListener(Runnable onChange) {
        this.onChange = onChange;
    }

    /**
     * A listener that follows {@code part}'s model: on a change while the part is active and
     * attached, it listens anew to {@code listened} (the objects drawn may have been replaced)
     * and calls {@code refresh}. Start it with {@code listen(listened.get())} on activation.
     */
    static ModelListener following(EditPart part, Supplier<? extends Collection<? extends Notifier>> listened,
            Runnable refresh) {
        ModelListener[] self = new ModelListener[1];
        self[0] = new ModelListener(() -> {
            if (part.isActive() && part.getParent() != null) {
                self[0].listen(listened.get());
                refresh.run();
            }
        });
        return self[0];
    }

    /** Listens to exactly {@code notifiers} (nulls skipped) from now on. */
    void listen(Collection<? extends Notifier> notifiers) {
        stop();
        for (Notifier notifier : notifiers) {
            if (notifier != null && !targets.contains(notifier)) {
                notifier.eAdapters().add(this);
                targets.add(notifier);
            }
        }
    }

    void stop() {
        for (Notifier notifier : targets) {
            notifier.eAdapters().remove(this);
        }
        targets.clear();
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (!notification.isTouch()) {
            onChange.run();
        }
    }
}
