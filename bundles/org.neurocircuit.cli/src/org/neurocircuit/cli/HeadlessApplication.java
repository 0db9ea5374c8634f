package org.neurocircuit.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Eclipse application {@code org.neurocircuit.cli.headless}: hands the application
 * arguments to {@link NeuroCircuitCli} and returns its exit code, which the launcher passes on
 * to the shell. Needs no display and no workspace.
 */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int code = NeuroCircuitCli.run(CliContext.ofProcess(), args == null ? new String[0] : args);
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Commands end on their own; Ctrl-C is handled by the simulate command's shutdown hook.
    }
}
