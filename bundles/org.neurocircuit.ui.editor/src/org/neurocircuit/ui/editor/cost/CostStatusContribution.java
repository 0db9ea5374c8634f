package org.neurocircuit.ui.editor.cost;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.neurocircuit.engine.cost.CostReport;

/**
 * The cost of the active circuit editor in the status line, e.g. "7,717 neurons | 29.9 M
 * synapses | 388 MB"; empty when no circuit editor is active.
 */
public final class CostStatusContribution extends WorkbenchWindowControlContribution {

    /** The contribution's id (plugin.xml). */
    public static final String ID = "org.neurocircuit.ui.editor.cost.status";

    private Label label;
    private ActiveCircuitCost active;

    public CostStatusContribution() {
        super(ID);
    }

    @Override
    protected Control createControl(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 0;
        layout.marginWidth = 4;
        box.setLayout(layout);
        label = new Label(box, SWT.NONE);
        // wide enough for the longest line without re-laying out the trim on every update
        label.setLayoutData(new GridData(320, SWT.DEFAULT));
        label.setToolTipText("Neurons, expected synapses and peak memory of the circuit in the active editor");
        IWorkbenchWindow window = getWorkbenchWindow() != null ? getWorkbenchWindow()
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        active = new ActiveCircuitCost(window, this::show);
        label.addDisposeListener(e -> active.dispose());
        return box;
    }

    private void show(String editorTitle, CostReport report) {
        if (label == null || label.isDisposed()) {
            return;
        }
        label.setText(editorTitle == null ? "" : report == null ? "Counting\u2026" : CostText.statusLine(report));
        if (report != null) {
            label.setToolTipText(report.summary() + "; memory " + CostText.memorySource(report));
        }
    }

    /** The text shown, for tests. */
    String text() {
        return label.getText();
    }
}
