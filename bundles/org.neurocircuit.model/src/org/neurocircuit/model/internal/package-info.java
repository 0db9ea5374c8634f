/**
 * Bundle plumbing, not API: the activator that registers the circuit validator under OSGi.
 */
package org.neurocircuit.model.internal;
