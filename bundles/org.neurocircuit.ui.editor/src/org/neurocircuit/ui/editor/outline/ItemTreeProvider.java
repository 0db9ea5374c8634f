package org.neurocircuit.ui.editor.outline;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

/** Tree content and labels from the EMF.Edit item providers (the same texts as everywhere else). */
final class ItemTreeProvider extends LabelProvider implements ITreeContentProvider {

    private final AdapterFactory adapterFactory;

    ItemTreeProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Object[] roots ? roots : getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        if (provider instanceof ITreeItemContentProvider tree) {
            Collection<?> children = tree.getChildren(parent);
            return children.toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree && tree.hasChildren(element);
    }

    @Override
    public String getText(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? labels.getText(element) : String.valueOf(element);
    }
}
