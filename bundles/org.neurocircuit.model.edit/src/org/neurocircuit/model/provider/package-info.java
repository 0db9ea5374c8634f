/**
 * Generated EMF.Edit item providers of the metamodel (labels, icons, children, property
 * descriptors, commands), in {@code src-gen/}, never edited by hand. Use them through
 * {@link org.neurocircuit.model.edit.CircuitItemProviderAdapterFactory}, which decorates them with
 * NeuroCircuit's labels, units and property categories.
 */
package org.neurocircuit.model.provider;
