package org.neurocircuit.ui.editor.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Region;

/**
 * A plain layered layout for when ELK cannot run: inside each region (innermost first) and at
 * top level, boxes go into columns by the longest path along the lines between them (lines that
 * close a cycle are ignored), stacked top to bottom in each column; a region is then sized
 * around its boxes.
 */
final class LayeredFallback {

    static final int GAP_X = 60;
    static final int GAP_Y = 40;
    static final int PAD = 16;
    static final int PAD_TOP = 32;

    private final CircuitGraph graph;
    private final Map<NamedElement, NodeBounds> result = new HashMap<>();

    private LayeredFallback(CircuitGraph graph) {
        this.graph = graph;
    }

    static Map<NamedElement, NodeBounds> layout(CircuitGraph graph) {
        LayeredFallback f = new LayeredFallback(graph);
        f.arrange(null, 20, 20);
        return f.result;
    }

    /** Lays out the children of {@code parent} from (left, top); returns the extent {width, height} used. */
    private int[] arrange(Region parent, int left, int top) {
        List<CircuitGraph.Item> children = graph.children(parent);
        Map<NamedElement, int[]> sizes = new LinkedHashMap<>();
        for (CircuitGraph.Item child : children) {
            if (child.isRegion() && !graph.children((Region) child.element()).isEmpty()) {
                int[] inner = arrange((Region) child.element(), PAD, PAD_TOP);
                sizes.put(child.element(), new int[] {inner[0] + 2 * PAD, inner[1] + PAD_TOP + PAD});
            } else {
                sizes.put(child.element(), new int[] {child.width(), child.height()});
            }
        }
        Map<NamedElement, Integer> layer = layers(parent, sizes.keySet());
        int columns = layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        int x = left;
        int width = 0;
        int height = 0;
        for (int c = 0; c < columns; c++) {
            int y = top;
            int columnWidth = 0;
            for (Map.Entry<NamedElement, int[]> e : sizes.entrySet()) {
                if (layer.get(e.getKey()) == c) {
                    int[] s = e.getValue();
                    result.put(e.getKey(), new NodeBounds(x, y, s[0], s[1]));
                    y += s[1] + GAP_Y;
                    columnWidth = Math.max(columnWidth, s[0]);
                }
            }
            height = Math.max(height, y - GAP_Y - top);
            x += columnWidth + GAP_X;
            width = x - GAP_X - left;
        }
        return new int[] {width, height};
    }

    /** Longest-path column of each child, over the lines between (descendants of) the children. */
    private Map<NamedElement, Integer> layers(Region parent, Set<NamedElement> children) {
        Map<NamedElement, List<NamedElement>> out = new HashMap<>();
        for (CircuitGraph.Link link : graph.links) {
            NamedElement s = graph.childOf(parent, link.source());
            NamedElement t = graph.childOf(parent, link.target());
            if (s != null && t != null && s != t) {
                out.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
            }
        }
        // depth-first post-order; lines back onto the current path close cycles and are dropped
        List<NamedElement> postOrder = new ArrayList<>();
        Map<NamedElement, List<NamedElement>> forward = new HashMap<>();
        Set<NamedElement> seen = new HashSet<>();
        for (NamedElement c : children) {
            visit(c, out, forward, seen, new HashSet<>(), postOrder);
        }
        Map<NamedElement, Integer> layer = new HashMap<>();
        children.forEach(c -> layer.put(c, 0));
        for (int i = postOrder.size() - 1; i >= 0; i--) {
            NamedElement s = postOrder.get(i);
            for (NamedElement t : forward.getOrDefault(s, List.of())) {
                layer.put(t, Math.max(layer.get(t), layer.get(s) + 1));
            }
        }
        return layer;
    }

    private static void visit(NamedElement node, Map<NamedElement, List<NamedElement>> out,
            Map<NamedElement, List<NamedElement>> forward, Set<NamedElement> seen, Set<NamedElement> onPath,
            List<NamedElement> postOrder) {
        if (!seen.add(node)) {
            return;
        }
        onPath.add(node);
        for (NamedElement next : out.getOrDefault(node, List.of())) {
            if (!onPath.contains(next)) {
                forward.computeIfAbsent(node, k -> new ArrayList<>()).add(next);
                visit(next, out, forward, seen, onPath, postOrder);
            }
        }
        onPath.remove(node);
        postOrder.add(node);
    }
}
