package org.neurocircuit.ui.run;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;

/** Launches a "Circuit Simulation" configuration: one {@link CircuitRunJob} with its settings. */
public final class CircuitLaunchDelegate implements ILaunchConfigurationDelegate {

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        new CircuitRunJob(RunLaunchAttributes.circuit(configuration), RunLaunchAttributes.options(configuration))
                .schedule();
    }
}
