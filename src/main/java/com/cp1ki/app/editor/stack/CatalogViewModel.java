package com.cp1ki.app.editor.stack;

import com.cp1ki.engine.field.Records;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.Item;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.io.catalog.ApiModelEntry;
import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.catalog.GpuInstanceEntry;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Fills a stack's serving from the bundled price catalog, as one undoable edit. Prices, tiers,
 * rates and throughput come from the entry (with its source and as-of date); what the user set
 * for the workload (cache and batch shares, fees, the rate billed, fleet limits) is kept. A stack
 * still named after its previous entry (the default name a new stack gets, "g5.xlarge" or
 * "g5.xlarge 2") is renamed after the new one ("g6.xlarge"), plans and routes following; a name the
 * user typed is kept.
 */
public final class CatalogViewModel {

    private final ProjectSession session;
    private final Catalog catalog;
    private final Supplier<String> stack;

    /** @param stack the stack's current name (it follows a rename) */
    public CatalogViewModel(ProjectSession session, Catalog catalog, Supplier<String> stack) {
        this.session = session;
        this.catalog = catalog;
        this.stack = stack;
    }

    public List<ApiModelEntry> apiModels() {
        return catalog.apiModels();
    }

    public List<GpuInstanceEntry> gpuInstances() {
        return catalog.gpuInstances();
    }

    public static String label(ApiModelEntry e) {
        return e.provider() + " " + e.model() + " (as of " + e.checked() + (e.illustrative() ? ", illustrative" : "") + ")";
    }

    public static String label(GpuInstanceEntry e) {
        return e.provider() + " " + e.instanceType() + ", " + e.gpus() + "× " + e.gpuModel() + " (as of " + e.rateChecked()
                + (e.ratesIllustrative() ? ", illustrative" : "") + ")";
    }

    /** Fills the API prices from {@code e}; returns the message when rejected. */
    public Optional<String> apply(ApiModelEntry e) {
        var t = Targets.api(stack);
        String from = stack.get();
        String was = t.get(session.shown()).model();
        return session.executeOnShown(new Edit(description(t.describe(), e.provider() + " " + e.model(), from, was, e.model()), p -> {
            ManagedApi old = t.get(p);
            ManagedApi c = e.toServing();
            Project filled = t.set(p, new ManagedApi(c.provider(), c.model(), c.inputPrice(), c.outputPrice(),
                    c.cacheReadPrice(), c.cacheWritePrice(), old.cacheReadShare(), old.cacheWriteShare(), old.batchShare(),
                    c.batchDiscount(), c.longContext(), old.platformFeePct(),
                    c.feePerRequest() > 0 ? c.feePerRequest() : old.feePerRequest(), c.pricesAsOf(), c.priceSource()));
            return renamed(filled, from, old.model(), e.model());
        }));
    }

    /** Fills the GPU instance, rates and first throughput figure from {@code e}; returns the message when rejected. */
    public Optional<String> apply(GpuInstanceEntry e) {
        var t = Targets.gpu(stack);
        String from = stack.get();
        String was = t.get(session.shown()).instanceType();
        return session.executeOnShown(new Edit(description(t.describe(), e.provider() + " " + e.instanceType(), from, was,
                e.instanceType()), p -> {
            SelfHostedGpu old = t.get(p);
            SelfHostedGpu c = e.toServing();
            RateKind rate = c.rateFor(old.rate()) > 0 ? old.rate() : RateKind.ON_DEMAND;
            SelfHostedGpu g = Records.with(c, "rate", rate);
            g = Records.with(g, "utilisationCeiling", old.utilisationCeiling());
            g = Records.with(g, "minInstances", (double) old.minInstances());
            g = Records.with(g, "reservedInstances", (double) old.reservedInstances());
            return renamed(t.set(p, Records.with(g, "reservedTerm", old.reservedTerm())), from, old.instanceType(),
                    e.instanceType());
        }));
    }

    /** {@code filled} with stack {@code name} renamed as {@link #newName} says, plans and routes following. */
    static Project renamed(Project filled, String name, String was, String to) {
        String n = newName(filled, name, was, to);
        return n == null ? filled : ProjectEdits.rename(filled, Item.stack(name), n);
    }

    /**
     * The stack's new name when its name {@code name} is the default one derived from the previous
     * entry {@code was} ({@code was}, or {@code was} and a number as a second stack of that entry is
     * named): the new entry {@code to}, numbered if taken; null to keep the name.
     */
    static String newName(Project p, String name, String was, String to) {
        if (was == null || to == null || was.equals(to) || !isDefaultName(name, was)) {
            return null;
        }
        return ProjectEdits.freeName(to, p.stacks().stream().map(Stack::name).filter(n -> !n.equals(name)).toList());
    }

    private String description(String target, String entry, String name, String was, String to) {
        String n = newName(session.shown(), name, was, to);
        return "Fill " + target + " from catalog: " + entry + (n == null ? "" : " (renamed '" + n + "')");
    }

    /** Whether {@code name} is what a new stack of entry {@code entry} is called ("g5.xlarge", "g5.xlarge 2"). */
    static boolean isDefaultName(String name, String entry) {
        return name.equals(entry) || name.startsWith(entry + " ") && name.substring(entry.length() + 1).matches("[2-9]|[1-9]\\d+");
    }
}
