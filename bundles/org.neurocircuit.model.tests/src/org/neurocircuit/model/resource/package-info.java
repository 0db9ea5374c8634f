/**
 * Tests of safe loading and atomic saving of {@code .circuit} files (in the package they test, a
 * fragment of the model bundle): round trips, problems with file/line/column, hostile files (XXE,
 * billion laughs, foreign namespaces, proxies; a local {@code TrapServer} proves that nothing
 * connects), and a deterministic fuzz test of mutated and truncated files ({@code Mutator}).
 */
package org.neurocircuit.model.resource;
