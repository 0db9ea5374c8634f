package org.neurocircuit.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neurocircuit.architecture.tests.BundleSources.BundleSource;

/** Each test lists every offending place, so one run shows all that must be fixed. */
class ArchitectureTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private final List<BundleSource> bundles = BundleSources.all();

    @Test
    void everyBundleHasAPlaceInTheLayerTable() {
        List<String> unplaced = bundles.stream().map(BundleSource::symbolicName)
                .filter(name -> Layers.isHeadless(name).isEmpty()).toList();
        assertEquals(List.of(), unplaced, "bundles missing from Layers (DESIGN.md §1): enter each with its layer");
    }

    @Test
    void nothingBelowTheUiLineNamesSwtJfaceGefOrWorkbench() {
        List<String> violations = new ArrayList<>();
        for (BundleSource bundle : bundles) {
            if (!Layers.isHeadless(bundle.symbolicName()).orElse(false)) {
                continue;
            }
            for (String header : List.of("Require-Bundle", "Import-Package", "Fragment-Host")) {
                bundle.header(header).stream().map(ManifestHeaders::stripParameters).filter(Layers::isUiName)
                        .forEach(name -> violations.add(bundle.symbolicName() + " MANIFEST " + header + ": " + name));
            }
            for (Path source : javaFiles(bundle)) {
                imports(source).stream().filter(Layers::isUiName)
                        .forEach(name -> violations.add(bundle.symbolicName() + " " + bundle.folder().relativize(source) + ": import " + name));
            }
        }
        assertEquals(List.of(), violations, "UI dependencies below the UI line");
    }

    @Test
    void ourBundlesDependOnlyDownwards() {
        List<String> violations = new ArrayList<>();
        for (BundleSource bundle : bundles) {
            if (bundle.isTestBundle()) {
                continue;
            }
            Optional<Set<String>> allowed = Layers.allowedDependencies(bundle.symbolicName());
            Set<String> required = new TreeSet<>();
            bundle.header("Require-Bundle").stream().map(ManifestHeaders::stripParameters).forEach(required::add);
            bundle.header("Fragment-Host").stream().map(ManifestHeaders::stripParameters).forEach(required::add);
            for (String name : required) {
                if (name.startsWith("org.neurocircuit.") && !allowed.orElse(Set.of()).contains(name)) {
                    violations.add(bundle.symbolicName() + " requires " + name);
                }
            }
        }
        assertEquals(List.of(), violations, "dependencies against the direction of DESIGN.md §1");
    }

    @Test
    void exportedPackagesAreVersionedOrInternal() {
        List<String> unversioned = new ArrayList<>();
        for (BundleSource bundle : bundles) {
            for (String clause : bundle.header("Export-Package")) {
                if (!clause.contains("version=") && !clause.contains("x-internal:=true")) {
                    unversioned.add(bundle.symbolicName() + ": " + ManifestHeaders.stripParameters(clause));
                }
            }
        }
        assertEquals(List.of(), unversioned, "exported packages need a version (or x-internal:=true)");
    }

    @Test
    void everyHandWrittenPackageSaysWhatItIsFor() {
        // A test fragment's package that mirrors its host's is documented by the host's package-info.
        Set<String> productionPackages = new TreeSet<>();
        bundles.stream().filter(bundle -> !bundle.isTestBundle())
                .forEach(bundle -> productionPackages.addAll(packages(bundle.folder().resolve("src")).keySet()));
        List<String> undocumented = new ArrayList<>();
        for (BundleSource bundle : bundles) {
            // The compat fragments add one class each to a platform package, by design.
            if (bundle.symbolicName().startsWith("org.neurocircuit.gef.compat.") && !bundle.isTestBundle()) {
                continue;
            }
            packages(bundle.folder().resolve("src")).forEach((name, dir) -> {
                boolean mirrored = bundle.isTestBundle() && productionPackages.contains(name);
                if (!mirrored && !Files.exists(dir.resolve("package-info.java"))) {
                    undocumented.add(bundle.symbolicName() + ": " + name);
                }
            });
        }
        assertEquals(List.of(), undocumented, "packages without package-info.java");
    }

    /** Java package name to folder, for every folder under {@code src} that holds a .java file. */
    private static Map<String, Path> packages(Path src) {
        Map<String, Path> packages = new TreeMap<>();
        if (!Files.isDirectory(src)) {
            return packages;
        }
        try (Stream<Path> files = Files.walk(src)) {
            files.filter(path -> path.toString().endsWith(".java")).map(Path::getParent).distinct()
                    .forEach(dir -> packages.put(src.relativize(dir).toString().replace('/', '.'), dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages;
    }

    @Test
    void everyBundleFolderIsBuilt() throws IOException {
        Path parentPom = BundleSources.root().resolve("bundles/pom.xml");
        Set<String> modules = new TreeSet<>();
        Matcher matcher = MODULE.matcher(Files.readString(parentPom));
        while (matcher.find()) {
            modules.add(matcher.group(1).trim());
        }
        List<String> missing = bundles.stream().map(bundle -> bundle.folder().getFileName().toString())
                .filter(folder -> !modules.contains(folder)).toList();
        assertEquals(List.of(), missing, "bundle folders not listed as modules in bundles/pom.xml");
        assertTrue(modules.contains("org.neurocircuit.architecture.tests"), "this test bundle itself must be built");
    }

    private static List<Path> javaFiles(BundleSource bundle) {
        List<Path> files = new ArrayList<>();
        for (Path folder : bundle.sourceFolders()) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(path -> path.toString().endsWith(".java")).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static List<String> imports(Path source) {
        try {
            List<String> names = new ArrayList<>();
            Matcher matcher = IMPORT.matcher(Files.readString(source));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
