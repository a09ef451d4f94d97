package com.cp1ki.app.editor.routing;

import com.cp1ki.app.editor.EditorViewModel;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Rule;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A workload's routing in production (the portfolio): the stacks that serve it and each one's
 * share, toolkit-free. Every change is one undoable edit that keeps the shares at 100%: a typed
 * share is balanced by the last other route, a new stack starts at 0% (100% when it is the first),
 * a removed route's share goes to the last other one. A rejected change keeps the typed text and
 * shows why.
 */
public final class RoutingViewModel extends EditorViewModel {

    /** One route: its stack and its share field (typed in percent). */
    public record Row(String stack, FormField share) {
    }

    private final java.util.function.Supplier<String> workload;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");

    public RoutingViewModel(ProjectSession session, String workload) {
        this(session, () -> workload);
    }

    /** @param workload the workload's current name: the editor follows a rename without being rebuilt */
    public RoutingViewModel(ProjectSession session, java.util.function.Supplier<String> workload) {
        super(session);
        this.workload = workload;
        refresh();
    }

    private Workload current() {
        return session.shown().workload(workload.get()).orElseThrow();
    }

    /** The routes in order; rebuilt when a stack is added or removed, otherwise re-read. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** "Not in the portfolio: …" or "In the portfolio on 2 stacks". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last add, remove or clear was refused, or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Enabled stacks this workload is not routed to yet, in project order. */
    public List<String> addableStacks() {
        var w = session.shown().workload(workload.get());
        if (w.isEmpty()) {
            return List.of();
        }
        return session.shown().stacks().stream().filter(Stack::enabled).map(Stack::name)
                .filter(n -> w.get().routing().stream().noneMatch(r -> r.stack().equals(n))).toList();
    }

    public void add(String stack) {
        change("Route workload '" + workload.get() + "' to stack '" + stack + "'", w -> w.withRouteAdded(stack));
    }

    public void remove(String stack) {
        change("Stop routing workload '" + workload.get() + "' to stack '" + stack + "'", w -> w.withRouteRemoved(stack));
    }

    /** Takes the workload out of the portfolio (no routing). */
    public void clear() {
        change("Take workload '" + workload.get() + "' out of the portfolio", w -> w.withRouting(List.of()));
    }

    private void change(String description, UnaryOperator<Workload> f) {
        String w0 = workload.get(); // the edit keeps the name it was made under, for undo and redo
        var rejected = session.executeOnShown(new Edit(description, p -> ProjectEdits.replaceWorkload(p, w0, f)));
        message.set(rejected.map(m -> Character.toUpperCase(m.charAt(0)) + m.substring(1)).orElse(null));
    }

    @Override
    protected void refresh() {
        super.refresh();
        var w = session.shown().workload(workload.get());
        if (w.isEmpty()) {
            return;
        }
        List<String> stacks = w.get().routing().stream().map(Route::stack).toList();
        if (!stacks.equals(rows.stream().map(Row::stack).toList())) {
            rows.setAll(stacks.stream().map(this::row).toList());
        } else {
            rows.forEach(r -> r.share().refresh());
        }
        summary.set(stacks.isEmpty()
                ? "Not in the portfolio: the product's bill leaves this workload out. Route it to a stack to add it."
                : "In the portfolio on " + stacks.size() + (stacks.size() == 1 ? " stack" : " stacks")
                + "; each share is of all its inferences, and the last other route takes what a typed share leaves.");
    }

    private Row row(String stack) {
        String id = "routingShare" + current().routing().stream().map(Route::stack).toList().indexOf(stack);
        FormField share = new FormField(new FormField.Spec(id, stack, "%",
                "Share of " + workload.get() + "'s inferences served by " + stack + " in production. Typing a share"
                        + " moves the difference to the last other route, so the shares stay at 100%.",
                FormField.Kind.NUMBER, Rule.PERCENT, 100, false), session,
                () -> session.shown().workload(workload.get()).orElseThrow().shareOn(stack),
                v -> {
                    String w0 = workload.get();
                    return new Edit("Set share of workload '" + w0 + "' on stack '" + stack + "' to "
                            + com.cp1ki.app.form.Numbers.format((Double) v * 100) + " %",
                            p -> ProjectEdits.replaceWorkload(p, w0, x -> x.withShare(stack, (Double) v)));
                });
        return new Row(stack, share);
    }
}
