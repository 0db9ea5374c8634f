package org.neurocircuit.engine.results;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Temporary folders for the engine tests (results, run pipeline), without JUnit's {@code @TempDir} (its package is not
 * among the fragment's imports).
 */
public final class TempFolder {

    private TempFolder() {
    }

    public static Path create() throws IOException {
        return Files.createTempDirectory("nc-results-test");
    }

    /** Deletes a folder tree; links are removed, not followed. */
    public static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
