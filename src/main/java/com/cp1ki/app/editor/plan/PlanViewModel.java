package com.cp1ki.app.editor.plan;

import com.cp1ki.engine.field.Records;
import com.cp1ki.app.editor.EditorViewModel;
import com.cp1ki.app.form.ChoiceField;
import com.cp1ki.app.form.FieldSet;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Rule;
import com.cp1ki.app.form.Target;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.Item;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;

import java.util.ArrayList;
import java.util.List;

/** A plan: price, included inferences and overage, its workloads and stack, and its users' usage. */
public final class PlanViewModel extends EditorViewModel {

    private final Target<Plan> plan;
    private final List<FormField> pricing;
    private final List<FormField> usage;
    private final ChoiceField<String> stack;

    /** @param name the plan's current name: the editor host moves it when the plan is renamed */
    public PlanViewModel(ProjectSession session, java.util.function.Supplier<String> name) {
        super(session);
        plan = Targets.plan(name);
        String cur = session.shown().settings().currency();
        FieldSet<Plan> f = fields(plan, "plan");
        pricing = List.of(
                custom(new FormField.Spec("planName", "Name", "", "The plan's name, unique in the project.",
                                FormField.Kind.TEXT, Rule.ANY, 1, false), () -> plan.get(session.shown()).name(),
                        v -> {
                            String from = name.get();
                            return new Edit("Rename plan '" + from + "' to '" + v + "'",
                                    p -> ProjectEdits.rename(p, Item.plan(from), (String) v));
                        }),
                f.number("pricePerUserMonth", "Price", cur + " / user / month", "What one user pays per month, in the display currency (converted with the project's FX rate).", Rule.NON_NEGATIVE),
                f.optionalNumber("includedInferences", "Included inferences", "inferences / user / month", "q: inferences included in the price. Blank: unlimited, no overage.", Rule.NON_NEGATIVE)
                        .prompt("unlimited"),
                f.number("overagePer1000", "Overage price", cur + " / 1k inferences", "Price per 1,000 inferences beyond the included ones, display currency.", Rule.NON_NEGATIVE));
        FieldSet<LognormalUsage> u = fields(Targets.usage(name), "planUsage");
        usage = List.of(
                u.number("median", "Usage median", "inferences / user / month", "Median monthly inferences per user (a lognormal through the median and p95).", Rule.POSITIVE),
                u.number("p95", "Usage p95", "inferences / user / month", "95th percentile of monthly inferences per user; must be ≥ the median.", Rule.POSITIVE),
                f.optionalNumber("powerUserUsage", "Power-user usage", "inferences / month", "x_p: a heavy user's monthly inferences, for the wipe-out count. Blank: the usage p99.", Rule.NON_NEGATIVE)
                        .prompt("usage p99"));
        stack = new ChoiceField<>("planStack", "Stack", "The stack that serves this plan's users.",
                () -> session.shown().stacks().stream().map(Stack::name).toList(), s -> s, session,
                () -> plan.get(session.shown()).stack(),
                s -> new Edit("Serve " + plan.describe() + " with stack '" + s + "'",
                        p -> plan.set(p, Records.with(plan.get(p), "stack", s))));
    }

    public List<FormField> pricing() {
        return pricing;
    }

    public List<FormField> usage() {
        return usage;
    }

    public ChoiceField<String> stack() {
        return stack;
    }

    /** Every workload of the project, for the plan's checkboxes. */
    public List<String> workloadNames() {
        return session.shown().workloads().stream().map(Workload::name).toList();
    }

    public boolean includes(String workload) {
        return plan.get(session.shown()).workloads().contains(workload);
    }

    /** Adds or removes a workload; a plan keeps at least one (the engine's rule, shown as a message). */
    public java.util.Optional<String> setIncluded(String workload, boolean on) {
        return session.executeOnShown(new Edit((on ? "Add workload '" : "Remove workload '") + workload + "' "
                + (on ? "to " : "from ") + plan.describe(), p -> {
            Plan pl = plan.get(p);
            List<String> w = new ArrayList<>(pl.workloads());
            w.remove(workload);
            if (on) {
                w.add(workload);
            }
            return plan.set(p, Records.with(pl, "workloads", w));
        }));
    }

    @Override
    protected void refresh() {
        super.refresh();
        if (stack != null) {
            stack.refresh();
        }
    }
}
