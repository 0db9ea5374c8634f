/**
 * Finds simulation backends: the {@link org.neurocircuit.engine.backends.BackendRegistry} lists
 * the contributions to the extension point {@code org.neurocircuit.engine.backends} (schema
 * {@code schema/backends.exsd}) without loading their classes, and instantiates a provider only
 * when it is first asked for. Outside OSGi (plain tests, tools) backends are registered in code.
 *
 * <p>Only {@code ExtensionBackends} touches the Eclipse extension registry, so the rest of the
 * package loads without it.
 */
package org.neurocircuit.engine.backends;
