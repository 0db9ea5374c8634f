package org.neurocircuit.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.neurocircuit.engine.run.RunRefusedException.Reason;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.resource.CircuitFiles;
import org.neurocircuit.model.resource.LoadProblem;
import org.neurocircuit.model.resource.LoadResult;

/**
 * A circuit file read for a run: the circuit, loaded by the model's safe loader
 * ({@link CircuitFiles}: hardened parser, no other files opened), and the file's bytes, which a
 * run copies into its folder and hashes.
 *
 * @param file the file, absolute
 * @param bytes its content, as loaded
 * @param circuit the circuit it holds
 * @param warnings what the loader tolerated, one finding each
 */
public record CircuitSource(Path file, byte[] bytes, Circuit circuit, List<Finding> warnings) {

    /** Larger files are not circuits (an explicit list of a million pairs is about 60 MB). */
    private static final long MAX_BYTES = 512L << 20;

    private static final String FIX = "It must be a NeuroCircuit .circuit file as the workbench saves it.";

    public CircuitSource {
        file = file.toAbsolutePath().normalize();
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads and loads a circuit file.
     *
     * @throws RunRefusedException ({@link Reason#UNREADABLE_FILE}) naming the file and the fix when
     *                             it is missing, a folder, too large, or not a loadable circuit
     */
    public static CircuitSource read(Path path) throws RunRefusedException {
        Path file = path.toAbsolutePath().normalize();
        byte[] bytes = readBytes(path, file);
        LoadResult result = CircuitFiles.load(file);
        if (!result.loaded()) {
            StringBuilder b = new StringBuilder(path + " is not a readable circuit file:");
            result.problems().stream().filter(p -> p.severity() >= Diagnostic.ERROR)
                    .forEach(p -> b.append(System.lineSeparator()).append("  ").append(p));
            throw unreadable(b.append(System.lineSeparator()).append(FIX).toString());
        }
        if (!Arrays.equals(bytes, readBytes(path, file))) {
            // The run folder must hold the bytes that ran; an editor saving meanwhile breaks that.
            throw unreadable(path + " changed while it was being read; run it again.");
        }
        List<Finding> warnings = result.problems().stream().filter(p -> p.severity() < Diagnostic.ERROR)
                .map(CircuitSource::warning).toList();
        return new CircuitSource(file, bytes, result.circuit(), warnings);
    }

    private static Finding warning(LoadProblem p) {
        return new Finding(false, "WARNING " + p);
    }

    private static RunRefusedException unreadable(String message) {
        return new RunRefusedException(Reason.UNREADABLE_FILE, message);
    }

    private static byte[] readBytes(Path path, Path file) throws RunRefusedException {
        try {
            if (Files.isDirectory(file)) {
                throw unreadable(path + " is a folder; give a .circuit file.");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw unreadable(path + " is " + (size >> 20) + " MB, too large for a circuit file. " + FIX);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw unreadable("cannot read " + path + ": no such file. Check the path (relative paths start at "
                    + Path.of("").toAbsolutePath() + ").");
        } catch (IOException e) {
            throw unreadable("cannot read " + path + ": " + e.getMessage() + ".");
        }
    }

    /** The circuit's name, or the file's name without extension when it has none. */
    public String name() {
        String n = circuit.getName();
        if (n != null && !n.isBlank()) {
            return n;
        }
        String f = file.getFileName().toString();
        return f.endsWith(".circuit") ? f.substring(0, f.length() - ".circuit".length()) : f;
    }
}
