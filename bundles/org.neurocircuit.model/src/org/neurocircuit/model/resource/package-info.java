/**
 * Persistence of circuits: {@code .circuit} files are XMI written and read by
 * {@link org.neurocircuit.model.resource.CircuitResource}.
 *
 * <p>References between elements are XMI fragment paths keyed by name, e.g.
 * {@code //@regions[name='V1']/@populations[name='E']} (the containment references of the ecore
 * declare {@code name} as their key). They survive reordering and need no generated ids, so names
 * must be unique among siblings (the validator checks this). The parser is hardened: no DOCTYPE, no
 * external entities or DTDs.
 */
package org.neurocircuit.model.resource;
