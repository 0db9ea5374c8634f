package org.neurocircuit.ui.views;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IActionBars;

/** The Export CSV and Export PNG actions every result view has in its view menu. */
final class ExportActions {

    private ExportActions() {
    }

    static void contribute(RunView view, IActionBars bars) {
        Action csv = action("Export CSV\u2026", "Save the data this view shows as CSV", view, "csv",
                (v, p) -> v.exportCsv(p));
        Action png = action("Export PNG\u2026", "Save this view's picture as PNG", view, "png",
                (v, p) -> v.exportPng(p));
        // In the view menu only: the toolbars of these small views are needed for their own controls.
        bars.getMenuManager().add(csv);
        bars.getMenuManager().add(png);
        bars.updateActionBars();
    }

    private interface Export {
        void to(RunView view, Path file) throws IOException;
    }

    private static Action action(String text, String tip, RunView view, String extension, Export export) {
        Action a = new Action(text) {
            @Override
            public void run() {
                Shell shell = view.getSite().getShell();
                if (view.run() == null) {
                    MessageDialog.openInformation(shell, text, RunView.EMPTY_MESSAGE + ".");
                    return;
                }
                FileDialog d = new FileDialog(shell, SWT.SAVE);
                d.setFilterExtensions(new String[] {"*." + extension});
                d.setFileName(view.run().name() + "-" + view.getPartName().toLowerCase().replace(' ', '-') + "." + extension);
                d.setOverwrite(true);
                String chosen = d.open();
                if (chosen == null) {
                    return;
                }
                try {
                    export.to(view, Path.of(chosen));
                } catch (IOException e) {
                    MessageDialog.openError(shell, text, e.getMessage() + "\nChoose a writable folder and try again.");
                }
            }
        };
        a.setToolTipText(tip);
        return a;
    }
}
