/**
 * Finds decoders: the {@link org.neurocircuit.decode.registry.DecoderRegistry} lists the
 * contributions to the extension point {@code org.neurocircuit.decode.decoders} (schema
 * {@code schema/decoders.exsd}) without loading their classes, and instantiates a provider with
 * {@code createExecutableExtension} only when it is first asked for. Outside OSGi (plain tests,
 * tools) the default registry holds the built-in decoders, and more are registered in code.
 *
 * <p>Only {@code ExtensionDecoders} touches the Eclipse extension registry.
 */
package org.neurocircuit.decode.registry;
