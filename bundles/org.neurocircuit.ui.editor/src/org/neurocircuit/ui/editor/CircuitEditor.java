package org.neurocircuit.ui.editor;

import java.util.EventObject;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.ui.editor.commands.EmfCommandStack;
import org.neurocircuit.ui.editor.link.PopulationLink;
import org.neurocircuit.ui.editor.markers.CircuitMarkers;
import org.neurocircuit.ui.editor.outline.CircuitOutlinePage;
import org.neurocircuit.ui.editor.palette.CircuitPalette;
import org.neurocircuit.ui.editor.parts.CircuitPartFactory;
import org.neurocircuit.ui.editor.parts.EditorContext;
import org.neurocircuit.ui.editor.properties.CircuitPropertySourceProvider;

/**
 * The GEF editor of a {@code .circuit} file of the workspace. The diagram, the Properties view and
 * undo/redo all work on one {@link CircuitDocument} (one EMF command stack); saving validates and
 * refreshes the file's problem markers, and opening a marker selects its element.
 */
public class CircuitEditor extends GraphicalEditorWithFlyoutPalette implements IGotoMarker {

    public static final String ID = "org.neurocircuit.ui.editor.circuit";

    private CircuitDocument document;
    private PaletteRoot palette;
    private PopulationLink link;
    private boolean completionSaved;
    private String lastMessage;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The circuit editor opens .circuit files of the workspace; '" + input.getName()
                    + "' is not one: import it into a project first");
        }
        try {
            document = CircuitDocument.open(fileInput.getFile());
        } catch (CoreException e) {
            throw new PartInitException(e.getStatus());
        }
        DefaultEditDomain editDomain = new DefaultEditDomain(this);
        editDomain.setCommandStack(new EmfCommandStack(document.commandStack(), this::showMessage));
        setEditDomain(editDomain);
        super.init(site, input);
        setPartName(fileInput.getFile().getName());
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new CircuitPartFactory());
        viewer.setProperty(EditorContext.DOMAIN, document.domain());
        viewer.setProperty(EditorContext.STATUS, (java.util.function.Consumer<String>) this::showMessage);
        CircuitEditorActions.configure(this, viewer, root.getZoomManager(), getActionRegistry(), getSelectionActions());
        CircuitContextMenu menu = new CircuitContextMenu(viewer, getActionRegistry());
        viewer.setContextMenu(menu);
        getSite().registerContextMenu(CircuitContextMenu.ID, menu, viewer);
    }

    @Override
    protected void initializeGraphicalViewer() {
        super.initializeGraphicalViewer();
        getGraphicalViewer().setContents(document.circuit());
        link = new PopulationLink(this, getGraphicalViewer());
    }

    @Override
    protected void createActions() {
        super.createActions();
        CircuitEditorActions.create(this, getActionRegistry(), getSelectionActions());
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        if (palette == null) {
            palette = CircuitPalette.create();
        }
        return palette;
    }

    @Override
    protected org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences getPalettePreferences() {
        return PalettePreferences.INSTANCE;
    }

    @Override
    public void commandStackChanged(EventObject event) {
        super.commandStackChanged(event);
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public boolean isDirty() {
        return getCommandStack().isDirty() || document.diagramCompleted() && !completionSaved;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            document.save();
            completionSaved = true;
            getCommandStack().markSaveLocation();
            validate();
        } catch (CoreException e) {
            showMessage(e.getStatus().getMessage());
            org.eclipse.core.runtime.ILog.of(getClass()).log(e.getStatus());
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
        firePropertyChange(PROP_DIRTY);
    }

    /** Validates the circuit into problem markers on the file and says how many were found. */
    public void validate() {
        try {
            int problems = CircuitMarkers.validate(document.file(), document.circuit());
            getEditorSite().getActionBars().getStatusLineManager().setMessage(problems == 0
                    ? "Validation: no problems" : "Validation: " + problems + " problem(s), see the Problems view");
        } catch (CoreException e) {
            org.eclipse.core.runtime.ILog.of(getClass()).log(new Status(IStatus.ERROR, getClass(),
                    "cannot write problem markers on " + document.file().getFullPath(), e));
        }
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String fragment = marker.getAttribute(CircuitMarkers.URI_FRAGMENT, null);
        EObject target = fragment == null ? null : document.circuit().eResource().getEObject(fragment);
        select(target);
    }

    /** Selects and reveals {@code object}, or the nearest enclosing element the diagram draws. */
    public boolean select(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (getGraphicalViewer().getEditPartRegistry().get(o) instanceof EditPart part && o != document.circuit()) {
                getGraphicalViewer().select(part);
                getGraphicalViewer().reveal(part);
                return true;
            }
        }
        return false;
    }

    /** Shows why an edit was refused (null clears it); tests read it back with {@link #lastMessage()}. */
    void showMessage(String message) {
        lastMessage = message;
        if (getEditorSite() != null) {
            getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        }
    }

    public String lastMessage() {
        return lastMessage;
    }

    public CircuitDocument document() {
        return document;
    }

    public GraphicalViewer viewer() {
        return getGraphicalViewer();
    }

    public PopulationLink link() {
        return link;
    }

    @Override
    @SuppressWarnings({ "rawtypes" })
    public Object getAdapter(Class type) {
        if (type == Circuit.class) {
            return document.circuit();
        }
        if (type == EditingDomain.class) {
            return document.domain();
        }
        if (type == GraphicalViewer.class) {
            return getGraphicalViewer();
        }
        if (type == CommandStack.class) {
            return getCommandStack();
        }
        if (type == IFile.class) {
            return document.file();
        }
        if (type == IGotoMarker.class) {
            return this;
        }
        if (type == ZoomManager.class && getGraphicalViewer() != null) {
            return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
        }
        if (type == IContentOutlinePage.class && getGraphicalViewer() != null) {
            return new CircuitOutlinePage(document.circuit(), document.adapterFactory(), getGraphicalViewer());
        }
        if (type == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(new CircuitPropertySourceProvider(document.adapterFactory()));
            return page;
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        if (link != null) {
            link.dispose();
        }
        super.dispose();
        if (document != null) {
            document.dispose();
        }
    }
}
