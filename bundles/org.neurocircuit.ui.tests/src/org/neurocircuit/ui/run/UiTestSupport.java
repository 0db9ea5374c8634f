package org.neurocircuit.ui.run;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.neurocircuit.engine.link.LinkBus;
import org.neurocircuit.engine.link.LinkEvent;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.examples.ExampleFiles;
import org.neurocircuit.examples.ReferenceCircuits;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.ui.link.WorkbenchLinks;

/** Workspace set-up, waiting with a live event loop, and capture of the link bus and of dialogs. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /** An open project of that name (created when missing). */
    static IProject project(String name) throws CoreException {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        return p;
    }

    /** The Vogels-Abbott COBA example, changed by {@code change}, saved as {@code name} in the project. */
    static IFile coba(IProject project, String name, Consumer<Circuit> change) throws IOException, CoreException {
        Circuit c = ReferenceCircuits.byId("vogels_abbott_coba").orElseThrow().create();
        change.accept(c);
        ExampleFiles.write(c, project.getLocation().toFile().toPath().resolve(name));
        project.refreshLocal(IResource.DEPTH_ONE, null);
        return project.getFile(name);
    }

    /** Runs the event loop until {@code condition} holds, failing after {@code timeoutMs}. */
    static void waitUntil(String what, BooleanSupplier condition, long timeoutMs) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out after " + timeoutMs + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted waiting for " + what);
                }
            }
        }
    }

    /** Lets pending UI work run. */
    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Everything published on the run topics while open. */
    static final class BusRecorder implements AutoCloseable {
        private final List<LinkEvent> events = Collections.synchronizedList(new ArrayList<>());
        private final LinkBus.Subscription subscription = WorkbenchLinks.bus().subscribe(events::add,
                LinkTopics.RUNS_CHANGED, LinkTopics.SELECTED_RUN);

        List<LinkEvent> events() {
            synchronized (events) {
                return List.copyOf(events);
            }
        }

        <T> List<T> values(String topic, Class<T> type) {
            return events().stream().filter(e -> e.topic().equals(topic)).map(e -> e.value(type)).toList();
        }

        @Override
        public void close() {
            subscription.close();
        }
    }

    /**
     * Closes every dialog that opens while armed, keeping its texts: error dialogs open from a
     * job through asyncExec and block in their own event loop, so the closer runs on a timer.
     */
    static final class DialogCloser {
        private final List<String> texts = Collections.synchronizedList(new ArrayList<>());
        private final Display display = Display.getCurrent();
        private final Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        private final String answer;
        private boolean armed = true;

        DialogCloser() {
            this(null);
        }

        /** Answers each dialog by pressing the button labelled {@code answer} (closing it when there is none). */
        DialogCloser(String answer) {
            this.answer = answer;
            display.timerExec(100, this::poll);
        }

        private void poll() {
            if (!armed) {
                return;
            }
            for (Shell s : display.getShells()) {
                if (s != main && s.isVisible()) {
                    StringBuilder b = new StringBuilder(s.getText());
                    collect(s, b);
                    texts.add(b.toString());
                    Button button = answer == null ? null : button(s, answer);
                    if (button != null) {
                        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    } else {
                        s.close();
                    }
                }
            }
            display.timerExec(100, this::poll);
        }

        private static void collect(Control c, StringBuilder b) {
            if (c instanceof Label l) {
                b.append('\n').append(l.getText());
            } else if (c instanceof Text t) {
                b.append('\n').append(t.getText());
            }
            if (c instanceof Composite comp) {
                for (Control child : comp.getChildren()) {
                    collect(child, b);
                }
            }
        }

        private static Button button(Control c, String label) {
            if (c instanceof Button b && b.getText().replace("&", "").equals(label)) {
                return b;
            }
            if (c instanceof Composite comp) {
                for (Control child : comp.getChildren()) {
                    Button found = button(child, label);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        List<String> texts() {
            return List.copyOf(texts);
        }

        void disarm() {
            armed = false;
        }
    }

    /** Saves what the workbench window shows as a PNG. */
    static void screenshot(Path file) throws IOException {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        flush();
        Display display = shell.getDisplay();
        org.eclipse.swt.graphics.Rectangle r = shell.getBounds();
        Image image = new Image(display, r.width, r.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, r.x, r.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            java.nio.file.Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}
