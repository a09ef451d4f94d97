package com.cp1ki.app.editor.stack;

import com.cp1ki.app.editor.EditorViewModel;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Rule;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.Item;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.io.catalog.Catalog;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.function.Supplier;

/** A stack: its name, whether it takes part in comparisons, its serving and its common costs. */
public final class StackViewModel extends EditorViewModel {

    private final Supplier<String> stack;
    private final FormField name;
    private final boolean api;
    private final ApiServingViewModel apiServing;
    private final GpuServingViewModel gpuServing;
    private final CommonCostsViewModel common;
    private final CatalogViewModel catalog;
    private final SharingViewModel sharing;
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled");
    private final javafx.beans.property.ReadOnlyStringWrapper enabledMessage =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "enabledMessage");

    /** @param stack the stack's current name: the editor host moves it when the stack is renamed */
    public StackViewModel(ProjectSession session, Supplier<String> stack, Catalog catalog) {
        super(session);
        this.stack = stack;
        name = custom(new FormField.Spec("stackName", "Name", "", "The stack's name, unique in the project; plans follow a rename.",
                        FormField.Kind.TEXT, Rule.ANY, 1, false), () -> current().name(),
                v -> {
                    String from = stack.get();
                    return new Edit("Rename stack '" + from + "' to '" + v + "'",
                            p -> ProjectEdits.rename(p, Item.stack(from), (String) v));
                });
        api = current().serving() instanceof ManagedApi;
        apiServing = api ? new ApiServingViewModel(session, stack) : null;
        gpuServing = api ? null : new GpuServingViewModel(session, stack);
        common = new CommonCostsViewModel(session, stack);
        sharing = new SharingViewModel(session, stack, !api);
        this.catalog = new CatalogViewModel(session, catalog, stack);
        refresh();
    }

    private Stack current() {
        return session.shown().stack(stack.get()).orElseThrow();
    }

    public FormField name() {
        return name;
    }

    public boolean isApi() {
        return api;
    }

    /** "Managed API" or "Self-hosted GPUs". */
    public String kindLabel() {
        return api ? "Managed API stack" : "Self-hosted GPU stack";
    }

    /** Whether the stack takes part in comparisons; follows undo and the outline's checkbox. */
    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    @Override
    protected void refresh() {
        super.refresh();
        enabled.set(session.shown().stack(stack.get()).map(Stack::enabled).orElse(false));
    }

    /**
     * Switches the stack on or off; refused (and the switch put back) when routed workloads use it.
     *
     * @return why it was refused, if it was
     */
    public java.util.Optional<String> setEnabled(boolean on) {
        String s0 = stack.get();
        var rejected = session.executeOnShown(new Edit((on ? "Enable" : "Disable") + " stack '" + s0 + "'",
                p -> ProjectEdits.enable(p, s0, on)));
        enabledMessage.set(rejected.map(m -> Character.toUpperCase(m.charAt(0)) + m.substring(1)).orElse(null));
        refresh();
        return rejected;
    }

    /** Why the last switch was refused (e.g. a workload is routed to this stack), or null. */
    public javafx.beans.property.ReadOnlyStringProperty enabledMessageProperty() {
        return enabledMessage.getReadOnlyProperty();
    }

    public ApiServingViewModel apiServing() {
        return apiServing;
    }

    public GpuServingViewModel gpuServing() {
        return gpuServing;
    }

    public CatalogViewModel catalog() {
        return catalog;
    }

    public CommonCostsViewModel common() {
        return common;
    }

    public SharingViewModel sharing() {
        return sharing;
    }

    @Override
    public void dispose() {
        super.dispose();
        common.dispose();
        sharing.dispose();
        if (apiServing != null) {
            apiServing.dispose();
        }
        if (gpuServing != null) {
            gpuServing.dispose();
        }
    }
}
