package org.neurocircuit.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.neurocircuit.engine.link.LinkEvent;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.link.PopulationSelection;
import org.neurocircuit.engine.link.RunSelection;
import org.neurocircuit.engine.link.RunsChanged;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.ui.link.WorkbenchLinks;

/**
 * The base of every linked result view. It
 * <ul>
 * <li>subscribes in {@link #createPartControl} to the link topics of {@link #topics()} through
 * {@link WorkbenchLinks#onDisplay} (the subscription ends with the view's control) and starts
 * from the bus's current values, so a view opened late shows the current run and selection; it
 * also follows {@code RUNS_CHANGED}: the shown run is dropped when its folder is deleted and read
 * again when it ends;</li>
 * <li>reads the selected run with {@link RunData#load} in a {@link Job}, off the UI thread, and
 * shows {@link #EMPTY_MESSAGE} (or why the run cannot be read) while there is none;</li>
 * <li>calls {@link #show(RunData)} on the UI thread whenever the run, the highlighted populations,
 * the time window or the time cursor changes; a subclass computes its presentation model there
 * (heavy figures in the background with {@link #compute}) and updates its widgets;</li>
 * <li>adds Export CSV ({@link #csv()}, the data shown) and Export PNG ({@link #picture()}) to
 * the view's menu.</li>
 * </ul>
 * A subclass implements {@link #createContent}, {@link #show} and {@link #csv}.
 */
public abstract class RunView extends ViewPart {

    /** Shown while no run is selected. */
    public static final String EMPTY_MESSAGE = "No run selected \u2014 run a circuit or select one in the Runs view";

    private Composite top;
    private StackLayout stack;
    private Composite messagePage;
    private Label message;
    private Composite content;

    private RunSelection selection;
    private PopulationSelection populations;
    private TimeWindow window;
    private Double cursor;

    private RunData run;
    private Job loading;
    private int generation;
    private LatestJob computing;

