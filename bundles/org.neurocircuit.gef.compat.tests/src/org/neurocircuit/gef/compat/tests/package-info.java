/** Tests that GEF 3.2 links against the current platform once the compatibility fragments are present. */
package org.neurocircuit.gef.compat.tests;
