package org.neurocircuit.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.neurocircuit.cli.CliContext;
import org.neurocircuit.cli.console.Quantities;
import org.neurocircuit.cli.console.TextTable;
import org.neurocircuit.cli.run.Refusals;
import org.neurocircuit.engine.lowering.LoweredCircuit;
import org.neurocircuit.engine.run.BackendChoice;
import org.neurocircuit.engine.run.CircuitCheck;
import org.neurocircuit.engine.run.CircuitSource;
import org.neurocircuit.engine.run.RunRefusedException;
import org.neurocircuit.engine.network.SimulationSettings;
import org.neurocircuit.engine.spi.MemoryEstimate;
import org.neurocircuit.engine.spi.RunRequest;
import org.neurocircuit.engine.spi.SimulationBackendProvider;
import org.neurocircuit.engine.spi.SimulationSession;
import org.neurocircuit.engine.spi.SupportReport;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.Recorder;
import org.neurocircuit.model.Region;
import org.neurocircuit.model.Stimulus;
import org.neurocircuit.model.labels.Labels;
import org.neurocircuit.model.labels.PartLabels;
import org.neurocircuit.model.units.Units;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code info FILE}: what a circuit holds and what running it would take: neurons, the
 * backend's estimate of synapses and memory, settings, and tables of populations (sizes,
 * models), projections (rules, weights, delays, receptors), stimuli and recorders.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        header = "Show a circuit's size, memory estimate, populations and projections.",
        description = "Show a circuit's size, the backend's memory estimate, and its populations and projections.",
        footer = {"Exit: 0 shown, 1 the circuit is invalid, 2 bad arguments or an unreadable file."})
public final class InfoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a circuit file (.circuit)")
    private Path file;

    @Option(names = "--backend", paramLabel = "ID", description = "backend whose estimate to show (default: the circuit's)")
    private String backend;

    private final CliContext context;

    public InfoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CircuitSource cf;
        LoweredCircuit lowered;
        SimulationBackendProvider provider;
        try {
            cf = CircuitSource.read(file);
            lowered = CircuitCheck.lower(cf).lowered();
            provider = BackendChoice.choose(context.backends(), backend, lowered.backendId());
        } catch (RunRefusedException e) {
            throw Refusals.toCli(e, backend != null && !backend.isBlank(), file);
        }
        RunRequest request = RunRequest.of(lowered.network(), lowered.settings());
        MemoryEstimate estimate;
        try (SimulationSession session = provider.createSession(request)) {
            estimate = session.estimateMemory();
        }
        PrintWriter out = context.out();
        Circuit c = cf.circuit();
        SimulationSettings s = lowered.settings();
        out.println("Circuit '" + cf.name() + "'  (" + cf.file() + ")");
        TextTable facts = new TextTable("", "").noHeader();
        facts.row("neurons", Quantities.count(lowered.network().neuronCount()));
        facts.row("synapses", Quantities.count(estimate.synapses()) + " (estimate by backend '" + provider.id() + "')");
        facts.row("memory", Quantities.bytes(estimate.bytes()) + " (estimate; limit " + Quantities.bytes(estimate.limit())
                + ", " + Quantities.fixed(estimate.bytesPerSynapse(), 1) + " B per synapse)"
                + (estimate.fits() ? "" : "  DOES NOT FIT: raise -Xmx (NC_VMARGS) or reduce the circuit"));
        estimate.parts().stream().max((a, b) -> Long.compare(a.bytes(), b.bytes()))
                .ifPresent(p -> facts.row("largest part", p.what() + ", " + Quantities.bytes(p.bytes())));
        facts.row("simulation", Quantities.ms(s.duration()) + " at dt " + Quantities.ms(s.dt()) + " ("
                + Quantities.count(s.steps()) + " steps), seed " + s.seed() + ", " + s.threads()
                + (s.threads() == 1 ? " thread" : " threads"));
        facts.row("backend", provider.id() + " (" + provider.label() + " " + provider.version() + ")");
        facts.print(out, "  ");
        SupportReport support = provider.supports(lowered.network());
        support.unsupported().forEach(u -> out.println("  UNSUPPORTED by '" + provider.id() + "': " + u));

        TextTable pops = new TextTable("population", "neurons", "model", "region").rightAligned(1);
        for (Population p : c.allPopulations()) {
            pops.row(Labels.name(p), Quantities.count(p.getSize()), PartLabels.modelLong(p.getNeuronModel()),
                    p.eContainer() instanceof Region r ? Labels.name(r) : "-");
        }
        section(out, "Populations", c.allPopulations().size(), pops);

        TextTable projs = new TextTable("projection", "source -> target", "rule", "weight", "delay", "receptor",
                "plasticity");
        for (Projection p : c.getProjections()) {
            projs.row(Labels.name(p), Labels.name(p.getSource()) + " -> " + Labels.name(p.getTarget()),
                    PartLabels.rule(p.getRule()), PartLabels.quantity(p.getWeight(), Units.weightUnit(p)),
                    PartLabels.quantity(p.getDelay(), Units.MS),
                    p.getReceptor() == null ? "-" : PartLabels.receptor(p.getReceptor()),
                    p.getPlasticity() == null ? "none" : PartLabels.plasticity(p.getPlasticity()));
        }
        section(out, "Projections", c.getProjections().size(), projs);

        TextTable stims = new TextTable("stimulus / recorder");
        for (Stimulus st : c.getStimuli()) {
            stims.row("stimulus " + Labels.stimulus(st));
        }
        for (Recorder r : c.getRecorders()) {
            stims.row("recorder " + Labels.recorder(r));
        }
        section(out, "Stimuli and recorders", c.getStimuli().size() + c.getRecorders().size(), stims);
        return 0;
    }

    private static void section(PrintWriter out, String title, int n, TextTable table) {
        out.println();
        out.println(title + " (" + n + ")");
        if (!table.isEmpty()) {
            table.print(out, "  ");
        }
    }
}
