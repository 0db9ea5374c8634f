package org.neurocircuit.engine.run;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.neurocircuit.engine.lowering.CircuitLowering;
import org.neurocircuit.engine.lowering.LoweredCircuit;
import org.neurocircuit.engine.network.InvalidNetworkException;
import org.neurocircuit.engine.network.NetworkValidator;
import org.neurocircuit.engine.network.Problem;
import org.neurocircuit.engine.run.RunRefusedException.Reason;
import org.neurocircuit.model.validation.CircuitValidation;
import org.neurocircuit.model.validation.DiagnosticLines;

/**
 * Checks a circuit the way a run would: the model's validation ({@link CircuitValidation}), then
 * lowering to a network description and the description's own checks with the circuit's settings,
 * whose problems name the elements too. A circuit with no error here can be handed to a backend.
 */
public final class CircuitCheck {

    private CircuitCheck() {
    }

    /** Every finding: load warnings, validation, then (when validation found no error) lowering. */
    public static List<Finding> findings(CircuitSource source) {
        List<Finding> all = new ArrayList<>(modelFindings(source));
        if (all.stream().noneMatch(Finding::error)) {
            try {
                lowerAndCheck(source);
            } catch (InvalidNetworkException e) {
                all.addAll(toFindings(e));
            }
        }
        return all;
    }

    /**
     * A circuit ready to run.
     *
     * @param lowered the network, its settings and backend
     * @param warnings load and validation warnings, recorded with the run
     */
    public record Checked(LoweredCircuit lowered, List<Finding> warnings) {
    }

    /**
     * The network to run, with the warnings found on the way.
     *
     * @throws RunRefusedException ({@link Reason#INVALID_CIRCUIT}) listing the errors, each naming
     *                             its element
     */
    public static Checked lower(CircuitSource source) throws RunRefusedException {
        List<Finding> model = modelFindings(source);
        List<Finding> errors = model.stream().filter(Finding::error).toList();
        if (errors.isEmpty()) {
            try {
                return new Checked(lowerAndCheck(source), model);
            } catch (InvalidNetworkException e) {
                errors = toFindings(e);
            }
        }
        StringBuilder b = new StringBuilder(source.file() + " is invalid (" + errors.size()
                + (errors.size() == 1 ? " error" : " errors") + "):");
        errors.forEach(f -> b.append(System.lineSeparator()).append("  ").append(f));
        b.append(System.lineSeparator()).append("Fix these in the circuit editor or the file, then run again.");
        throw new RunRefusedException(Reason.INVALID_CIRCUIT, b.toString());
    }

    /** Lowers, then checks the network and its settings as a run request will, so a run fails for options only. */
    private static LoweredCircuit lowerAndCheck(CircuitSource source) {
        LoweredCircuit lowered = CircuitLowering.lower(source.circuit());
        NetworkValidator.require(lowered.network(), lowered.settings());
        return lowered;
    }

    private static List<Finding> modelFindings(CircuitSource source) {
        List<Finding> out = new ArrayList<>(source.warnings());
        collect(CircuitValidation.validate(source.circuit()), out);
        return out;
    }

    /** Leaves only, formatted by the model's own one-line format. */
    private static void collect(Diagnostic d, List<Finding> out) {
        if (d.getChildren().isEmpty()) {
            if (d.getSeverity() >= Diagnostic.WARNING) {
                out.add(new Finding(d.getSeverity() >= Diagnostic.ERROR, DiagnosticLines.line(d)));
            }
            return;
        }
        for (Diagnostic child : d.getChildren()) {
            collect(child, out);
        }
    }

    private static List<Finding> toFindings(InvalidNetworkException e) {
        List<Finding> out = new ArrayList<>();
        for (Problem p : e.problems()) {
            out.add(Finding.of(true, p.element(), p.message()));
        }
        return out;
    }
}
