// Writes the pinned target platform from the roots target and Tycho's resolution log.
// Run by releng/scripts/pin-target.sh (single-file source launch, Java 21+), with org.eclipse.osgi
// on the class path for OSGi headers, versions, ranges and filters:
//
//   java -cp org.eclipse.osgi.jar PinTarget.java ROOTS.target TYCHO-X.log OUT.target
//
// 1. Reads every "MavenResolver: artifact G:A:V at location JAR resolves installable unit BSN/VERSION"
//    line that `mvn -X` prints while Tycho resolves ROOTS.target, in the order of its Maven locations.
// 2. Keeps one version of each bundle: the newest, unless an older one is needed to satisfy a
//    requirement (Require-Bundle, Fragment-Host, Import-Package, Require-Capability) of the kept set;
//    keeps two versions only when no single one satisfies all of them.
// 3. Writes OUT.target: ROOTS.target with includeDependencyDepth="none" and, in each location, the
//    roots followed by the pinned transitive artifacts that location resolved. Comments, labels,
//    missingManifest and <instructions> blocks are copied unchanged.
// 4. Prints what it dropped, what it kept twice, and every requirement the kept set leaves open
//    (and whether the full floating set left it open too).

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.ManifestElement;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

public class PinTarget {

    record Gav(String groupId, String artifactId, String version) implements Comparable<Gav> {
        String ga() { return groupId + ":" + artifactId; }
        @Override public String toString() { return groupId + ":" + artifactId + ":" + version; }
        @Override public int compareTo(Gav o) { return toString().compareTo(o.toString()); }
    }

    record Req(String kind, String name, VersionRange range, Filter filter, String text) {}

    /** One resolved artifact: its Maven coordinates, bundle identity, location index, and OSGi headers. */
    static final class Bundle {
        Gav gav; String bsn; Version version; int location; Path jar;
        boolean manifestRead;
        List<Req> reqs = new ArrayList<>();
        Map<String, List<Version>> exports = new HashMap<>();      // package -> versions
        Map<String, List<Map<String, Object>>> caps = new HashMap<>(); // namespace -> attributes
        String key() { return bsn + "_" + version; }
        @Override public String toString() { return bsn + " " + version + " (" + gav + ")"; }
    }

