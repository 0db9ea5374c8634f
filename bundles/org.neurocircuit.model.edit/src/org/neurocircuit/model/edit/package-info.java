/**
 * NeuroCircuit's customisation of the generated item providers, without editing generated code:
 * {@link org.neurocircuit.model.edit.CircuitItemProviderAdapterFactory} decorates
 * {@link org.neurocircuit.model.provider.ModelItemProviderAdapterFactory}. The decorators give
 * labels from {@link org.neurocircuit.model.labels.Labels}, show each property's symbol and unit
 * ("τ_m (ms)"), group properties in categories ({@link org.neurocircuit.model.edit.PropertyCategories})
 * and show the properties of single parts (neuron model, connection rule, receptor, weight, delay,
 * plasticity, layout) on their owner, so that one selection shows all settings of a population or
 * projection. UI-free: no SWT, JFace or workbench.
 */
package org.neurocircuit.model.edit;
