package org.neurocircuit.ui.editor.extras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurocircuit.examples.ReferenceCircuits;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Population;
import org.neurocircuit.ui.editor.export.DiagramExporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** PNG and SVG export of the COBA example's diagram, opened in the real editor. */
class DiagramExportTest {

    private IEditorPart editor;
    private Circuit circuit;
    private GraphicalViewer viewer;

    @BeforeEach
    void open() throws Exception {
        var file = Workbench.write(Workbench.project("export"), "coba.circuit",
                ReferenceCircuits.byId("vogels_abbott_coba").orElseThrow().create());
        editor = Workbench.open(file);
        circuit = editor.getAdapter(Circuit.class);
        viewer = editor.getAdapter(GraphicalViewer.class);
    }

    @AfterEach
    void close() {
        Workbench.page().closeEditor(editor, false);
    }

    @Test
    void pngHasTheDiagramSizeAndInkWhereTheFiguresAre() {
        DiagramExporter exporter = new DiagramExporter(viewer);
        ImageData png = exporter.image();
        Rectangle area = exporter.area();
        assertEquals(area.width, png.width);
        assertEquals(area.height, png.height);
        for (Population p : circuit.allPopulations()) {
            Rectangle box = boundsInLayers(p);
            box.translate(-area.x, -area.y);
            assertTrue(inked(png, box), "no ink where population " + p.getName() + " is drawn: " + box);
        }
        // the margin is background
        assertEquals(new RGB(255, 255, 255), png.palette.getRGB(png.getPixel(1, 1)));
    }

    @Test
    void svgParsesAndHoldsOneTextPerPopulationNameAndOneShapePerFigure() throws Exception {
        DiagramExporter exporter = new DiagramExporter(viewer);
        String svg = exporter.svg();
        // kept for a person to compare with the PNG: both files are what the export commands write
        Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "nc-editor-extras"));
        exporter.writeSvg(folder.resolve("coba.svg"));
        exporter.writePng(folder.resolve("coba.png"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        for (Population p : circuit.allPopulations()) {
            assertEquals(1, texts.stream().filter(p.getName()::equals).count(), p.getName() + " in " + texts);
        }
        // population and region boxes are rounded rectangles: one filled and one outlined rect with rx each
        int boxes = circuit.allPopulations().size() + circuit.allRegions().size();
        assertEquals(2 * boxes, count(doc, "rect", e -> e.hasAttribute("rx")));
        assertEquals(boxes, count(doc, "rect", e -> e.hasAttribute("rx") && e.getAttribute("fill").equals("none")));
        // every line (projection, stimulus or recorder attachment) is one polyline
        long lines = viewer.getEditPartRegistry().values().stream().filter(ConnectionEditPart.class::isInstance).count();
        assertTrue(lines > 0);
        assertEquals(lines, count(doc, "polyline", e -> true));
    }

    private static long count(Document doc, String tag, java.util.function.Predicate<Element> which) {
        NodeList nodes = doc.getElementsByTagName(tag);
        long n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (which.test((Element) nodes.item(i))) {
                n++;
            }
        }
        return n;
    }

    /** The figure's bounds in the coordinates of the printable layers (the exported diagram's). */
    private Rectangle boundsInLayers(Population p) {
        IFigure figure = ((GraphicalEditPart) viewer.getEditPartRegistry().get(p)).getFigure();
        Rectangle r = figure.getBounds().getCopy();
        figure.translateToAbsolute(r);
        IFigure layers = ((LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID))
                .getLayer(LayerConstants.PRINTABLE_LAYERS);
        layers.translateToRelative(r);
        return r;
    }

    /** Whether some pixel inside the box (its middle third) differs from white. */
    private static boolean inked(ImageData png, Rectangle box) {
        assertFalse(box.isEmpty());
        for (int y = box.y + box.height / 3; y < box.y + 2 * box.height / 3; y++) {
            for (int x = box.x + box.width / 3; x < box.x + 2 * box.width / 3; x++) {
                if (x >= 0 && y >= 0 && x < png.width && y < png.height
                        && !png.palette.getRGB(png.getPixel(x, y)).equals(new RGB(255, 255, 255))) {
                    return true;
                }
            }
        }
        return false;
    }
}
