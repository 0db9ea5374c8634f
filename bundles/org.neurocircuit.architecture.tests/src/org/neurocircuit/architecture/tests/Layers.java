package org.neurocircuit.architecture.tests;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundle table of DESIGN.md §1: which bundles sit above the UI line, and which of our bundles
 * each bundle may depend on. A new bundle must be entered here, so its place is a decision.
 */
final class Layers {

    /** Names of packages and bundles that only UI bundles may use. */
    static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.e4.ui", "org.eclipse.gef", "org.eclipse.draw2d", "org.eclipse.swtchart");

    private static final Set<String> HEADLESS = Set.of("org.neurocircuit.model", "org.neurocircuit.model.edit",
            "org.neurocircuit.engine", "org.neurocircuit.engine.builtin", "org.neurocircuit.decode",
            "org.neurocircuit.io", "org.neurocircuit.cli", "org.neurocircuit.examples",
            "org.neurocircuit.examples.backend", "org.neurocircuit.examples.decoder");

    /** Our bundles each bundle may require (DESIGN.md §1, "may depend on"); UI-free bundles of others below. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("org.neurocircuit.model", Set.of()),
            Map.entry("org.neurocircuit.model.edit", Set.of("org.neurocircuit.model")),
            Map.entry("org.neurocircuit.engine", Set.of("org.neurocircuit.model")),
            Map.entry("org.neurocircuit.engine.builtin", Set.of("org.neurocircuit.engine", "org.neurocircuit.model")),
            Map.entry("org.neurocircuit.decode", Set.of("org.neurocircuit.engine", "org.neurocircuit.model")),
            Map.entry("org.neurocircuit.io", Set.of("org.neurocircuit.model", "org.neurocircuit.engine")),
            Map.entry("org.neurocircuit.examples", Set.of("org.neurocircuit.model")),
            // A third-party backend, written as others would: against the engine SPI only.
            Map.entry("org.neurocircuit.examples.backend", Set.of("org.neurocircuit.engine")),
            Map.entry("org.neurocircuit.examples.decoder", Set.of("org.neurocircuit.decode", "org.neurocircuit.engine")),
            Map.entry("org.neurocircuit.cli", HEADLESS),
            Map.entry("org.neurocircuit.ui", HEADLESS),
            Map.entry("org.neurocircuit.ui.editor", union(HEADLESS, Set.of("org.neurocircuit.ui"))),
            Map.entry("org.neurocircuit.ui.views", union(HEADLESS, Set.of("org.neurocircuit.ui"))),
            Map.entry("org.neurocircuit.app", union(HEADLESS, Set.of("org.neurocircuit.ui", "org.neurocircuit.ui.editor",
                    "org.neurocircuit.ui.views"))),
            Map.entry("org.neurocircuit.gef.compat.jface", Set.of()),
            Map.entry("org.neurocircuit.gef.compat.workbench", Set.of()));

    private Layers() {
    }

    /** The bundle a test bundle tests: its name without {@code .tests}; other bundles stand for themselves. */
    static String subject(String symbolicName) {
        return symbolicName.endsWith(".tests") ? symbolicName.substring(0, symbolicName.length() - ".tests".length())
                : symbolicName;
    }

    /** Whether the bundle (or the bundle a test bundle tests) sits below the UI line; empty when unknown. */
    static Optional<Boolean> isHeadless(String symbolicName) {
        String subject = subject(symbolicName);
        if (subject.equals("org.neurocircuit.architecture") || subject.equals("org.neurocircuit.gef.compat")) {
            // The architecture tests read files only; the compat tests exercise the UI fragments.
            return Optional.of(subject.equals("org.neurocircuit.architecture"));
        }
        if (!ALLOWED.containsKey(subject)) {
            return Optional.empty();
        }
        return Optional.of(HEADLESS.contains(subject));
    }

    static Optional<Set<String>> allowedDependencies(String symbolicName) {
        return Optional.ofNullable(ALLOWED.get(symbolicName));
    }

    static boolean isUiName(String name) {
        return UI_PREFIXES.stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + "."));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
