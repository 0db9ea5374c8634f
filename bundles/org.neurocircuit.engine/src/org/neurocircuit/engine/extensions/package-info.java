/**
 * What every registry of contributions to an extension point needs:
 * {@link org.neurocircuit.engine.extensions.ContributionRegistry} (by id, loaded on first use,
 * failures reported once and dropped), {@link org.neurocircuit.engine.extensions.LazyInstance}
 * (the object behind a descriptor) and {@link org.neurocircuit.engine.extensions.ExtensionElements}
 * (reading the Eclipse extension registry). The backend registry of this bundle and the decoder
 * registry of org.neurocircuit.decode are built on them.
 */
package org.neurocircuit.engine.extensions;