    static final Pattern RESOLVED = Pattern.compile(
            "MavenResolver: artifact (\\S+) at location (.+?) resolves installable unit ([^/\\s]+)/(\\S+)");
    static final Pattern DEP = Pattern.compile(
            "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>.*?</dependency>");
    static final Set<String> JDK_PACKAGES = jdkPackages();

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: PinTarget ROOTS.target TYCHO-X.log OUT.target");
            System.exit(2);
        }
        Path rootsFile = Path.of(args[0]), log = Path.of(args[1]), out = Path.of(args[2]);
        List<String> rootLines = Files.readAllLines(rootsFile);

        // Roots per Maven location, in file order.
        List<List<Gav>> roots = new ArrayList<>();
        for (String line : rootLines) {
            if (line.contains("<location") && line.contains("type=\"Maven\"")) roots.add(new ArrayList<>());
            Matcher m = DEP.matcher(line);
            if (m.find() && !roots.isEmpty()) roots.get(roots.size() - 1).add(new Gav(m.group(1), m.group(2), m.group(3)));
            else if (line.trim().startsWith("<dependency"))
                throw new IllegalStateException("write each <dependency> of the roots file on one line, as "
                        + "<dependency><groupId>G</groupId><artifactId>A</artifactId><version>V</version><type>jar</type></dependency>: " + line.trim());
        }

        // Resolved artifacts, each under the first location whose resolution printed it.
        Map<Gav, Bundle> resolved = new LinkedHashMap<>();
        int location = -1;
        for (String line : Files.readAllLines(log)) {
            if (line.contains("Resolving MavenDependencyRoots")) { location++; continue; }
            Matcher m = RESOLVED.matcher(line);
            if (!m.find()) continue;
            String[] c = m.group(1).split(":");
            if (c.length != 3) throw new IllegalStateException("unexpected coordinates (classifier?): " + m.group(1));
            Gav gav = new Gav(c[0], c[1], c[2]);
            if (resolved.containsKey(gav)) continue;
            Bundle b = new Bundle();
            b.gav = gav; b.jar = Path.of(m.group(2).trim()); b.bsn = m.group(3);
            b.version = Version.parseVersion(m.group(4)); b.location = location;
            resolved.put(gav, b);
        }
        if (location + 1 != roots.size())
            throw new IllegalStateException("the log resolved " + (location + 1) + " Maven locations, the roots file has " + roots.size());
        // A root stays in its own location even if an earlier location pulled it transitively.
        for (int i = 0; i < roots.size(); i++)
            for (Gav r : roots.get(i)) {
                Bundle b = resolved.get(r);
                if (b == null) throw new IllegalStateException("root " + r + " was not resolved (see the log)");
                b.location = i;
            }
        for (Bundle b : resolved.values()) readManifest(b);

        // Choose one version per bundle symbolic name.
        Map<String, List<Bundle>> byBsn = new TreeMap<>();
        for (Bundle b : resolved.values()) byBsn.computeIfAbsent(b.bsn, k -> new ArrayList<>()).add(b);
        byBsn.values().forEach(l -> l.sort(Comparator.comparing((Bundle b) -> b.version).reversed()));
        Set<Bundle> chosen = new LinkedHashSet<>();
        byBsn.values().forEach(l -> chosen.add(l.get(0)));
        Set<String> openInFullSet = unsatisfied(resolved.values());
        boolean improved = true;
        while (improved) {
            improved = false;
            Set<String> open = unsatisfied(chosen);
            outer:
            for (boolean add : new boolean[] {false, true}) {
                for (List<Bundle> versions : byBsn.values()) {
                    for (Bundle candidate : versions) {
                        if (chosen.contains(candidate)) continue;
                        List<Set<Bundle>> trials = new ArrayList<>();
                        if (add) {
                            Set<Bundle> t = new LinkedHashSet<>(chosen); t.add(candidate); trials.add(t);
                        } else {
                            for (Bundle current : versions) {
                                if (!chosen.contains(current)) continue;
                                Set<Bundle> t = new LinkedHashSet<>(chosen); t.remove(current); t.add(candidate); trials.add(t);
                            }
                        }
                        for (Set<Bundle> t : trials) {
                            Set<String> o = unsatisfied(t);
                            if (open.containsAll(o) && o.size() < open.size()) {
                                System.out.println((add ? "keep also " : "choose ") + candidate + ": it satisfies "
                                        + open.stream().filter(s -> !o.contains(s)).collect(Collectors.joining("; ")));
                                chosen.clear(); chosen.addAll(t);
                                improved = true;
                                break outer;
                            }
                        }
                    }
                }
            }
        }

        // Report.
        System.out.println();
        System.out.println("Resolved " + resolved.size() + " artifacts, " + byBsn.size() + " bundle symbolic names; pinned " + chosen.size() + ".");
        for (Map.Entry<String, List<Bundle>> e : byBsn.entrySet()) {
            if (e.getValue().size() < 2) continue;
            String kept = e.getValue().stream().filter(chosen::contains).map(b -> b.version.toString()).collect(Collectors.joining(", "));
            String dropped = e.getValue().stream().filter(b -> !chosen.contains(b)).map(b -> b.version.toString()).collect(Collectors.joining(", "));
            System.out.println("  " + e.getKey() + ": keep " + kept + (dropped.isEmpty() ? "" : "; drop " + dropped));
        }
        Set<String> open = unsatisfied(chosen);
        if (open.isEmpty()) System.out.println("Every non-optional requirement of the pinned set is satisfied within it (and the JDK).");
        else {
            System.out.println("Requirements the pinned set leaves open (also open in the floating set: [same]):");
            for (String s : open) System.out.println("  " + s + (openInFullSet.contains(s) ? "  [same]" : "  [NEW]"));
        }
        for (Bundle b : resolved.values())
            if (!b.manifestRead) System.out.println("warning: no manifest found for " + b + " at " + b.jar + "; its requirements were not checked");

        Files.writeString(out, render(rootLines, roots, chosen));
        System.out.println("Wrote " + out);
    }

    // ---- output ---------------------------------------------------------------------------------

    static String render(List<String> rootLines, List<List<Gav>> roots, Set<Bundle> chosen) {
        Map<String, List<Bundle>> chosenByGa = new HashMap<>();
        Set<Gav> chosenGavs = new HashSet<>();
        for (Bundle b : chosen) { chosenByGa.computeIfAbsent(b.gav.ga(), k -> new ArrayList<>()).add(b); chosenGavs.add(b.gav); }
        Set<Gav> rootGavs = roots.stream().flatMap(List::stream).collect(Collectors.toSet());
        Set<Gav> written = new HashSet<>();
        StringBuilder sb = new StringBuilder();
        int location = -1;
        boolean inMaven = false, headerDone = false, skipping = false;
        for (String line : rootLines) {
            if (skipping) { skipping = !line.contains("-->"); continue; }
            if (!headerDone && line.startsWith("<!--")) {
                // The roots file's first comment speaks of the roots file: replaced by the pinned header.
                skipping = !line.contains("-->");
                sb.append("""
                        <!--
                          PINNED target platform: a flat list, one entry per artifact, no transitive resolution, so a
                          build next month resolves exactly the same bundles. Generated by releng/scripts/pin-target.sh
                          (on %s) from roots/neurocircuit-roots.target, whose floating locations were resolved by Tycho;
                          one version of each bundle is kept (the newest that satisfies every requirement).
                          Do not edit the dependency lists by hand: change the roots file and run the script again
                          (see README.md beside this file). Comments, labels and <instructions> come from the roots file.
                        -->
                        """.formatted(LocalDate.now()));
                headerDone = true;
                continue;
            }
            if (line.contains("<target name=")) line = line.replace("(roots, floating)", "").replace("name=\"NeuroCircuit \"", "name=\"NeuroCircuit\"");
            if (line.contains("<location") && line.contains("type=\"Maven\"")) {
                location++; inMaven = true;
                line = line.replaceAll("includeDependencyDepth=\"(infinite|direct)\"", "includeDependencyDepth=\"none\"");
            }
            if (inMaven && line.contains("</dependencies>")) {
                String indent = line.substring(0, line.indexOf('<')) + "  ";
                final int loc = location;
                List<Bundle> extra = chosen.stream().filter(b -> b.location == loc && !written.contains(b.gav) && !rootGavs.contains(b.gav))
                        .sorted(Comparator.comparing((Bundle b) -> b.gav)).toList();
                if (!extra.isEmpty()) {
                    sb.append(indent).append("<!-- Resolved transitively from the roots above (pinned by pin-target.sh). -->\n");
                    for (Bundle b : extra) { sb.append(indent).append(dependency(b.gav)).append('\n'); written.add(b.gav); }
                }
                inMaven = false;
            }
            Matcher m = DEP.matcher(line);
            if (inMaven && m.find()) {
                Gav root = new Gav(m.group(1), m.group(2), m.group(3));
                if (chosenGavs.contains(root)) { written.add(root); sb.append(line).append('\n'); continue; }
                String indent = line.substring(0, line.indexOf('<'));
                Bundle replacement = chosenByGa.getOrDefault(root.ga(), List.of()).stream().filter(b -> !written.contains(b.gav)).findFirst().orElse(null);
                if (replacement != null) {
                    sb.append(indent).append(dependency(replacement.gav)).append(" <!-- the roots ask for ").append(root.version())
                            .append("; this newer one resolved too and is kept -->\n");
                    written.add(replacement.gav);
                } else {
                    sb.append(indent).append("<!-- root ").append(root).append(" dropped: another version of its bundle is kept -->\n");
                }
                continue;
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    static String dependency(Gav g) {
        return "<dependency><groupId>" + g.groupId() + "</groupId><artifactId>" + g.artifactId() + "</artifactId><version>"
                + g.version() + "</version><type>jar</type></dependency>";
    }

    // ---- requirements ---------------------------------------------------------------------------

    /** Every non-optional requirement of the given bundles that no bundle among them (or the JDK) satisfies. */
    static Set<String> unsatisfied(Collection<Bundle> bundles) {
        Map<String, List<Version>> bsns = new HashMap<>();
        Map<String, List<Version>> packages = new HashMap<>();
        Map<String, List<Map<String, Object>>> caps = new HashMap<>();
        for (Bundle b : bundles) {
            bsns.computeIfAbsent(b.bsn, k -> new ArrayList<>()).add(b.version);
            if (b.bsn.equals("org.eclipse.osgi")) bsns.computeIfAbsent("system.bundle", k -> new ArrayList<>()).add(b.version);
            b.exports.forEach((p, v) -> packages.computeIfAbsent(p, k -> new ArrayList<>()).addAll(v));
            b.caps.forEach((n, v) -> caps.computeIfAbsent(n, k -> new ArrayList<>()).addAll(v));
        }
        Set<String> open = new TreeSet<>();
        for (Bundle b : bundles) {
            for (Req r : b.reqs) {
                boolean ok = switch (r.kind()) {
                    case "bundle" -> bsns.getOrDefault(r.name(), List.of()).stream().anyMatch(r.range()::includes);
                    case "package" -> packages.getOrDefault(r.name(), List.of()).stream().anyMatch(r.range()::includes)
                            || (JDK_PACKAGES.contains(r.name()) && r.range().includes(Version.emptyVersion));
                    case "capability" -> r.filter() == null ? caps.containsKey(r.name())
                            : caps.getOrDefault(r.name(), List.of()).stream().anyMatch(a -> r.filter().matches(a));
                    default -> true;
                };
                if (!ok) open.add(b.bsn + " needs " + r.text());
            }
        }
        return open;
    }

    static void readManifest(Bundle b) throws IOException {
        Path jar = b.jar;
        Manifest mf = manifest(jar);
        if (mf == null || mf.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
            // Wrapped by Tycho (missingManifest="generate"): the generated bundle sits in a bnd-* folder beside the jar.
            Path dir = jar.getParent();
            Optional<Path> wrapped;
            try (Stream<Path> s = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
                wrapped = s.filter(p -> p.getFileName().toString().startsWith("bnd-") && Files.isDirectory(p))
                        .map(p -> p.resolve(jar.getFileName())).filter(Files::isRegularFile)
                        .max(Comparator.comparing(p -> p.toFile().lastModified()));
            }
            mf = wrapped.isPresent() ? manifest(wrapped.get()) : null;
            if (mf == null || mf.getMainAttributes().getValue("Bundle-SymbolicName") == null) return;
        }
        b.manifestRead = true;
        var a = mf.getMainAttributes();
        try {
            for (ManifestElement e : parse("Require-Bundle", a.getValue("Require-Bundle"))) {
                if ("optional".equals(e.getDirective("resolution"))) continue;
                b.reqs.add(new Req("bundle", e.getValue(), range(e.getAttribute("bundle-version")), null,
                        "bundle " + e.getValue() + " " + nz(e.getAttribute("bundle-version"))));
            }
            for (ManifestElement e : parse("Fragment-Host", a.getValue("Fragment-Host")))
                b.reqs.add(new Req("bundle", e.getValue(), range(e.getAttribute("bundle-version")), null,
                        "host " + e.getValue() + " " + nz(e.getAttribute("bundle-version"))));
            for (ManifestElement e : parse("Import-Package", a.getValue("Import-Package"))) {
                if ("optional".equals(e.getDirective("resolution"))) continue;
                String v = e.getAttribute("version") != null ? e.getAttribute("version") : e.getAttribute("specification-version");
                for (String p : e.getValueComponents()) {
                    if (p.startsWith("java.")) continue;
                    b.reqs.add(new Req("package", p, range(v), null, "package " + p + " " + nz(v)));
                }
            }
            for (ManifestElement e : parse("Export-Package", a.getValue("Export-Package"))) {
                String v = e.getAttribute("version") != null ? e.getAttribute("version") : e.getAttribute("specification-version");
                for (String p : e.getValueComponents())
                    b.exports.computeIfAbsent(p, k -> new ArrayList<>()).add(v == null ? Version.emptyVersion : Version.parseVersion(v));
            }
            for (ManifestElement e : parse("Require-Capability", a.getValue("Require-Capability"))) {
                String ns = e.getValue();
                String effective = e.getDirective("effective");
                if (ns.equals("osgi.ee") || ns.equals("osgi.native") || "optional".equals(e.getDirective("resolution"))
                        || (effective != null && !effective.equals("resolve"))) continue;
                String f = e.getDirective("filter");
                b.reqs.add(new Req("capability", ns, null, f == null ? null : FrameworkUtil.createFilter(f), "capability " + ns + " " + nz(f)));
            }
            for (ManifestElement e : parse("Provide-Capability", a.getValue("Provide-Capability"))) {
                Map<String, Object> attrs = new HashMap<>();
                for (Enumeration<String> keys = e.getKeys(); keys != null && keys.hasMoreElements();) {
                    String k = keys.nextElement();
                    String raw = e.getAttribute(k);
                    String name = k, type = "String";
                    int colon = k.indexOf(':');
                    if (colon > 0) { name = k.substring(0, colon).trim(); type = k.substring(colon + 1).trim(); }
                    attrs.put(name, typed(raw, type));
                }
                for (String ns : e.getValueComponents()) b.caps.computeIfAbsent(ns, k -> new ArrayList<>()).add(attrs);
            }
        } catch (Exception ex) {
            throw new IOException("cannot read the OSGi headers of " + b + ": " + ex, ex);
        }
    }

    static Object typed(String raw, String type) {
        return switch (type) {
            case "Version" -> Version.parseVersion(raw.trim());
            case "Long" -> Long.valueOf(raw.trim());
            case "Double" -> Double.valueOf(raw.trim());
            default -> type.startsWith("List") ? Arrays.stream(raw.split(",")).map(String::trim).map(s -> typed(s, type.replaceAll("List<(.*)>", "$1").replace("List", "String"))).toList() : raw;
        };
    }

    static ManifestElement[] parse(String header, String value) throws Exception {
        if (value == null) return new ManifestElement[0];
        ManifestElement[] e = ManifestElement.parseHeader(header, value);
        return e == null ? new ManifestElement[0] : e;
    }

    static VersionRange range(String v) { return v == null ? new VersionRange("0.0.0") : new VersionRange(v); }

    static String nz(String s) { return s == null ? "" : s; }

    static Manifest manifest(Path jar) {
        if (!Files.isRegularFile(jar)) {
            Path mf = jar.resolve("META-INF/MANIFEST.MF"); // a folder-shaped bundle
            if (!Files.isRegularFile(mf)) return null;
            try (InputStream in = Files.newInputStream(mf)) { return new Manifest(in); } catch (IOException e) { return null; }
        }
        try (JarFile jf = new JarFile(jar.toFile())) { return jf.getManifest(); } catch (IOException e) { return null; }
    }

    static Set<String> jdkPackages() {
        Set<String> s = new HashSet<>();
        for (ModuleReference r : ModuleFinder.ofSystem().findAll())
            for (ModuleDescriptor.Exports e : r.descriptor().exports()) if (!e.isQualified()) s.add(e.source());
        return s;
    }
}
