package org.neurocircuit.ui.editor.export;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Export Diagram as PNG…" and "…as SVG…" of the active circuit editor: asks where to save
 * (beside the circuit file by default) and writes the printable layers there. One handler
 * class per format, as nested subclasses, so plugin.xml needs no command parameters.
 */
public abstract class ExportDiagramHandler extends AbstractHandler {

    /** Exports PNG. */
    public static final class Png extends ExportDiagramHandler {
        public Png() {
            super("png", "PNG image");
        }
    }

    /** Exports SVG. */
    public static final class Svg extends ExportDiagramHandler {
        public Svg() {
            super("svg", "SVG drawing");
        }
    }

    private final String extension;
    private final String kind;

    ExportDiagramHandler(String extension, String kind) {
        this.extension = extension;
        this.kind = kind;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart editor = HandlerUtil.getActiveEditorChecked(event);
        GraphicalViewer viewer = editor.getAdapter(GraphicalViewer.class);
        if (viewer == null) {
            throw new ExecutionException("Export needs an open circuit diagram; '" + editor.getTitle()
                    + "' has none.");
        }
        IFile circuitFile = editor.getAdapter(IFile.class);
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        dialog.setText("Export Diagram as " + extension.toUpperCase());
        dialog.setFilterExtensions(new String[] {"*." + extension});
        dialog.setFilterNames(new String[] {kind + " (*." + extension + ")"});
        dialog.setOverwrite(true);
        if (circuitFile != null && circuitFile.getLocation() != null) {
            dialog.setFilterPath(circuitFile.getLocation().removeLastSegments(1).toOSString());
            dialog.setFileName(circuitFile.getLocation().removeFileExtension().lastSegment() + "." + extension);
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen.endsWith("." + extension) ? chosen : chosen + "." + extension);
        try {
            export(new DiagramExporter(viewer), file);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Export Diagram", "Could not write " + file + ": "
                    + e.getMessage() + ". Choose a folder you can write to and try again.");
            return null;
        }
        refresh(circuitFile);
        return null;
    }

    private void export(DiagramExporter exporter, Path file) throws IOException {
        if (extension.equals("png")) {
            exporter.writePng(file);
        } else {
            exporter.writeSvg(file);
        }
    }

    /** The export may land in the workspace: let the Project Explorer show it. */
    private static void refresh(IFile circuitFile) {
        if (circuitFile != null) {
            try {
                circuitFile.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            } catch (CoreException ignored) {
                // a stale explorer is harmless; the file is written
            }
        }
    }
}
