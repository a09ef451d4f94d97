package com.cp1ki.app.editor.workload;

import com.cp1ki.app.editor.Editor;
import com.cp1ki.app.session.ProjectSession;

/** Builds a workload editor with its distribution section (which needs the importer's threads). */
@FunctionalInterface
public interface WorkloadEditors {

    Editor create(ProjectSession session, String workload);

    /** A workload editor with fields only (no distribution section). */
    static WorkloadEditors fieldsOnly() {
        return (s, w) -> new WorkloadView(new WorkloadViewModel(s, w), null, () -> { });
    }
}
