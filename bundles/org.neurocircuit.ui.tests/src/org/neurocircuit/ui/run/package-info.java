/** UI tests of running circuits from the workbench and of the Runs view. */
package org.neurocircuit.ui.run;
