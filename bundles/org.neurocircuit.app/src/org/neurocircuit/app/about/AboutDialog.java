package org.neurocircuit.app.about;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/** Shows the product version, the Java runtime and the version of every NeuroCircuit bundle. */
public final class AboutDialog extends Dialog {

    private Image logo;
    private Label versionLabel;
    private Table bundleTable;

    public AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About NeuroCircuit Workbench");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite header = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(header);
        logo = AbstractUIPlugin.imageDescriptorFromPlugin("org.neurocircuit.app", "icons/neurocircuit-64.png").createImage();
        new Label(header, SWT.NONE).setImage(logo);

        Composite text = new Composite(header, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(text);
        Label title = new Label(text, SWT.NONE);
        title.setText("NeuroCircuit Workbench");
        title.setFont(JFaceResources.getHeaderFont());
        versionLabel = new Label(text, SWT.NONE);
        versionLabel.setText("Version " + ProductInfo.releaseVersion() + " (build " + ProductInfo.productVersion() + ")");
        new Label(text, SWT.NONE).setText("Java: " + ProductInfo.javaRuntime());
        new Label(text, SWT.NONE).setText("Draw brain circuits, simulate them, decode from their activity.");

        bundleTable = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        bundleTable.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 200).applyTo(bundleTable);
        for (String heading : new String[] { "Bundle", "Version", "State" }) {
            new TableColumn(bundleTable, SWT.LEFT).setText(heading);
        }
        for (ProductInfo.BundleLine line : ProductInfo.neuroCircuitBundles()) {
            new TableItem(bundleTable, SWT.NONE).setText(new String[] { line.symbolicName(), line.version(), line.state() });
        }
        for (TableColumn column : bundleTable.getColumns()) {
            column.pack();
        }
        area.addDisposeListener(event -> logo.dispose());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** The version line as shown; for tests. */
    public String versionText() {
        return versionLabel.getText();
    }

    /** The bundle names listed, in order; for tests. */
    public List<String> listedBundles() {
        return Arrays.stream(bundleTable.getItems()).map(item -> item.getText(0)).toList();
    }
}
