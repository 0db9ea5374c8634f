/**
 * The built-in spiking engine, the default backend: pure Java, exact where the dynamics allow,
 * deterministic for a seed whatever the number of threads.
 * {@link org.neurocircuit.engine.builtin.BuiltinBackendProvider} is the only public type; the
 * compiler, kernels and step loop live in the internal package.
 */
package org.neurocircuit.engine.builtin;
