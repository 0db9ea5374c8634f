package org.neurocircuit.ui.editor.cost;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.neurocircuit.engine.cost.CostReport;
import org.neurocircuit.engine.cost.ProjectionCost;

/**
 * The "Circuit Cost" view: neurons, expected synapses (in total and per projection) and the
 * memory a run would need, for the active circuit editor, updated as the user edits.
 */
public final class CostView extends ViewPart {

    /** The view's id (plugin.xml). */
    public static final String ID = "org.neurocircuit.ui.editor.cost";

    private Label title;
    private Label neurons;
    private Label synapses;
    private Label memory;
    private Table table;
    private Label uncounted;
    private ActiveCircuitCost active;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        title = new Label(root, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        neurons = figure(root, "Neurons:");
        synapses = figure(root, "Synapses (expected):");
        memory = figure(root, "Memory (peak estimate):");
        table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        column("Projection", 160);
        column("Expected synapses", 130);
        column("Counted as", 220);
        uncounted = new Label(root, SWT.WRAP);
        uncounted.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        active = new ActiveCircuitCost(getSite().getWorkbenchWindow(), this::show);
    }

    private static Label figure(Composite root, String name) {
        new Label(root, SWT.NONE).setText(name);
        Label value = new Label(root, SWT.NONE);
        value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return value;
    }

    private void column(String name, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(name);
        c.setWidth(width);
    }

    /** Shows a report (null: counting, or no circuit editor when the title is null too). */
    void show(String editorTitle, CostReport report) {
        if (table.isDisposed()) {
            return;
        }
        title.setText(editorTitle == null ? "Open a circuit in the circuit editor to see what it costs."
                : "Circuit " + editorTitle + (report == null ? ": counting\u2026" : ""));
        table.removeAll();
        if (report == null) {
            neurons.setText("");
            synapses.setText("");
            memory.setText("");
            uncounted.setText("");
        } else {
            neurons.setText(CostText.count(report.neurons()));
            synapses.setText(CostText.count(report.synapses()) + "  (" + CostText.shortCount(report.expectedSynapses())
                    + ")");
            memory.setText(CostText.memory(report.memoryBytes()));
            memory.setToolTipText(CostText.memorySource(report));
            for (ProjectionCost p : report.projections()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {p.name(), CostText.count(Math.round(p.expected())), p.basis()});
            }
            uncounted.setText(report.complete() ? ""
                    : "Not counted:\n" + String.join("\n", report.uncounted()));
        }
        title.getParent().layout(true, true);
    }

    /** The figures as shown, for tests: neurons, synapses, memory. */
    public String[] figures() {
        return new String[] {neurons.getText(), synapses.getText(), memory.getText()};
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        if (active != null) {
            active.dispose();
        }
        super.dispose();
    }
}
