/**
 * Tests of the source tree as a whole: the UI line of DESIGN.md §1 (no SWT, JFace, GEF or
 * org.eclipse.ui below it), the direction of dependencies between our bundles, versioned
 * exports, package documentation, and that every bundle is part of the build.
 */
package org.neurocircuit.architecture.tests;
