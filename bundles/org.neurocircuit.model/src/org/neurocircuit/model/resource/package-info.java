/**
 * Persistence of circuits: {@code .circuit} files are XMI written and read by
 * {@link org.neurocircuit.model.resource.CircuitResource}; applications load and save them through
 * {@link org.neurocircuit.model.resource.CircuitFiles}.
 *
 * <p>References between elements are XMI fragment paths keyed by name, e.g.
 * {@code //@regions[name='V1']/@populations[name='E']} (the containment references of the ecore
 * declare {@code name} as their key). They survive reordering and need no generated ids, so names
 * must be unique among siblings (the validator checks this).
 *
 * <p>Loading is safe against corrupt and hostile files: {@code CircuitFiles.load} never throws and
 * returns either the circuit or problems with file, line and column. The parser refuses DOCTYPE
 * declarations (so no entity, internal or external, is ever expanded), the resource set knows only
 * the circuit package and opens no URI but the file itself, unknown attributes and elements are
 * errors (not silently dropped), and a file must hold exactly one circuit that refers to nothing
 * outside it. Saving writes a temporary file and moves it over the old one, so a failed save loses
 * nothing.
 */
package org.neurocircuit.model.resource;
