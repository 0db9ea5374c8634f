package org.neurocircuit.ui.editor.parts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/** One adapter on the model objects an edit part draws, calling back on every real change. */
final class ModelListener extends AdapterImpl {

    private final Runnable onChange;
    private final List<Notifier> targets = new ArrayList<>();

    ModelListener(Runnable onChange) {
        this.onChange = onChange;
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
