package org.neurocircuit.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.resource.CircuitResourceFactory;

/**
 * Writes the committed {@code .circuit} files from the builders. The test that compares them with the
 * builders writes fresh copies with {@link #write} when they differ and says where; {@link #main}
 * writes all of them into a folder.
 */
public final class ExampleFiles {

  private ExampleFiles() {
  }

  /** Saves {@code circuit} (which must not be in a resource yet) as a .circuit file. */
  public static Path write(Circuit circuit, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Resource resource = CircuitResourceFactory.register(new ResourceSetImpl())
        .createResource(URI.createFileURI(file.toAbsolutePath().toString()));
    resource.getContents().add(circuit);
    resource.save(null);
    return file;
  }

  /** Writes every reference circuit into {@code folder} under its {@link ReferenceCircuit#fileName()}. */
  public static List<Path> writeAll(Path folder) throws IOException {
    List<Path> files = new ArrayList<>();
    for (ReferenceCircuit entry : ReferenceCircuits.all()) {
      files.add(write(entry.create(), folder.resolve(entry.fileName())));
    }
    return files;
  }

  /** {@code ExampleFiles <folder>}: writes all reference circuits into the folder. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ExampleFiles <folder>");
      System.exit(2);
    }
    for (Path file : writeAll(Path.of(args[0]))) {
      System.out.println(file);
    }
  }
}
