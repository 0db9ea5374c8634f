/** The About dialog: product version and the versions of the bundles that make it, for provenance. */
package org.neurocircuit.app.about;
