package com.cp1ki.app.editor.stack;

import com.cp1ki.app.editor.EditorViewModel;
import com.cp1ki.app.form.ChoiceField;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Rule;
import com.cp1ki.app.form.Target;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.AllocationKey;
import com.cp1ki.engine.model.Sharing;

import java.util.List;

/**
 * How a stack's cost is divided among the features routed to it (the portfolio): the key of a
 * fleet's GPU cost, the key of fixed and ops, a fleet's peak coincidence factor. Only the keys that
 * make sense for the stack's kind are offered.
 */
public final class SharingViewModel extends EditorViewModel {

    private final Target<Sharing> sharing;
    private final boolean gpu;
    private final ChoiceField<AllocationKey> fleetKey;
    private final ChoiceField<AllocationKey> overheadKey;
    private final List<FormField> coincidence;

    public SharingViewModel(ProjectSession session, java.util.function.Supplier<String> stack, boolean gpu) {
        super(session);
        this.gpu = gpu;
        sharing = Targets.sharing(stack);
        fleetKey = gpu ? choice("sharingFleetKey", "GPU cost by",
                "How the fleet's GPU cost is divided among the features routed here: busy GPU-seconds (the time each"
                        + " keeps the GPUs busy), requests, or tokens. Idle reserved instances are not divided: they"
                        + " are a line of their own on the bill.", List.copyOf(Sharing.FLEET_KEYS), Sharing::withFleetKey,
                Sharing::fleetKey) : null;
        List<AllocationKey> overhead = gpu ? List.copyOf(Sharing.OVERHEAD_KEYS)
                : List.of(AllocationKey.REQUESTS, AllocationKey.EVEN);
        overheadKey = choice("sharingOverheadKey", "Fixed and ops by",
                "How the stack's fixed and ops costs (paid once for the product) are divided among the features"
                        + " routed here" + (gpu ? ": GPU-seconds, requests" : ": requests") + " or an even split.",
                overhead, Sharing::withOverheadKey, Sharing::overheadKey);
        coincidence = gpu ? List.of(fields(sharing, "sharing").percent("coincidence", "Peak coincidence",
                "The fleet is sized for this share of the sum of the routed features' peaks (100%: they peak in the"
                        + " same hour, the safe assumption); never below the sum of their mean loads.",
                Rule.PERCENT_ABOVE_0)) : List.of();
        refresh();
    }

    private ChoiceField<AllocationKey> choice(String id, String label, String tip, List<AllocationKey> options,
                                              java.util.function.BiFunction<Sharing, AllocationKey, Sharing> with,
                                              java.util.function.Function<Sharing, AllocationKey> read) {
        return new ChoiceField<>(id, label, tip, () -> options, AllocationKey::label, session,
                () -> read.apply(sharing.get(session.shown())),
                k -> new Edit("Set " + label.toLowerCase() + " of " + sharing.describe() + " to " + k.label(),
                        p -> sharing.set(p, with.apply(sharing.get(p), k))));
    }

    @Override
    protected void refresh() {
        super.refresh();
        if (overheadKey != null) {
            overheadKey.refresh();
        }
        if (fleetKey != null) {
            fleetKey.refresh();
        }
    }

    public boolean isGpu() {
        return gpu;
    }

    /** Null for a managed API (it has no fleet). */
    public ChoiceField<AllocationKey> fleetKey() {
        return fleetKey;
    }

    public ChoiceField<AllocationKey> overheadKey() {
        return overheadKey;
    }

    /** The peak coincidence field (empty for a managed API). */
    public List<FormField> coincidence() {
        return coincidence;
    }
}
