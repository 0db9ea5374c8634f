package org.neurocircuit.ui.runs;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.neurocircuit.engine.results.StoredRun;

/** Reads the Runs view as a user sees it (its table rows) and deletes as its action does once confirmed. */
public final class RunsViewProbe {

    private RunsViewProbe() {
    }

    /** The texts of the row of the run in {@code folder}, or {@code null} when not listed. */
    public static String[] row(RunsView view, Path folder) {
        Table table = view.viewer().getTable();
        for (TableItem item : table.getItems()) {
            if (item.getData() instanceof StoredRun r && r.folder().equals(folder.toAbsolutePath().normalize())) {
                String[] texts = new String[table.getColumnCount()];
                for (int i = 0; i < texts.length; i++) {
                    texts[i] = item.getText(i);
                }
                return texts;
            }
        }
        return null;
    }

    /** The column headers. */
    public static List<String> headers(RunsView view) {
        return java.util.Arrays.stream(view.viewer().getTable().getColumns()).map(c -> c.getText()).toList();
    }

    /** Deletes the selected runs as the Delete action does after the user confirmed. */
    public static void deleteSelected(RunsView view) {
        view.deleteAction().delete(view.selectedRuns());
    }
}
