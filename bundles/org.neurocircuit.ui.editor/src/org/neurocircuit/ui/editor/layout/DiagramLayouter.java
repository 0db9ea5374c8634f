package org.neurocircuit.ui.editor.layout;

import java.util.Map;
import java.util.function.Supplier;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.NamedElement;

/** Lays out a circuit's diagram with ELK, or with {@link LayeredFallback} when ELK fails. */
public final class DiagramLayouter {

    /**
     * A computed layout.
     *
     * @param bounds the new box of each element that has one
     * @param elkProblem why ELK could not be used (the fallback was), or null when ELK laid it out
     */
    public record Outcome(Map<NamedElement, NodeBounds> bounds, String elkProblem) {
    }

    private DiagramLayouter() {
    }

    /** The layout of {@code circuit}'s diagram; reads the model only. */
    public static Outcome layout(Circuit circuit) {
        return plan(circuit).get();
    }

    /**
     * Reads what the layout needs from the model now (on the thread that owns it) and returns
     * the computation, which touches the model no more and may run on another thread: ELK takes
     * seconds for hundreds of populations.
     */
    public static Supplier<Outcome> plan(Circuit circuit) {
        CircuitGraph graph = new CircuitGraph(circuit);
        return () -> compute(graph);
    }

    private static Outcome compute(CircuitGraph graph) {
        try {
            return new Outcome(ElkLayouter.layout(graph), null);
        } catch (RuntimeException | LinkageError e) {
            // ELK missing from the installation or failing on this graph: a simpler layout still helps
            String problem = "ELK layered layout failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); the diagram was laid out in simple layers instead.";
            return new Outcome(LayeredFallback.layout(graph), problem);
        }
    }

    /** The simple layered layout alone (what is used when ELK fails). */
    public static Outcome fallback(Circuit circuit) {
        return new Outcome(LayeredFallback.layout(new CircuitGraph(circuit)), null);
    }
}
