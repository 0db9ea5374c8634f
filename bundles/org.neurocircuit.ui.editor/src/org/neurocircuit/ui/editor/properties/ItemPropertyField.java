package org.neurocircuit.ui.editor.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.neurocircuit.model.edit.UnitPropertyDescriptor;

/**
 * One row of the property sheet: name with unit, category and description from the item property
 * descriptor; a text box for numbers and strings (refusing bad input with the reason), a drop-down for
 * booleans, enumerations and references; other values (lists, parts) are shown, not edited here.
 */
public class ItemPropertyField extends PropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor item;
    private final List<Object> choices;

    public ItemPropertyField(Object object, IItemPropertyDescriptor item) {
        super(item.getId(object), item.getDisplayName(object));
        this.object = object;
        this.item = item;
        setCategory(item.getCategory(object));
        setDescription(item.getDescription(object));
        choices = choices();
        setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return display();
            }
        });
    }

    public EStructuralFeature feature() {
        return item.getFeature(object) instanceof EStructuralFeature feature ? feature : null;
    }

    /** The value's text as the sheet shows it. */
    public String display() {
        Object value = rawValue();
        if (isText()) {
            return value == null ? "" : String.valueOf(value);
        }
        IItemLabelProvider labels = item.getLabelProvider(object);
        return value == null ? "" : labels.getText(value);
    }

    /** Why {@code text} would be refused, or null: the cell editor's validator. */
    public String problem(String text) {
        return PropertyInput.problem(getDisplayName(), (EDataType) feature().getEType(), unit(), text);
    }

    /** The value in the form its cell editor edits: text, or the index of the choice. */
    Object editValue() {
        if (!choices.isEmpty()) {
            return Math.max(0, choices.indexOf(rawValue()));
        }
        return isText() ? display() : rawValue();
    }

    /** Sets a value from the cell editor (text or choice index) through the descriptor, as a command. */
    public void apply(Object edited) {
        Object value;
        if (!choices.isEmpty() && edited instanceof Integer index) {
            if (index < 0 || index >= choices.size()) {
                return;
            }
            value = choices.get(index);
        } else if (isText() && edited instanceof String text) {
            if (problem(text) != null) {
                return;
            }
            value = PropertyInput.parse((EDataType) feature().getEType(), text);
        } else {
            return;
        }
        if (!Objects.equals(value, rawValue())) {
            item.setPropertyValue(object, value);
        }
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!item.canSetProperty(object)) {
            return null;
        }
        if (!choices.isEmpty()) {
            IItemLabelProvider labels = item.getLabelProvider(object);
            String[] items = choices.stream().map(c -> c == null ? "" : labels.getText(c)).toArray(String[]::new);
            return new ComboBoxCellEditor(parent, items, SWT.READ_ONLY);
        }
        if (!isText()) {
            return null;
        }
        TextCellEditor editor = new TextCellEditor(parent);
        editor.setValidator(value -> problem(String.valueOf(value)));
        return editor;
    }

    private boolean isText() {
        EStructuralFeature feature = feature();
        return feature instanceof EAttribute && !feature.isMany() && feature.getEType() instanceof EDataType type
                && !(type instanceof EEnum) && PropertyInput.isText(type);
    }

    private List<Object> choices() {
        EStructuralFeature feature = feature();
        if (feature == null || feature.isMany()) {
            return List.of();
        }
        if (feature.getEType() instanceof EEnum || feature.getEType().getInstanceClass() == boolean.class) {
            Collection<?> values = item.getChoiceOfValues(object);
            if (values != null && !values.isEmpty()) {
                return new ArrayList<>(values);
            }
            return feature.getEType().getInstanceClass() == boolean.class ? List.of(Boolean.FALSE, Boolean.TRUE)
                    : List.of();
        }
        if (feature instanceof EReference reference && !reference.isContainment()) {
            Collection<?> values = item.getChoiceOfValues(object);
            return values == null ? List.of() : new ArrayList<>(values);
        }
        return List.of();
    }

    private Object rawValue() {
        Object value = item.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(value) : value;
    }

    private String unit() {
        return item instanceof UnitPropertyDescriptor units ? units.unit() : "";
    }
}
