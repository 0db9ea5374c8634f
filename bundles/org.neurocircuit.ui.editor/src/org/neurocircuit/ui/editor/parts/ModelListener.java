package org.neurocircuit.ui.editor.parts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartListener;

/** One adapter on the model objects an edit part draws, calling back on every real change. */
final class ModelListener extends AdapterImpl {

    private final Runnable onChange;
    private final List<Notifier> targets = new ArrayList<>();

    ModelListener(Runnable onChange) {
        this.onChange = onChange;
    }

    /**
     * Makes {@code part} follow its model: while the part is active this listens to
     * {@code listened}, and on a change while the part is attached it listens anew (the objects
     * drawn may have been replaced) and calls {@code refresh}. Hooks the part's own activation
     * events, so parts need no activate/deactivate overrides for it.
     */
    static void follow(EditPart part, Supplier<? extends Collection<? extends Notifier>> listened, Runnable refresh) {
        ModelListener[] self = new ModelListener[1];
        self[0] = new ModelListener(() -> {
            if (part.isActive() && part.getParent() != null) {
                self[0].listen(listened.get());
                refresh.run();
            }
        });
        part.addEditPartListener(new EditPartListener.Stub() {
            @Override
            public void partActivated(EditPart activated) {
                self[0].listen(listened.get());
            }

            @Override
            public void partDeactivated(EditPart deactivated) {
                self[0].stop();
            }
        });
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
