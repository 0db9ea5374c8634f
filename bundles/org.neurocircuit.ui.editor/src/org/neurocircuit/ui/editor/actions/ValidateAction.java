package org.neurocircuit.ui.editor.actions;

import org.eclipse.jface.action.Action;
import org.neurocircuit.ui.editor.CircuitEditor;

/** Validates the circuit now and refreshes its problem markers (it also happens on every save). */
public class ValidateAction extends Action {

    public static final String ID = "org.neurocircuit.ui.editor.validate";

    private final CircuitEditor editor;

    public ValidateAction(CircuitEditor editor) {
        super("&Validate");
        this.editor = editor;
        setId(ID);
        setToolTipText("Validate the circuit and list its problems in the Problems view");
    }

    @Override
    public void run() {
        editor.validate();
    }
}
