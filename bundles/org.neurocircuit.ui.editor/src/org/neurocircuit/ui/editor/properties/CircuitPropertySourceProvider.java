package org.neurocircuit.ui.editor.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.gef.EditPart;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.neurocircuit.model.edit.commands.Attachment;

/** Property sources for what the diagram or outline selects: the model behind an edit part. */
public class CircuitPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    public CircuitPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object selected) {
        Object model = selected instanceof EditPart part ? part.getModel() : selected;
        if (model instanceof Attachment attachment) {
            model = attachment.owner();
        }
        if (model instanceof EObject
                && adapterFactory.adapt(model, IItemPropertySource.class) instanceof IItemPropertySource source) {
            return new ItemPropertySource(model, source);
        }
        return null;
    }
}
