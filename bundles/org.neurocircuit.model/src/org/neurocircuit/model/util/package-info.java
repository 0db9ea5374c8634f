/**
 * Generated utilities of the metamodel: {@link org.neurocircuit.model.util.ModelSwitch} (dispatch on
 * the type of a model object) and {@link org.neurocircuit.model.util.ModelAdapterFactory}.
 */
package org.neurocircuit.model.util;
