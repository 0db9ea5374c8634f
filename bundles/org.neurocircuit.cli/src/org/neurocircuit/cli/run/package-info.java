/**
 * What the subcommands share: reading circuit files safely, checking them, choosing a backend,
 * and running a session (memory check, build, run) with cancellation by Ctrl-C.
 */
package org.neurocircuit.cli.run;
