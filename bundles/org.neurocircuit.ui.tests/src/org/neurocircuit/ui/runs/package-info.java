/** Test access to the Runs view's table and delete action. */
package org.neurocircuit.ui.runs;
