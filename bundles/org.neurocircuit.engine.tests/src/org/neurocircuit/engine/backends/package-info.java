/** Tests of the backend registry filled in code: lazy loading, ordering, broken and unknown backends. */
package org.neurocircuit.engine.backends;
