package org.neurocircuit.ui.editor.extras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.neurocircuit.examples.ReferenceCircuits;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.DiagramEdge;
import org.neurocircuit.model.DiagramNode;
import org.neurocircuit.model.DiagramPoint;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Region;
import org.neurocircuit.ui.editor.layout.ApplyLayoutCommand;
import org.neurocircuit.ui.editor.layout.DiagramLayouter;
import org.neurocircuit.ui.editor.layout.NodeBounds;

/** Auto layout of the Potjans–Diesmann microcircuit, by ELK and by the fallback, and its undo/redo. */
class AutoLayoutTest {

    private final Circuit circuit = ReferenceCircuits.byId("potjans_diesmann_2014").orElseThrow().create();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());

    @Test
    void elkLaysTheMicrocircuitOutWithoutOverlapsAndPopulationsInsideTheirLayer() {
        DiagramLayouter.Outcome outcome = DiagramLayouter.layout(circuit);
        assertNull(outcome.elkProblem(), "ELK should run in the application");
        assertSound(outcome.bounds());
    }

    @Test
    void theFallbackLayoutIsSoundToo() {
        assertSound(DiagramLayouter.fallback(circuit).bounds());
    }

    @Test
    void oneCommandAppliesTheLayoutAndUndoRestoresTheOldDrawingExactly() {
        DiagramEdge edge = circuit.getDiagram().getEdges().get(0);
        DiagramPoint bend = ModelFactory.eINSTANCE.createDiagramPoint();
        bend.setX(333);
        bend.setY(444);
        edge.getBendpoints().add(bend);
        List<int[]> before = snapshot();

        Command command = ApplyLayoutCommand.create(domain, circuit.getDiagram(), DiagramLayouter.layout(circuit).bounds());
        assertTrue(command.canExecute());
        domain.getCommandStack().execute(command);
        List<int[]> after = snapshot();
        assertNotEquals(toString(before), toString(after));
        assertTrue(edge.getBendpoints().isEmpty());
        assertEquals(ApplyLayoutCommand.LABEL, domain.getCommandStack().getUndoCommand().getLabel());

        domain.getCommandStack().undo();
        assertEquals(toString(before), toString(snapshot()));
        assertEquals(List.of(bend), edge.getBendpoints());

        domain.getCommandStack().redo();
        assertEquals(toString(after), toString(snapshot()));
        assertTrue(edge.getBendpoints().isEmpty());
        assertFalse(domain.getCommandStack().canRedo());
    }

    @Test
    void aLayoutThatChangesNothingCannotExecute() {
        Map<NamedElement, NodeBounds> bounds = DiagramLayouter.layout(circuit).bounds();
        domain.getCommandStack().execute(ApplyLayoutCommand.create(domain, circuit.getDiagram(), bounds));
        assertFalse(ApplyLayoutCommand.create(domain, circuit.getDiagram(), bounds).canExecute());
    }

    private void assertSound(Map<NamedElement, NodeBounds> bounds) {
        for (DiagramNode node : circuit.getDiagram().getNodes()) {
            assertTrue(bounds.containsKey(node.getElement()), "no box for " + node.getElement().getName());
        }
        for (Region region : circuit.getRegions()) {
            NodeBounds box = bounds.get(region);
            for (Population p : region.getPopulations()) {
                assertTrue(box.contains(bounds.get(p)), p.getName() + " " + bounds.get(p) + " outside " + box);
            }
            assertNoOverlap(bounds, new ArrayList<>(region.getPopulations()));
        }
        List<NamedElement> top = new ArrayList<>(circuit.getRegions());
        top.addAll(circuit.getPopulations());
        top.addAll(circuit.getStimuli());
        top.addAll(circuit.getRecorders());
        top.removeIf(e -> !bounds.containsKey(e));
        assertTrue(top.size() >= 4, "regions and side boxes at top level");
        assertNoOverlap(bounds, top);
    }

    private static void assertNoOverlap(Map<NamedElement, NodeBounds> bounds, List<? extends NamedElement> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            for (int j = i + 1; j < siblings.size(); j++) {
                NodeBounds a = bounds.get(siblings.get(i));
                NodeBounds b = bounds.get(siblings.get(j));
                assertFalse(a.overlaps(b), siblings.get(i).getName() + " " + a + " overlaps "
                        + siblings.get(j).getName() + " " + b);
            }
        }
    }

    private List<int[]> snapshot() {
        List<int[]> boxes = new ArrayList<>();
        for (DiagramNode n : circuit.getDiagram().getNodes()) {
            boxes.add(new int[] {n.getX(), n.getY(), n.getWidth(), n.getHeight()});
        }
        return boxes;
    }

    private static String toString(List<int[]> boxes) {
        StringBuilder s = new StringBuilder();
        boxes.forEach(b -> s.append(java.util.Arrays.toString(b)));
        return s.toString();
    }
}
