package org.neurocircuit.ui.views.decoding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.neurocircuit.decode.circuit.CircuitTasks;
import org.neurocircuit.decode.store.StoredDecoding;
import org.neurocircuit.engine.spi.RecordingLayout.Channel;
import org.neurocircuit.ui.views.Colors;
import org.neurocircuit.ui.views.Csv;
import org.neurocircuit.ui.views.RunData;
import org.neurocircuit.ui.views.RunView;

/**
 * The Decoding view: for the selected run, the decoding tasks of its circuit and its stored
 * decodings; Decode (toolbar) runs the selected task, or all, in a job; the selected decoding is
 * shown as its held-out prediction against the truth (narrowed to the brushed time window), its
 * fold scores with the mean and pooled rows, its confusion matrix (classes) and its weights per
 * neuron (populations highlighted elsewhere emphasised).
 */
public final class DecodingView extends RunView {

    public static final String ID = "org.neurocircuit.ui.views.decoding";

    private Label error;
    private Table tasks;
    private Table decodings;
    private DecodingTables tables;
    private DecodingCharts charts;
    private SashForm main;
    private Action decode;

    private Path runFolder;
    private String selectedDecoding;
    private String failure;
    private DecodeJob job;
    private final Map<Path, StoredDecoding> read = new HashMap<>();
    private DecodingModel model;

