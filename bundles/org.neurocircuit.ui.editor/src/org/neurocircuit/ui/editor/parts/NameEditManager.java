package org.neurocircuit.ui.editor.parts;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Text;
import org.neurocircuit.model.edit.commands.RenameCommand;

/**
 * The in-place text box for renaming an element. It refuses, while typing, a name the rename command
 * would refuse, and shows why (element and fix) in the status line.
 */
final class NameEditManager extends DirectEditManager {

    NameEditManager(ElementPart part) {
        super(part, TextCellEditor.class, new NameLocator(part));
    }

    @Override
    protected void initCellEditor() {
        ElementPart part = (ElementPart) getEditPart();
        String current = part.element().getName();
        getCellEditor().setValue(current == null ? "" : current);
        getCellEditor().setValidator(value -> {
            String name = String.valueOf(value).strip();
            return name.equals(current) ? null
                    : new RenameCommand(EditorContext.domain(part), part.element(), name).problem();
        });
        getCellEditor().addListener(new ICellEditorListener() {
            @Override
            public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                EditorContext.report(part, getCellEditor().getErrorMessage());
            }

            @Override
            public void cancelEditor() {
                EditorContext.report(part, null);
            }

            @Override
            public void applyEditorValue() {
                EditorContext.report(part, null);
            }
        });
    }

    /** Puts the text box over the element's name. */
    private record NameLocator(ElementPart part) implements CellEditorLocator {

        @Override
        public void relocate(org.eclipse.jface.viewers.CellEditor editor) {
            Text text = (Text) editor.getControl();
            Rectangle area = part.nameArea().getCopy();
            part.getFigure().translateToAbsolute(area);
            text.setBounds(area.x - 2, area.y - 2, Math.max(area.width + 10, 100), area.height + 6);
        }
    }
}
