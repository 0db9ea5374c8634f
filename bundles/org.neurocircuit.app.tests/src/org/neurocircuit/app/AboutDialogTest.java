package org.neurocircuit.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.neurocircuit.app.about.AboutDialog;
import org.neurocircuit.app.about.ProductInfo;
import org.osgi.framework.FrameworkUtil;

/** Help > About shows the build's real version and the bundles a result was produced with. */
class AboutDialogTest {

    @Test
    void showsTheVersionOfTheInstalledApplicationAndOurBundles() {
        String bundleVersion = FrameworkUtil.getBundle(NeuroCircuitApplication.class).getVersion().toString();
        AboutDialog dialog = new AboutDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertTrue(dialog.versionText().startsWith("Version " + ProductInfo.releaseVersion()), dialog.versionText());
            assertTrue(dialog.versionText().contains(bundleVersion), dialog.versionText() + " vs " + bundleVersion);
            assertTrue(dialog.listedBundles().contains("org.neurocircuit.app"), dialog.listedBundles().toString());
            assertTrue(dialog.listedBundles().contains("org.neurocircuit.ui"), dialog.listedBundles().toString());
            assertTrue(dialog.listedBundles().stream().allMatch(name -> name.startsWith(ProductInfo.BUNDLE_PREFIX)));
        } finally {
            dialog.close();
        }
    }
}