    @Override
    protected void createContent(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout());
        error = new Label(page, SWT.WRAP);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        main = new SashForm(page, SWT.HORIZONTAL);
        main.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm lists = new SashForm(main, SWT.VERTICAL);
        tasks = list(lists, "Decoding tasks of the circuit");
        decodings = list(lists, "Stored decodings of the run");
        decodings.addListener(SWT.Selection, e -> {
            int i = decodings.getSelectionIndex();
            if (i >= 0) {
                selectDecoding(decodings.getItem(i).getText());
            }
        });
        SashForm right = new SashForm(main, SWT.VERTICAL);
        Composite top = new Composite(right, SWT.NONE);
        top.setLayout(new org.eclipse.swt.layout.FillLayout());
        SashForm bottom = new SashForm(right, SWT.HORIZONTAL);
        SashForm tableArea = new SashForm(bottom, SWT.VERTICAL);
        tables = new DecodingTables(tableArea);
        tableArea.setWeights(3, 2);
        Composite weightArea = new Composite(bottom, SWT.NONE);
        weightArea.setLayout(new org.eclipse.swt.layout.FillLayout());
        charts = new DecodingCharts(top, weightArea);
        main.setWeights(1, 4);
        right.setWeights(1, 1);
        decode = new Action("Decode") {
            @Override
            public void run() {
                decode();
            }
        };
        decode.setToolTipText("Decode the selected task of the circuit (all when none is selected) on the run;"
                + " the result is written beside the run");
        getViewSite().getActionBars().getToolBarManager().add(decode);
        getViewSite().getActionBars().updateActionBars();
    }

    private static Table list(Composite parent, String title) {
        Table t = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        t.setHeaderVisible(true);
        new org.eclipse.swt.widgets.TableColumn(t, SWT.LEFT).setText(title);
        t.getColumn(0).setWidth(260);
        return t;
    }

    @Override
    protected void show(RunData run) {
        Path folder = run.results().folder();
        if (!folder.equals(runFolder)) {
            runFolder = folder;
            selectedDecoding = null;
            failure = null;
            read.clear();
        }
        List<String> taskNames = run.circuit().map(CircuitTasks::names).orElse(List.of());
        List<String> stored;
        String problem = failure;
        ShownDecoding shown = null;
        try {
            stored = StoredDecoding.listIn(folder).stream().map(p -> p.getFileName().toString()).toList();
            if (!stored.contains(selectedDecoding)) {
                selectedDecoding = stored.isEmpty() ? null : stored.get(stored.size() - 1);
            }
            if (selectedDecoding != null) {
                Path p = folder.resolve(org.neurocircuit.decode.store.DecodingWriter.FOLDER).resolve(selectedDecoding);
                StoredDecoding d = read.get(p);
                if (d == null) {
                    d = StoredDecoding.read(p);
                    read.put(p, d);
                }
                shown = ShownDecoding.of(d, window(), channel -> populationOf(run, channel), this::isEmphasised);
            }
        } catch (IOException | RuntimeException e) {
            stored = List.of();
            problem = "Cannot read the decodings of run " + run.name() + ": " + e.getMessage()
                    + "\nDecode again, or delete the damaged folder under " + folder.resolve("decoding");
        }
        model = new DecodingModel(run.name(), taskNames, stored, shown, problem);
        draw(run);
    }

    private void draw(RunData run) {
        fill(tasks, model.tasks(), null);
        fill(decodings, model.decodings(), selectedDecoding);
        error.setText(model.error() == null ? "" : model.error());
        ((GridData) error.getLayoutData()).exclude = model.error() == null;
        error.setVisible(model.error() != null);
        String empty = model.tasks().isEmpty()
                ? "Circuit of run " + model.run() + " has no decoding task: add one in the circuit editor"
                : "No decoding of run " + model.run() + " yet: press Decode";
        charts.show(model.shown(), empty, population -> colourOf(run, population));
        tables.show(model.shown());
        error.getParent().layout(true, true);
        decode.setEnabled(job == null && !model.tasks().isEmpty());
    }

    private static void fill(Table t, List<String> items, String selected) {
        String[] now = java.util.Arrays.stream(t.getItems()).map(TableItem::getText).toArray(String[]::new);
        if (!java.util.Arrays.equals(now, items.toArray())) {
            t.removeAll();
            items.forEach(s -> new TableItem(t, SWT.NONE).setText(s));
        }
        if (selected != null) {
            t.setSelection(items.indexOf(selected));
        }
    }

    private static String populationOf(RunData run, String channel) {
        for (Channel c : run.results().layout().channels()) {
            if (c.name().equals(channel)) {
                return run.populations().get(c.population()).name();
            }
        }
        return channel;
    }

    private static RGB colourOf(RunData run, String population) {
        for (int i = 0; i < run.populations().size(); i++) {
            if (run.populations().get(i).name().equals(population)) {
                return Colors.population(run, i);
            }
        }
        return new RGB(120, 120, 120);
    }

    /** Starts decoding the selected task (all without a selection) on the shown run. */
    void decode() {
        if (runFolder == null || job != null || model == null) {
            return;
        }
        int i = tasks.getSelectionIndex();
        String task = i < 0 ? null : model.tasks().get(i);
        var display = tasks.getDisplay();
        job = new DecodeJob(runFolder, task, outcome -> display.asyncExec(() -> decoded(outcome)));
        decode.setEnabled(false);
        job.schedule();
    }

    private void decoded(DecodeJob.Outcome outcome) {
        job = null;
        if (tasks.isDisposed()) {
            return;
        }
        failure = outcome.error();
        if (!outcome.written().isEmpty()) {
            selectedDecoding = outcome.written().get(outcome.written().size() - 1).getFileName().toString();
        }
        refresh();
    }

    /** Whether a decoding job of this view is running. */
    public boolean isDecoding() {
        return job != null;
    }

    /** The toolbar's Decode action. */
    public Action decodeAction() {
        return decode;
    }

    /** Selects a task of the circuit by name (null: none, so Decode runs all). */
    public void selectTask(String name) {
        int i = name == null || model == null ? -1 : model.tasks().indexOf(name);
        if (i < 0) {
            tasks.deselectAll();
        } else {
            tasks.setSelection(i);
        }
    }

    /** Shows a stored decoding by folder name (which dismisses the last decoding's error). */
    public void selectDecoding(String name) {
        selectedDecoding = name;
        failure = null;
        refresh();
    }

    /** The charts (tests look at their series). */
    DecodingCharts charts() {
        return charts;
    }

    /** What the view shows; null before a run is shown. */
    public DecodingModel model() {
        return run() == null ? null : model;
    }

    @Override
    protected Control picture() {
        return main;
    }

    /** The prediction and truth shown, one row per held-out bin in the window. */
    @Override
    public Csv csv() {
        if (model() == null || model.shown() == null) {
            return null;
        }
        ShownDecoding d = model.shown();
        Csv csv = new Csv("time (ms)", "true " + d.target() + d.unitSuffix(), "predicted" + d.unitSuffix());
        for (int i = 0; i < d.timesMs().length; i++) {
            csv.row(d.timesMs()[i], d.truth()[i], d.predicted()[i]);
        }
        return csv;
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