    @Override
    public final void createPartControl(Composite parent) {
        top = new Composite(parent, SWT.NONE);
        stack = new StackLayout();
        top.setLayout(stack);
        messagePage = new Composite(top, SWT.NONE);
        messagePage.setLayout(new GridLayout());
        message = new Label(messagePage, SWT.WRAP | SWT.CENTER);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, true));
        content = new Composite(top, SWT.NONE);
        content.setLayout(new FillLayout());
        createContent(content);
        computing = new LatestJob(top, "Computing " + getPartName());

        var bus = WorkbenchLinks.bus();
        selection = bus.current(LinkTopics.SELECTED_RUN, RunSelection.class).orElse(null);
        populations = bus.current(LinkTopics.SELECTED_POPULATIONS, PopulationSelection.class).orElse(null);
        window = bus.current(LinkTopics.TIME_WINDOW, TimeWindow.class).orElse(null);
        cursor = bus.current(LinkTopics.TIME_CURSOR, Double.class).orElse(null);
        WorkbenchLinks.onDisplay(top, this::linkChanged, withRunsChanged(topics()));
        ExportActions.contribute(this, getViewSite().getActionBars());
        load();
    }

    /** Builds the view's widgets in {@code parent} (a FillLayout composite). */
    protected abstract void createContent(Composite parent);

    /** Shows {@code run} as the current link state asks: computes the model, updates widgets. */
    protected abstract void show(RunData run);

    /** The data shown, as a table; {@code null} when nothing is shown. */
    public abstract Csv csv();

    /** The control whose picture Export PNG saves. */
    protected Control picture() {
        return content;
    }

    /** The topics the view follows; by default the run, populations, window and cursor. */
    protected String[] topics() {
        return new String[] {LinkTopics.SELECTED_RUN, LinkTopics.SELECTED_POPULATIONS, LinkTopics.TIME_WINDOW,
            LinkTopics.TIME_CURSOR};
    }

    /** The view's topics and RUNS_CHANGED, which the base follows to drop a deleted run or reread a finished one. */
    private static String[] withRunsChanged(String[] topics) {
        if (Arrays.asList(topics).contains(LinkTopics.RUNS_CHANGED)) {
            return topics;
        }
        String[] all = Arrays.copyOf(topics, topics.length + 1);
        all[topics.length] = LinkTopics.RUNS_CHANGED;
        return all;
    }

    private void linkChanged(LinkEvent e) {
        switch (e.topic()) {
            case LinkTopics.RUNS_CHANGED -> {
                RunsChanged c = e.value(RunsChanged.class);
                if (c != null && selection != null && c.folder().equals(selection.folder())
                        && c.change() != RunsChanged.Change.STARTED) {
                    selection = c.change() == RunsChanged.Change.DELETED ? null : selection;
                    load();
                }
                return;
            }
            case LinkTopics.SELECTED_RUN -> {
                selection = e.value(RunSelection.class);
                load();
                return;
            }
            case LinkTopics.SELECTED_POPULATIONS -> populations = e.value(PopulationSelection.class);
            case LinkTopics.TIME_WINDOW -> window = e.value(TimeWindow.class);
            case LinkTopics.TIME_CURSOR -> cursor = e.value(Double.class);
            default -> {
                return;
            }
        }
        refresh();
    }

    private void load() {
        int ticket = ++generation;
        computing.cancel();
        if (loading != null) {
            loading.cancel();
        }
        run = null;
        if (selection == null) {
            loading = null;
            showMessage(EMPTY_MESSAGE);
            return;
        }
        Path folder = selection.folder();
        Display display = top.getDisplay();
        showMessage("Reading run " + folder.getFileName() + " \u2026");
        loading = Job.create("Reading run " + folder.getFileName(), (IProgressMonitor monitor) -> {
            RunData data = null;
            String problem = null;
            try {
                data = RunData.load(folder);
            } catch (IOException | RuntimeException ex) {
                problem = "Cannot show run " + folder.getFileName() + ": " + ex.getMessage()
                        + "\nSelect another run in the Runs view, or run the circuit again.";
            }
            RunData loaded = data;
            String why = problem;
            if (!display.isDisposed()) {
                display.asyncExec(() -> loaded(ticket, loaded, why));
            }
            return Status.OK_STATUS;
        });
        loading.setSystem(true);
        loading.schedule();
    }

    private void loaded(int ticket, RunData data, String problem) {
        if (top.isDisposed() || ticket != generation) {
            return;
        }
        loading = null;
        run = data;
        if (data == null) {
            showMessage(problem);
        } else {
            refresh();
        }
    }

    /** Shows the run again for the current link state (after a view's own control changed). */
    protected final void refresh() {
        if (top == null || top.isDisposed()) {
            return;
        }
        if (run == null) {
            if (loading == null) {
                showMessage(EMPTY_MESSAGE);
            }
            return;
        }
        stack.topControl = content;
        top.layout(true, true);
        show(run);
    }

    private void showMessage(String text) {
        message.setText(text);
        stack.topControl = messagePage;
        messagePage.layout(true, true);
        top.layout(true, true);
    }

    /** Whether the run is still being read (tests wait for it). */
    public final boolean isLoading() {
        return loading != null;
    }

    /**
     * Computes figures of the shown run off the UI thread, then applies them on it: a newer call
     * (new run, window or selection) supersedes this one, whose result is then dropped.
     * {@code work} must not touch widgets or the view's fields; {@code apply} updates the widgets.
     */
    protected final <T> void compute(Supplier<T> work, Consumer<T> apply) {
        RunData shown = run;
        computing.submit(work, apply, e -> showMessage("Cannot show run " + shown.name() + ": " + e.getMessage()
                + "\nSelect another run in the Runs view, or run the circuit again."));
    }

    /** Whether the run is being read or figures of it computed (tests wait until it is not). */
    public final boolean isBusy() {
        return loading != null || computing != null && computing.busy();
    }

    /** The text shown instead of the content, or {@code null} when the content is shown. */
    public final String message() {
        return stack.topControl == messagePage ? message.getText() : null;
    }

    /** The run shown, or null. */
    public final RunData run() {
        return run;
    }

    /** The highlighted populations, or null for none. */
    protected final PopulationSelection highlighted() {
        return populations;
    }

    /** Whether a population is drawn emphasised: it is selected, or nothing is. */
    protected final boolean isEmphasised(String population) {
        return populations == null || populations.isEmpty() || populations.contains(population);
    }

    /** The brushed time window, or null for the whole run. */
    protected final TimeWindow window() {
        return window;
    }

    /** The time cursor, ms, or null. */
    protected final Double cursor() {
        return cursor;
    }

    /** Publishes on the workbench link bus with this view as source. */
    protected final void publish(String topic, Object value) {
        WorkbenchLinks.bus().publish(topic, value, this);
    }

    /** Writes {@link #csv()} to a file (UTF-8). */
    public final void exportCsv(Path file) throws IOException {
        Csv csv = csv();
        if (csv == null) {
            throw new IOException("Nothing to export: " + EMPTY_MESSAGE.toLowerCase());
        }
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    }

    /** Writes the picture of the view's content to a PNG file. */
    public final void exportPng(Path file) throws IOException {
        Snapshots.savePng(picture(), file);
    }

    @Override
    public void setFocus() {
        Control c = stack != null && stack.topControl != null ? stack.topControl : top;
        if (c != null && !c.isDisposed()) {
            c.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (computing != null) {
            computing.cancel();
        }
        if (loading != null) {
            loading.cancel();
        }
        super.dispose();
    }
}
