package com.cp1ki.app.editor.stack;

import com.cp1ki.engine.field.Records;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
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
 * for the workload (cache and batch shares, fees, the rate billed, fleet limits) is kept.
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
        return session.execute(new Edit("Fill " + t.describe() + " from catalog: " + e.provider() + " " + e.model(), p -> {
            ManagedApi old = t.get(p);
            ManagedApi c = e.toServing();
            return t.set(p, new ManagedApi(c.provider(), c.model(), c.inputPrice(), c.outputPrice(), c.cacheReadPrice(),
                    c.cacheWritePrice(), old.cacheReadShare(), old.cacheWriteShare(), old.batchShare(), c.batchDiscount(),
                    c.longContext(), old.platformFeePct(), c.feePerRequest() > 0 ? c.feePerRequest() : old.feePerRequest(),
                    c.pricesAsOf(), c.priceSource()));
        }));
    }

    /** Fills the GPU instance, rates and first throughput figure from {@code e}; returns the message when rejected. */
    public Optional<String> apply(GpuInstanceEntry e) {
        var t = Targets.gpu(stack);
        return session.execute(new Edit("Fill " + t.describe() + " from catalog: " + e.provider() + " " + e.instanceType(), p -> {
            SelfHostedGpu old = t.get(p);
            SelfHostedGpu c = e.toServing();
            RateKind rate = c.rateFor(old.rate()) > 0 ? old.rate() : RateKind.ON_DEMAND;
            SelfHostedGpu g = Records.with(c, "rate", rate);
            g = Records.with(g, "utilisationCeiling", old.utilisationCeiling());
            g = Records.with(g, "minInstances", (double) old.minInstances());
            g = Records.with(g, "reservedInstances", (double) old.reservedInstances());
            return t.set(p, Records.with(g, "reservedTerm", old.reservedTerm()));
        }));
    }
}
