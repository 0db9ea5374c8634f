package org.neurocircuit.ui.editor.outline;

import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.parts.ScrollableThumbnail;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.neurocircuit.model.Circuit;

/**
 * Outline of the open circuit: a tree of its elements (selecting one selects it in the diagram) or a
 * thumbnail of the whole diagram with the visible part framed; two toolbar buttons switch between them.
 */
public class CircuitOutlinePage extends Page implements IContentOutlinePage {

    private final Circuit circuit;
    private final AdapterFactory adapterFactory;
    private final GraphicalViewer diagram;
    private final EContentAdapter refresher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && tree != null && !tree.getControl().isDisposed()) {
                tree.refresh();
            }
        }
    };
    private PageBook book;
    private TreeViewer tree;
    private Canvas overview;
    private ScrollableThumbnail thumbnail;

    public CircuitOutlinePage(Circuit circuit, AdapterFactory adapterFactory, GraphicalViewer diagram) {
        this.circuit = circuit;
        this.adapterFactory = adapterFactory;
        this.diagram = diagram;
    }

    @Override
    public void createControl(Composite parent) {
        book = new PageBook(parent, SWT.NONE);
        tree = new TreeViewer(book, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        ItemTreeProvider provider = new ItemTreeProvider(adapterFactory);
        tree.setContentProvider(provider);
        tree.setLabelProvider(provider);
        tree.setInput(new Object[] { circuit });
        tree.expandToLevel(2);
        tree.addSelectionChangedListener(event -> selectInDiagram(event.getStructuredSelection()));
        circuit.eAdapters().add(refresher);
        overview = new Canvas(book, SWT.NONE);
        LightweightSystem lws = new LightweightSystem(overview);
        ScalableFreeformRootEditPart root = (ScalableFreeformRootEditPart) diagram.getRootEditPart();
        thumbnail = new ScrollableThumbnail((Viewport) root.getFigure());
        thumbnail.setSource(root.getLayer(LayerConstants.PRINTABLE_LAYERS));
        lws.setContents(thumbnail);
        book.showPage(tree.getControl());
        IToolBarManager toolbar = getSite().getActionBars().getToolBarManager();
        toolbar.add(new Action("Tree") {
            @Override
            public void run() {
                showTree();
            }
        });
        toolbar.add(new Action("Overview") {
            @Override
            public void run() {
                showOverview();
            }
        });
        getSite().getActionBars().updateActionBars();
    }

    public void showTree() {
        book.showPage(tree.getControl());
    }

    public void showOverview() {
        book.showPage(overview);
    }

    /** The page now shown: the tree's control or the overview canvas. */
    public Control shownPage() {
        return tree.getControl().isVisible() ? tree.getControl() : overview;
    }

    public TreeViewer tree() {
        return tree;
    }

    public ScrollableThumbnail thumbnail() {
        return thumbnail;
    }

    private void selectInDiagram(IStructuredSelection selection) {
        java.util.List<Object> parts = new java.util.ArrayList<>();
        for (Object model : selection.toList()) {
            Object part = diagram.getEditPartRegistry().get(model);
            if (part != null) {
                parts.add(part);
            }
        }
        if (!parts.isEmpty()) {
            diagram.setSelection(new org.eclipse.jface.viewers.StructuredSelection(parts));
            diagram.reveal((org.eclipse.gef.EditPart) parts.get(0));
        }
    }

    @Override
    public Control getControl() {
        return book;
    }

    @Override
    public void setFocus() {
        book.setFocus();
    }

    @Override
    public void dispose() {
        circuit.eAdapters().remove(refresher);
        if (thumbnail != null) {
            thumbnail.deactivate();
        }
        super.dispose();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        tree.addSelectionChangedListener(listener);
    }

    @Override
    public org.eclipse.jface.viewers.ISelection getSelection() {
        return tree.getSelection();
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        tree.removeSelectionChangedListener(listener);
    }

    @Override
    public void setSelection(org.eclipse.jface.viewers.ISelection selection) {
        tree.setSelection(selection);
    }
}
