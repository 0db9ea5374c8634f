/** UI tests of the application, run in the real workbench window under the UI harness. */
package org.neurocircuit.app;
