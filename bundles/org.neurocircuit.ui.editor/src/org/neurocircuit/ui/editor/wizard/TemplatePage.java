package org.neurocircuit.ui.editor.wizard;

import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Chooses the template: a list of titles, and the chosen one's description and source below. */
final class TemplatePage extends WizardPage {

    private final List<CircuitTemplate> templates = CircuitTemplate.all();
    private org.eclipse.swt.widgets.List list;
    private Text description;

    TemplatePage() {
        super("template");
        setTitle("Start from");
        setDescription("Start from an empty circuit or from a published reference circuit.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        new Label(root, SWT.NONE).setText("&Template:");
        list = new org.eclipse.swt.widgets.List(root, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        templates.forEach(t -> list.add(t.title()));
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 180;
        list.setLayoutData(listData);
        description = new Text(root, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData textData = new GridData(SWT.FILL, SWT.FILL, true, false);
        textData.heightHint = 120;
        textData.widthHint = 420;
        description.setLayoutData(textData);
        list.addListener(SWT.Selection, e -> showSelection());
        list.select(0);
        showSelection();
        setControl(root);
    }

    private void showSelection() {
        description.setText(selected().description());
        setPageComplete(true);
    }

    /** The chosen template (the empty circuit until the user picks another). */
    CircuitTemplate selected() {
        int i = list == null ? 0 : Math.max(0, list.getSelectionIndex());
        return templates.get(i);
    }

    /** Chooses a template by its title, as a user's click would (for tests). */
    void select(String title) {
        for (int i = 0; i < templates.size(); i++) {
            if (templates.get(i).title().equals(title)) {
                list.select(i);
                showSelection();
                return;
            }
        }
        throw new IllegalArgumentException("no template '" + title + "'");
    }
}
