/**
 * Small file helpers shared by the results stores of the engine and of the bundles above it:
 * a strict JSON parser ({@link org.neurocircuit.engine.json.JsonParser}), a JSON writer whose
 * handling of NaN is an explicit choice ({@link org.neurocircuit.engine.json.NonFinite}), and
 * atomic replacement of files and folders ({@link org.neurocircuit.engine.json.AtomicFiles}).
 * Plain Java, no dependencies.
 */
package org.neurocircuit.engine.json;
