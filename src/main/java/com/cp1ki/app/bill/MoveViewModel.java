package com.cp1ki.app.bill;

import com.cp1ki.app.charts.ChartFormat;
import com.cp1ki.app.fx.LatestWins;
import com.cp1ki.app.form.Numbers;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.BillChange;
import com.cp1ki.engine.report.Report;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * "What if we move it": a feature, a share of it, a stack it leaves and one it goes to. The
 * preview (the bill, each stack and each feature's CP1Ki before and after) is computed off the FX
 * thread from the current project and these choices, latest wins; Apply is one undoable edit.
 */
public final class MoveViewModel {

    private final ProjectSession session;
    private final Function<Project, Report> engine;
    private final LatestWins runs;
    private final StringProperty feature = new SimpleStringProperty(this, "feature");
    private final StringProperty from = new SimpleStringProperty(this, "from");
    private final StringProperty to = new SimpleStringProperty(this, "to");
    private final StringProperty share = new SimpleStringProperty(this, "share", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ObservableList<ChangeRow> rows = FXCollections.observableArrayList();
    private boolean choosing;
    private long appliedRevision = -1;

    public MoveViewModel(ProjectSession session, Function<Project, Report> engine, Executor background, Executor ui) {
        this.session = session;
        this.engine = engine;
        this.runs = new LatestWins(background, ui);
        feature.addListener((o, a, b) -> featureChosen());
        from.addListener((o, a, b) -> fromChosen());
        to.addListener((o, a, b) -> preview());
        share.addListener((o, a, b) -> preview());
        session.revisionProperty().addListener((o, a, b) -> projectChanged());
        featureChosen();
    }

    public ProjectSession session() {
        return session;
    }

    public StringProperty featureProperty() {
        return feature;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    /** The share to move, typed in percent of the feature's inferences (default: all it has on "from"). */
    public StringProperty shareProperty() {
        return share;
    }

    /** "Monthly bill $6,825.33 → $6,345.89 (−$479.44)", or what was applied. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the move cannot be made, or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Every feature (with its CP1Ki), then every stack, before and after. */
    public ObservableList<ChangeRow> rows() {
        return rows;
    }

    /** Routed workloads. */
    public List<String> features() {
        return session.project().routedWorkloads().stream().map(Workload::name).toList();
    }

    /** The stacks the chosen feature is routed to. */
    public List<String> fromStacks() {
        return workload().map(w -> w.routing().stream().map(Route::stack).toList()).orElse(List.of());
    }

    /** Enabled stacks other than "from". */
    public List<String> toStacks() {
        return session.project().stacks().stream().filter(Stack::enabled).map(Stack::name)
                .filter(n -> !n.equals(from.get())).toList();
    }

    private java.util.Optional<Workload> workload() {
        return feature.get() == null ? java.util.Optional.empty() : session.project().workload(feature.get())
                .filter(Workload::routed);
    }

    private void featureChosen() {
        if (choosing) {
            return;
        }
        choosing = true;
        try {
            if (feature.get() == null || !features().contains(feature.get())) {
                feature.set(features().isEmpty() ? null : features().get(0));
            }
            List<String> fs = fromStacks();
            if (from.get() == null || !fs.contains(from.get())) {
                from.set(fs.isEmpty() ? null : fs.get(0));
            }
            defaults();
        } finally {
            choosing = false;
        }
        preview();
    }

    private void fromChosen() {
        if (choosing) {
            return;
        }
        choosing = true;
        try {
            defaults();
        } finally {
            choosing = false;
        }
        preview();
    }

    /** A "to" other than "from", and the whole share on "from". */
    private void defaults() {
        List<String> ts = toStacks();
        if (to.get() == null || !ts.contains(to.get())) {
            to.set(ts.isEmpty() ? null : ts.get(0));
        }
        double have = workload().map(w -> w.shareOn(from.get() == null ? "" : from.get())).orElse(0.0);
        share.set(have > 0 ? Numbers.format(have * 100) : "");
    }

    private void projectChanged() {
        if (session.revision() != appliedRevision) {
            appliedRevision = -1;
        }
        featureChosen();
    }

    /** A move as chosen: what the edit does and says. */
    private record Move(String feature, String from, String to, double share, String typed) {
        Project on(Project p) {
            return p.withRouteMoved(feature, from, to, share);
        }

        String description() {
            return "Move " + typed + " % of " + feature + " from " + from + " to " + to;
        }
    }

    /** The move chosen, checked against {@code p}; empty after saying in the message why it cannot be made. */
    private Optional<Move> moveOrSay(Project p) {
        try {
            Move m = chosen();
            m.on(p);
            message.set(null);
            return Optional.of(m);
        } catch (InvalidInputException e) {
            message.set(capitalise(e.getMessage()));
            return Optional.empty();
        }
    }

    private Move chosen() {
        if (feature.get() == null) {
            throw new InvalidInputException("feature", "No workload is routed: route one (workload editor) to move it.");
        }
        if (from.get() == null || to.get() == null) {
            throw new InvalidInputException("stack", "Choose the stack the share leaves and the one it goes to.");
        }
        String typed = share.get() == null ? "" : share.get().strip();
        OptionalDouble pct = Numbers.parse(typed);
        if (pct.isEmpty() || !(pct.getAsDouble() > 0 && pct.getAsDouble() <= 100)) {
            throw new InvalidInputException("moved share", "Share to move must be above 0 and at most 100 %, not \""
                    + share.get() + "\"");
        }
        return new Move(feature.get(), from.get(), to.get(), pct.getAsDouble() / 100, typed);
    }

    private void preview() {
        if (choosing) {
            return;
        }
        long ticket = runs.next();
        Project before = session.project();
        Optional<Move> m = moveOrSay(before);
        if (m.isEmpty()) {
            rows.clear();
            summary.set(appliedRevision == session.revision() ? summary.get() : null);
            return;
        }
        showLater(ticket, before, m.get().on(before), "If moved: ", () -> true);
    }

    /** The bill before and after, computed on the background executor and shown unless a later preview or edit came. */
    private void showLater(long ticket, Project before, Project after, String prefix, BooleanSupplier stillWanted) {
        runs.submit(ticket, () -> BillChange.between(engine.apply(before).portfolio(), engine.apply(after).portfolio()),
                c -> {
                    if (stillWanted.getAsBoolean()) {
                        showChange(c, before.settings(), prefix);
                    }
                });
    }

    private void showChange(BillChange c, Settings s, String prefix) {
        summary.set(prefix + "monthly bill " + money(c.totalBefore(), s) + " → " + money(c.totalAfter(), s) + " ("
                + signed(c.delta(), s) + ")");
        List<ChangeRow> out = new java.util.ArrayList<>();
        for (BillChange.FeatureChange f : c.features()) {
            out.add(new ChangeRow(f.workload(), money(f.monthlyBefore(), s), money(f.monthlyAfter(), s),
                    signed(f.delta(), s), money(f.cp1kiBefore(), s) + " → " + money(f.cp1kiAfter(), s)
                    + " (" + signed(f.cp1kiDelta(), s) + ")"));
        }
        for (BillChange.StackChange x : c.stacks()) {
            out.add(new ChangeRow("stack " + x.stack(), money(x.before(), s), money(x.after(), s), signed(x.delta(), s), ""));
        }
        rows.setAll(out);
    }

    /**
     * Applies the move as one undoable edit; the summary then says what it changed (computed off
     * the FX thread) until the next edit.
     */
    public void apply() {
        Project before = session.project();
        Optional<Move> m = moveOrSay(before);
        if (m.isEmpty()) {
            return;
        }
        Move move = m.get();
        var rejected = session.execute(new Edit(move.description(), move::on));
        if (rejected.isPresent()) {
            message.set(capitalise(rejected.get()));
            return;
        }
        appliedRevision = session.revision();
        long applied = appliedRevision;
        showLater(runs.next(), before, session.project(), "Moved (Ctrl+Z undoes): ", () -> session.revision() == applied);
    }

    private static String money(double usd, Settings s) {
        return Double.isFinite(usd) ? ChartFormat.money(s.toDisplay(usd), s.currency()) : "—";
    }

    private static String signed(double usd, Settings s) {
        if (!Double.isFinite(usd)) {
            return "—";
        }
        return (usd > 0 ? "+" : usd < 0 ? "−" : "±") + ChartFormat.money(Math.abs(s.toDisplay(usd)), s.currency());
    }

    private static String capitalise(String m) {
        return m == null || m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }
}
