/**
 * Generated implementation classes of the metamodel. Internal: create objects with
 * {@link org.neurocircuit.model.ModelFactory}, never with these classes. Behaviour that the ecore
 * declares as operations is delegated to hand-written helpers in {@code org.neurocircuit.model.ops}.
 */
package org.neurocircuit.model.impl;
