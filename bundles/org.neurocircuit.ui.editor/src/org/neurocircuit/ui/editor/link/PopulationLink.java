package org.neurocircuit.ui.editor.link;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.EditPartViewer;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.neurocircuit.engine.link.LinkEvent;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.link.PopulationSelection;
import org.neurocircuit.ui.editor.parts.PopulationEditPart;
import org.neurocircuit.ui.link.WorkbenchLinks;

/**
 * Connects one editor's diagram to {@link LinkTopics#SELECTED_POPULATIONS}: publishes the populations
 * selected in the diagram (source: the editor) and highlights those that other views publish. The
 * subscription ends with the viewer's control.
 */
public final class PopulationLink {

    private final Object source;
    private final EditPartViewer viewer;
    private final ISelectionChangedListener publisher = event -> publish(event.getStructuredSelection());
    private PopulationSelection highlighted = new PopulationSelection(List.of());

    public PopulationLink(Object source, EditPartViewer viewer) {
        this.source = source;
        this.viewer = viewer;
        viewer.addSelectionChangedListener(publisher);
        WorkbenchLinks.onDisplay(viewer.getControl(), this::received, LinkTopics.SELECTED_POPULATIONS);
    }

    /** The populations highlighted because another view selected them. */
    public PopulationSelection highlighted() {
        return highlighted;
    }

    private void publish(IStructuredSelection selection) {
        List<String> names = new ArrayList<>();
        for (Object o : selection.toList()) {
            if (o instanceof PopulationEditPart part) {
                names.add(part.population().getName());
            }
        }
        if (!names.isEmpty()) {
            WorkbenchLinks.bus().publish(LinkTopics.SELECTED_POPULATIONS, new PopulationSelection(names), source);
        }
    }

    private void received(LinkEvent event) {
        if (event.source() == source) {
            return;
        }
        PopulationSelection selection = event.value(PopulationSelection.class);
        highlighted = selection == null ? new PopulationSelection(List.of()) : selection;
        for (Object part : viewer.getEditPartRegistry().values()) {
            if (part instanceof PopulationEditPart population) {
                population.setHighlighted(highlighted.contains(population.population().getName()));
            }
        }
    }

    public void dispose() {
        viewer.removeSelectionChangedListener(publisher);
    }
}
