package org.neurocircuit.ui.editor.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The property sheet's view of one model object: its EMF.Edit item property descriptors, each edited
 * through an {@link ItemPropertyField}. Setting a value goes through the descriptor, which runs a
 * SetCommand on the editing domain's command stack, so every edit is undoable.
 */
public class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final List<ItemPropertyField> fields;

    public ItemPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
        fields = descriptors == null ? List.of()
                : descriptors.stream().map(d -> new ItemPropertyField(object, d)).toList();
    }

    public List<ItemPropertyField> fields() {
        return fields;
    }

    /** The field with display name {@code name} (e.g. "τ_m (ms)"), or null. */
    public ItemPropertyField field(String name) {
        return fields.stream().filter(f -> f.getDisplayName().equals(name)).findFirst().orElse(null);
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return fields.toArray(new IPropertyDescriptor[0]);
    }

    @Override
    public Object getPropertyValue(Object id) {
        ItemPropertyField field = find(id);
        return field == null ? null : field.editValue();
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // Defaults are not restored from the sheet: type the value instead (keeps one path for edits).
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        ItemPropertyField field = find(id);
        if (field != null) {
            field.apply(value);
        }
    }

    private ItemPropertyField find(Object id) {
        return fields.stream().filter(f -> f.getId().equals(id)).findFirst().orElse(null);
    }
}
