package org.neurocircuit.architecture.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** The bundles of the source tree, read from their folders (the tests run inside target/ of this bundle). */
final class BundleSources {

    /** One bundle folder with its parsed manifest. */
    record BundleSource(Path folder, String symbolicName, Attributes manifest) {

        List<String> header(String name) {
            return ManifestHeaders.clauses(manifest.getValue(name));
        }

        boolean isTestBundle() {
            return symbolicName.endsWith(".tests");
        }

        /** Java source folders: hand-written {@code src/} and, where present, generated {@code src-gen/}. */
        List<Path> sourceFolders() {
            return Stream.of("src", "src-gen").map(folder::resolve).filter(Files::isDirectory).toList();
        }
    }

    private BundleSources() {
    }

    /** The checkout: the first folder above the working directory that holds bundles/ and the root pom. */
    static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("bundles")) && Files.isRegularFile(candidate.resolve("pom.xml"))
                    && Files.isDirectory(candidate.resolve("releng"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no NeuroCircuit checkout above " + dir);
    }

    static List<BundleSource> all() {
        List<BundleSource> bundles = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root().resolve("bundles"))) {
            for (Path folder : folders.sorted().toList()) {
                Path manifestFile = folder.resolve("META-INF/MANIFEST.MF");
                if (Files.isRegularFile(manifestFile)) {
                    Attributes attributes = read(manifestFile);
                    String name = ManifestHeaders.clauses(attributes.getValue("Bundle-SymbolicName")).get(0);
                    bundles.add(new BundleSource(folder, ManifestHeaders.stripParameters(name), attributes));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bundles.isEmpty()) {
            throw new IllegalStateException("no bundles found under " + root().resolve("bundles"));
        }
        return bundles;
    }

    private static Attributes read(Path manifestFile) throws IOException {
        try (InputStream in = Files.newInputStream(manifestFile)) {
            return new Manifest(in).getMainAttributes();
        }
    }
}
