package org.neurocircuit.engine.results;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.neurocircuit.engine.spi.RecordingLayout.Channel;

/**
 * Names of files and folders in the results store. No user text reaches a path unless it is
 * an identifier; everything read back from run.json is checked before it is resolved.
 */
final class FileNames {

    /** The manifest. */
    static final String MANIFEST = "run.json";
    /** The copy of the circuit that ran. */
    static final String CIRCUIT = "circuit.circuit";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern STORED = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    private FileNames() {
    }

    /** Whether a name may appear in a file name as it is. */
    static boolean isIdentifier(String s) {
        return s != null && IDENTIFIER.matcher(s).matches();
    }

    /**
     * A name made safe for a folder name: characters other than ASCII letters, digits and
     * '_' become '_', a leading non-letter gets a 'c' prefix, at most 64 characters; "run"
     * when nothing is left.
     */
    static String sanitize(String s) {
        StringBuilder b = new StringBuilder();
        if (s != null) {
            for (int i = 0; i < s.length() && b.length() < 64; i++) {
                char c = s.charAt(i);
                boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                b.append(ok ? c : '_');
            }
        }
        String r = b.toString().replaceAll("_+", "_");
        if (r.isEmpty() || r.equals("_")) {
            return "run";
        }
        return isIdentifier(r) ? r : ("c" + r).substring(0, Math.min(64, r.length() + 1));
    }

    /**
     * The base name of a channel's files: kind and index, then the channel's name when it is an
     * identifier (the index alone keeps names unique; the name helps a person browsing).
     */
    static String channelBase(Channel c) {
        String kind = switch (c.kind()) {
            case SPIKES -> "spikes";
            case STATE -> "state";
            case RATE -> "rate";
        };
        return kind + "-" + c.index() + (isIdentifier(c.name()) ? "-" + c.name() : "");
    }

    /** The columns of a channel, with no records yet. */
    static ChannelColumns columnsOf(Channel c) {
        String base = channelBase(c);
        return switch (c.kind()) {
            case SPIKES -> new ChannelColumns(base + ".neurons.i32", base + ".steps.i32", 0);
            case STATE -> new ChannelColumns(base + ".f32", base + ".steps.i32", 0);
            case RATE -> new ChannelColumns(base + ".f32", null, 0);
        };
    }

    /**
     * Resolves a file name read from run.json inside the folder.
     *
     * @throws IllegalArgumentException when the name could escape the folder or is not one
     *                                  this format produces
     */
    static Path resolveStored(Path folder, String name) {
        if (name == null || !STORED.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("unsafe file name " + (name == null ? "null" : "\"" + name + "\""));
        }
        return folder.resolve(name);
    }
}
