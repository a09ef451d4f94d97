package com.cp1ki.app.editor.workload;

import com.cp1ki.app.editor.Editor;
import com.cp1ki.app.session.ProjectSession;

/** Builds a workload editor with its distribution section (which needs the importer's threads). */
@FunctionalInterface
public interface WorkloadEditors {

    /** @param workload the workload's current name: the editor host moves it when the workload is renamed */
    Editor create(ProjectSession session, java.util.function.Supplier<String> workload);

    /** A workload editor with fields only (no distribution section). */
    static WorkloadEditors fieldsOnly() {
        return (s, w) -> new WorkloadView(new WorkloadViewModel(s, w), null, () -> { });
    }

    /** The full editor; log imports run on {@code background} and report on {@code ui}. */
    static WorkloadEditors full(java.util.concurrent.Executor background, java.util.concurrent.Executor ui) {
        return (s, w) -> {
            DistributionViewModel d = new DistributionViewModel(s, w);
            LogImportViewModel log = new LogImportViewModel(d, background, ui);
            return new WorkloadView(new WorkloadViewModel(s, w), new DistributionView(d, log).root(), d::dispose, log::choose);
        };
    }
}
