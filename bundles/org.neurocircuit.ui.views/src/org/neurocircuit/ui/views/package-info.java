/**
 * The linked result views and what they share: {@link org.neurocircuit.ui.views.RunView} (the
 * base: link bus subscription, run loading off the UI thread, empty state, CSV and PNG export),
 * {@link org.neurocircuit.ui.views.RunData} (a run read for the views, spikes merged by time in
 * {@link org.neurocircuit.ui.views.SpikeTable}), population {@link org.neurocircuit.ui.views.Colors},
 * {@link org.neurocircuit.ui.views.Charts} (SWTChart set-up) and {@link org.neurocircuit.ui.views.Csv}.
 * Each view lives in its own subpackage with its presentation model: a plain record of exactly
 * what it shows, which tests assert on.
 */
package org.neurocircuit.ui.views;
