package org.neurocircuit.ui.editor.extras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.examples.ReferenceCircuits;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.Population;
import org.neurocircuit.ui.editor.cost.CostView;

/** The Circuit Cost view and status line follow the active editor and its edits, undo included. */
class CostPreviewTest {

    private IEditorPart editor;

    @BeforeEach
    void open() throws Exception {
        var file = Workbench.write(Workbench.project("cost"), "coba.circuit",
                ReferenceCircuits.byId("vogels_abbott_coba").orElseThrow().create());
        editor = Workbench.open(file);
    }

    @AfterEach
    void close() {
        Workbench.page().closeEditor(editor, false);
        IViewPart view = Workbench.page().findView(CostView.ID);
        if (view != null) {
            Workbench.page().hideView(view);
        }
    }

    @Test
    void viewAndStatusLineShowTheCostAndFollowEditsAndUndo() throws Exception {
        CostView view = (CostView) Workbench.page().showView(CostView.ID);
        Workbench.page().activate(editor);
        assertTrue(Workbench.spinUntil(() -> view.figures()[0].equals("4,000"), 10_000), () -> shown(view));
        assertEquals("320,000  (320.0 k)", view.figures()[1]);
        assertTrue(view.figures()[2].matches("[0-9.]+ (KB|MB)"), () -> shown(view));
        Composite shell = editor.getSite().getShell();
        String status = "4,000 neurons | 320.0 k synapses | " + view.figures()[2];
        assertTrue(Workbench.spinUntil(() -> labels(shell).contains(status), 5_000), () -> labels(shell).toString());
        Workbench.screenshot(editor.getSite().getShell(), "cost-view");

        // halve the excitatory population through the editor's command stack
        Circuit circuit = editor.getAdapter(Circuit.class);
        EditingDomain domain = editor.getAdapter(EditingDomain.class);
        Population e = circuit.allPopulations().stream().filter(p -> p.getSize() == 3200).findFirst().orElseThrow();
        domain.getCommandStack().execute(SetCommand.create(domain, e, ModelPackage.Literals.POPULATION__SIZE, 1600));
        // 2400 neurons, pairs 2400^2 at p = 0.02
        assertTrue(Workbench.spinUntil(() -> view.figures()[0].equals("2,400"), 10_000), () -> shown(view));
        assertEquals("115,200  (115.2 k)", view.figures()[1]);
        assertTrue(Workbench.spinUntil(() -> labels(shell).stream().anyMatch(t -> t.startsWith("2,400 neurons | ")),
                5_000), () -> labels(shell).toString());
        domain.getCommandStack().undo();
        assertTrue(Workbench.spinUntil(() -> view.figures()[0].equals("4,000"), 10_000), () -> shown(view));
        assertEquals("320,000  (320.0 k)", view.figures()[1]);
    }

    private static String shown(CostView view) {
        return String.join(" / ", view.figures());
    }

    /** The texts of every label under {@code c}. */
    static List<String> labels(Composite c) {
        List<String> texts = new ArrayList<>();
        for (Control child : c.getChildren()) {
            if (child instanceof Label l) {
                texts.add(l.getText());
            } else if (child instanceof Composite inner) {
                texts.addAll(labels(inner));
            }
        }
        return texts;
    }
}
