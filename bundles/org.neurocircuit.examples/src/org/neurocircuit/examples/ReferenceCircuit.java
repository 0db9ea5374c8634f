package org.neurocircuit.examples;

import java.net.URL;
import java.util.Objects;
import java.util.function.Supplier;

import org.neurocircuit.model.Circuit;

/**
 * One entry of the {@link ReferenceCircuits} catalogue.
 *
 * @param id identifier: the circuit's name and the base name of its committed file
 * @param label short title for menus and the New-Circuit wizard
 * @param description one or two sentences; the circuit's own description has the details
 * @param citation the source, authors (year) title, journal volume:pages
 * @param builder makes a new circuit on every call
 */
public record ReferenceCircuit(String id, String label, String description, String citation,
    Supplier<Circuit> builder) {

  /** Folder of the committed files, relative to the bundle root. */
  public static final String FOLDER = "circuits";

  public ReferenceCircuit {
    Objects.requireNonNull(id);
    Objects.requireNonNull(label);
    Objects.requireNonNull(description);
    Objects.requireNonNull(citation);
    Objects.requireNonNull(builder);
  }

  /** A new circuit, built from the paper's parameters (not read from the committed file). */
  public Circuit create() {
    return builder.get();
  }

  /** Name of the committed file, e.g. {@code brunel2000_AI.circuit}. */
  public String fileName() {
    return id + ".circuit";
  }

  /** Path of the committed file inside the bundle, e.g. {@code circuits/brunel2000_AI.circuit}. */
  public String bundlePath() {
    return FOLDER + "/" + fileName();
  }

  /** The committed file as a resource of this bundle, or null if it is missing. */
  public URL resource() {
    return ReferenceCircuit.class.getClassLoader().getResource(bundlePath());
  }
}
