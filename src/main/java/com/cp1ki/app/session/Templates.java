package com.cp1ki.app.session;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.io.catalog.Catalog;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a new stack starts from: the first model and the first GPU instance of the price catalog,
 * with their sources and dates, for the user to change.
 */
public record Templates(Supplier<ManagedApi> api, Supplier<SelfHostedGpu> gpu) {

    public static Templates fromCatalog(Catalog c) {
        return new Templates(() -> c.apiModels().get(0).toServing(), () -> c.gpuInstances().get(0).toServing());
    }

    /** File > New: one workload and one API stack from the catalog, so there is something to see and edit. */
    public Project blankProject() {
        ManagedApi a = api.get();
        return new Project("Untitled", Settings.DEFAULT,
                List.of(new Workload("workload", 1000, new TypedMeans(1000, 250), null, 1.0)),
                List.of(new Stack(a.model(), true, a, CommonCosts.NONE)), List.of());
    }
}
