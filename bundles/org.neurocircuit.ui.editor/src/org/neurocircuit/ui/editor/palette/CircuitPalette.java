package org.neurocircuit.ui.editor.palette;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.neurocircuit.model.ModelPackage.Literals;
import org.neurocircuit.model.edit.commands.ElementFactory;

/** Builds the palette: Selection and Marquee, then Structure, Neurons, Stimuli, Recorders and Connections. */
public final class CircuitPalette {

    /** Neuron models with their tool labels, in the order of the design's list. */
    public static final List<Object[]> NEURON_MODELS = List.of(
            new Object[] { Literals.LIF_CURRENT, "LIF (current)", "Leaky integrate-and-fire, current synapses" },
            new Object[] { Literals.LIF_CONDUCTANCE, "LIF (conductance)", "Leaky integrate-and-fire, conductance synapses" },
            new Object[] { Literals.AD_EX, "AdEx", "Adaptive exponential integrate-and-fire" },
            new Object[] { Literals.IZHIKEVICH, "Izhikevich", "Izhikevich neuron" },
            new Object[] { Literals.POISSON_SOURCE, "Poisson source", "Neurons firing as Poisson processes" },
            new Object[] { Literals.SPIKE_TIME_SOURCE, "Spike-time source", "Neurons firing at given times" },
            new Object[] { Literals.RATE_UNIT, "Rate unit", "Firing-rate unit" });

    public static final List<Object[]> STIMULI = List.of(
            new Object[] { Literals.POISSON_STIMULUS, "Poisson input", "Poisson spike input through a receptor" },
            new Object[] { Literals.DC_STIMULUS, "DC current", "Constant current" },
            new Object[] { Literals.STEP_STIMULUS, "Step current", "Piecewise-constant current" },
            new Object[] { Literals.SINUSOID_STIMULUS, "Sinusoidal current", "Sinusoidal current" },
            new Object[] { Literals.SPIKE_TIMES_STIMULUS, "Spike times", "Spikes at given times" },
            new Object[] { Literals.NOISE_STIMULUS, "Noise current", "Gaussian white-noise current" });

    public static final List<Object[]> RECORDERS = List.of(
            new Object[] { Literals.SPIKE_RECORDER, "Spike recorder", "Records spike times" },
            new Object[] { Literals.STATE_RECORDER, "State recorder", "Samples a state variable such as V_m" },
            new Object[] { Literals.RATE_RECORDER, "Rate recorder", "Records the population rate" });

    private CircuitPalette() {
    }

    public static PaletteRoot create() {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup("Tools");
        ToolEntry selection = new SelectionToolEntry();
        tools.add(selection);
        tools.add(new MarqueeToolEntry());
        root.add(tools);
        root.setDefaultEntry(selection);

        PaletteDrawer structure = new PaletteDrawer("Structure");
        structure.add(entry(Literals.REGION, "Region", "A brain region holding populations and sub-regions",
                new ElementCreationFactory(Literals.REGION, ElementFactory::region)));
        root.add(structure);

        PaletteDrawer neurons = new PaletteDrawer("Neurons");
        for (Object[] model : NEURON_MODELS) {
            EClass type = (EClass) model[0];
            neurons.add(entry(type, (String) model[1], model[2] + " (population of "
                    + ElementFactory.DEFAULT_SIZE + ")", new ElementCreationFactory(type,
                            () -> ElementFactory.population(type))));
        }
        root.add(neurons);
        root.add(drawer("Stimuli", STIMULI, true));
        root.add(drawer("Recorders", RECORDERS, false));

        PaletteDrawer connections = new PaletteDrawer("Connections");
        connections.add(new ConnectionCreationToolEntry("Projection", "Projection between populations, or a stimulus "
                + "or recorder to a population", new ElementCreationFactory(Literals.PROJECTION, () -> Literals.PROJECTION),
                null, null));
        root.add(connections);
        return root;
    }

    private static PaletteDrawer drawer(String label, List<Object[]> kinds, boolean stimuli) {
        PaletteDrawer drawer = new PaletteDrawer(label);
        for (Object[] kind : kinds) {
            EClass type = (EClass) kind[0];
            drawer.add(entry(type, (String) kind[1], (String) kind[2], new ElementCreationFactory(type,
                    () -> stimuli ? ElementFactory.stimulus(type) : ElementFactory.recorder(type))));
        }
        return drawer;
    }

    private static CombinedTemplateCreationEntry entry(EClass type, String label, String description,
            ElementCreationFactory factory) {
        CombinedTemplateCreationEntry entry = new CombinedTemplateCreationEntry(label, description, type, factory, null,
                null);
        entry.setId(type.getName());
        return entry;
    }
}
