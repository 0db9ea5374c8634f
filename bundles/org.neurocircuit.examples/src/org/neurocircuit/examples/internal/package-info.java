/**
 * Helpers of the reference-circuit builders: factory short-hands, diagram layout, the Potjans &amp;
 * Diesmann tables and stepped-rate input trains. Not API.
 */
package org.neurocircuit.examples.internal;
