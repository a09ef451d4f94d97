package com.cp1ki.app.editor.workload;

import com.cp1ki.app.editor.EditorViewModel;
import com.cp1ki.app.form.FieldSet;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Rule;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.Item;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** A workload: name, volume, value, traffic shape and typed token means. */
public final class WorkloadViewModel extends EditorViewModel {

    private final Supplier<String> workload;
    private final List<FormField> basics;
    private final List<FormField> means;
    private final ReadOnlyStringWrapper profile = new ReadOnlyStringWrapper(this, "profile");

    public WorkloadViewModel(ProjectSession session, String workload) {
        this(session, () -> workload);
    }

    /** @param workload the workload's current name: the editor host moves it when the workload is renamed */
    public WorkloadViewModel(ProjectSession session, Supplier<String> workload) {
        super(session);
        this.workload = workload;
        FieldSet<Workload> f = fields(Targets.workload(workload), "workload");
        basics = List.of(
                custom(new FormField.Spec("workloadName", "Name", "", "The workload's name (one AI feature), unique in the project; plans follow a rename.",
                                FormField.Kind.TEXT, Rule.ANY, 1, false), () -> current().name(),
                        v -> {
                            String from = workload.get();
                            return new Edit("Rename workload '" + from + "' to '" + v + "'",
                                    p -> ProjectEdits.rename(p, Item.workload(from), (String) v));
                        }),
                f.number("inferencesPerDay", "Volume", "inferences / day", "How many inferences (model round trips) the feature runs per day.", Rule.POSITIVE),
                f.optionalMoney("valuePerInference", "Value per inference", "/ inference", "Business value of one inference, for ROI bands,"
                        + " in the project's display currency (the file keeps it in USD, converted with the project's FX rate). Blank: no ROI.",
                        Rule.NON_NEGATIVE),
                f.number("peakToAverage", "Peak-to-average", "×", "Peak hourly load / mean hourly load; sizes a GPU fleet for the peak (1 = flat).", Rule.AT_LEAST_ONE));
        FieldSet<TypedMeans> m = fields(Targets.typedMeans(workload), "workload");
        means = List.of(
                m.number("input", "Input tokens", "tokens / inference", "Mean input (prompt) tokens per inference. Typing a value replaces a pasted or imported distribution with typed means.", Rule.NON_NEGATIVE),
                m.number("output", "Output tokens", "tokens / inference", "Mean output (completion) tokens per inference. Typing a value replaces a distribution with typed means.", Rule.NON_NEGATIVE));
        refresh();
    }

    private Workload current() {
        return session.shown().workload(workload.get()).orElseThrow();
    }

    public String workload() {
        return workload.get();
    }

    public List<FormField> basics() {
        return basics;
    }

    public List<FormField> means() {
        return means;
    }

    /** What the token profile is: "Typed means" or "Distribution of 1,234 requests (exact)". */
    public ReadOnlyStringProperty profileProperty() {
        return profile.getReadOnlyProperty();
    }

    @Override
    protected void refresh() {
        super.refresh();
        session.shown().workload(workload.get()).ifPresent(w -> profile.set(describe(w)));
    }

    static String describe(Workload w) {
        if (w.tokens() instanceof TokenDistribution d) {
            return String.format(Locale.ROOT, "Token profile: a distribution of %,.0f requests from %,d rows (%s); mean %,.1f input / %,.1f output tokens",
                    d.totalWeight(), d.rows(), d.exact() ? "exact rows" : "log-binned, percentiles within 1 %",
                    d.meanInput(), d.meanOutput());
        }
        return "Token profile: typed means";
    }
}
