/**
 * The workbench's side of the link bus: the one bus every editor and view shares, and delivery of
 * its events on the display thread, coalesced so a burst of selections costs one refresh.
 */
package org.neurocircuit.ui.link;
