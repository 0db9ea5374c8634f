package org.neurocircuit.ui.editor.layout;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.neurocircuit.model.NamedElement;

/**
 * ELK's layered algorithm over the whole diagram at once (hierarchy handling "include
 * children"), so that lines between populations of different regions are routed and the
 * regions sized around their populations in one pass. Flow runs left to right.
 */
final class ElkLayouter {

    /** Room for a region's title above its populations, px. */
    static final double REGION_TITLE = 32;

    private ElkLayouter() {
    }

    static Map<NamedElement, NodeBounds> layout(CircuitGraph graph) {
        registerLayered();
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, new ElkPadding(20));
        Map<NamedElement, ElkNode> nodes = new HashMap<>();
        for (CircuitGraph.Item item : graph.items.values()) {
            create(graph, item, root, nodes);
        }
        for (CircuitGraph.Link link : graph.links) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(link.source()), nodes.get(link.target()));
            ElkGraphUtil.updateContainment(edge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<NamedElement, NodeBounds> result = new HashMap<>();
        nodes.forEach((element, node) -> result.put(element, new NodeBounds((int) Math.round(node.getX()),
                (int) Math.round(node.getY()), (int) Math.ceil(node.getWidth()), (int) Math.ceil(node.getHeight()))));
        return result;
    }

    /** Parents before children, whatever the order of the items. */
    private static ElkNode create(CircuitGraph graph, CircuitGraph.Item item, ElkNode root,
            Map<NamedElement, ElkNode> nodes) {
        ElkNode existing = nodes.get(item.element());
        if (existing != null) {
            return existing;
        }
        ElkNode parent = item.parent() == null ? root : create(graph, graph.items.get(item.parent()), root, nodes);
        ElkNode node = ElkGraphUtil.createNode(parent);
        node.setDimensions(item.width(), item.height());
        if (item.isRegion()) {
            configure(node, new ElkPadding(REGION_TITLE, 16, 16, 16));
        }
        nodes.put(item.element(), node);
        return node;
    }

    private static void configure(ElkNode node, ElkPadding padding) {
        node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        node.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        node.setProperty(CoreOptions.PADDING, padding);
        node.setProperty(LayeredOptions.SPACING_NODE_NODE, 40.0);
        node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
    }

    /**
     * Outside an Eclipse IDE nothing registers ELK's algorithms (its service loader does not see
     * across bundles), so the layered algorithm is registered here once.
     */
    private static synchronized void registerLayered() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
    }
}
