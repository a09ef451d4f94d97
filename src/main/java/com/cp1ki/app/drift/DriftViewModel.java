package com.cp1ki.app.drift;

import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.drift.Drift;
import com.cp1ki.engine.drift.DriftPoint;
import com.cp1ki.engine.drift.DriftReport;
import com.cp1ki.engine.drift.DriftRule;
import com.cp1ki.engine.drift.DriftSettings;
import com.cp1ki.engine.drift.FeatureDrift;
import com.cp1ki.engine.drift.Granularity;
import com.cp1ki.engine.drift.PriceBook;
import com.cp1ki.engine.model.DriftSetup;
import com.cp1ki.io.tokens.DriftLog;
import com.cp1ki.io.tokens.DriftRead;
import com.cp1ki.io.tokens.DriftReadOptions;
import com.cp1ki.io.tokens.ImportException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * The Drift view's state: the logs read (off the FX thread, with progress and cancel, through the
 * injected executors), the rule, and the {@link DriftReport} derived from (project, logs, rule) on
 * every project revision, latest wins; the feature and day picked. Never a Node.
 */
public final class DriftViewModel {
    private final ProjectSession session;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<List<Path>> files = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<DriftRead> read = new SimpleObjectProperty<>();
    private final ObjectProperty<DriftReport> report = new SimpleObjectProperty<>();
    /** The project's drift rule and model mapping (its {@code drift} setup), followed on every revision. */
    private final ReadOnlyObjectWrapper<DriftRule> rule = new ReadOnlyObjectWrapper<>(DriftRule.defaults(Granularity.DAY));
    private final ReadOnlyObjectWrapper<Map<String, String>> models = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObjectProperty<PriceBook> prices = new SimpleObjectProperty<>(PriceBook.PROJECT);
    private final StringProperty feature = new SimpleStringProperty();
    private final IntegerProperty day = new SimpleIntegerProperty(-1);
    private final StringProperty message = new SimpleStringProperty("Open request logs to see each feature's CP1Ki by day.");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private volatile AtomicBoolean cancel = new AtomicBoolean();
    private long asked;

    public DriftViewModel(ProjectSession session, Executor background, Executor ui) {
        this.session = session;
        this.background = background;
        this.ui = ui;
        follow();
        session.revisionProperty().addListener((o, a, b) -> {
            follow();
            recompute();
        });
        rule.addListener((o, a, b) -> recompute());
        models.addListener((o, a, b) -> recompute());
        prices.addListener((o, a, b) -> recompute());
        report.addListener((o, a, r) -> {
            if (r != null && (feature.get() == null || r.feature(feature.get()) == null)) {
                feature.set(r.features().isEmpty() ? null : r.features().get(0).feature());
            }
        });
    }

    /** The rule and mapping of the project's drift setup (the rule in the buckets the logs were read in). */
    private void follow() {
        DriftSetup d = session.project().drift();
        DriftRead r = read.get();
        boolean hourly = r == null ? d.hourly() : r.data().granularity() == Granularity.HOUR;
        rule.set(DriftRule.of(hourly == d.hourly() ? d : new DriftSetup(d.windowHours(), d.baselineHours(),
                d.warmUpHours(), hourly, d.threshold(), d.minRequests(), d.floorUsd(), d.sameWeekday(), d.robust(),
                d.madK(), d.zone(), d.models(), d.features())));
        models.set(d.models());
    }

    /**
     * Changes the project's drift setup as one undoable edit ({@code what} names it for Undo); the
     * rule, the mapping and the report follow the new revision. A refused value leaves the
     * project as it was and says why in the message.
     */
    public void editSetup(String what, UnaryOperator<DriftSetup> change) {
        session.execute(new Edit(what, p -> p.withDrift(change.apply(p.drift()))))
                .ifPresent(message::set);
    }

    public void setThreshold(double t) {
        editSetup("Set the drift threshold to " + t, d -> d.withRule(t, d.minRequests(), d.sameWeekday(), d.robust()));
    }

    public void setMinRequests(double n) {
        editSetup("Set the drift minimum requests to " + n, d -> d.withRule(d.threshold(), n, d.sameWeekday(), d.robust()));
    }

    public void setRobust(boolean on) {
        editSetup((on ? "Use" : "Stop using") + " the robust drift rule",
                d -> d.withRule(d.threshold(), d.minRequests(), d.sameWeekday(), on));
    }

    public void setSameWeekday(boolean on) {
        editSetup((on ? "Use" : "Stop using") + " same-weekday drift baselines",
                d -> d.withRule(d.threshold(), d.minRequests(), on, d.robust()));
    }

    public void setModels(Map<String, String> m) {
        editSetup("Set the drift model mapping", d -> d.withModels(m));
    }

    /** Reads the logs in the background; the view follows with progress, and Cancel stops it. */
    public void open(List<Path> logs) {
        AtomicBoolean c = new AtomicBoolean();
        cancel = c;
        busy.set(true);
        progress.set(0);
        message.set("Reading " + logs.size() + " log file(s)…");
        DriftSetup setup = session.project().drift();
        DriftReadOptions o = DriftReadOptions.defaults().withThresholdsOf(session.project())
                .withZone(java.time.ZoneId.of(setup.zone())).withGranularity(setup.hourly() ? Granularity.HOUR : Granularity.DAY);
        background.execute(() -> {
            try {
                DriftRead r = DriftLog.read(logs, o, (done, total) -> ui.execute(() ->
                        progress.set(total > 0 ? (double) done / total : -1)), c::get);
                ui.execute(() -> {
                    files.set(List.copyOf(logs));
                    read.set(r);
                    follow();
                    busy.set(false);
                    message.set(Summary.ofRead(r));
                    recompute();
                });
            } catch (CancellationException e) {
                ui.execute(() -> finish("Reading cancelled; nothing changed."));
            } catch (ImportException e) {
                ui.execute(() -> finish(e.getMessage()));
            } catch (RuntimeException e) {
                ui.execute(() -> finish("The logs could not be read: " + e));
            }
        });
    }

    private void finish(String text) {
        busy.set(false);
        message.set(text);
    }

    /** Prices each day at a price list's dated entries (read off the FX thread); the message says which. */
    public void usePriceList(Path file) {
        background.execute(() -> {
            try {
                var list = com.cp1ki.io.catalog.lists.PriceLists.read(file);
                PriceBook book = com.cp1ki.io.catalog.DatedPrices.of(list.toCatalog());
                ui.execute(() -> {
                    prices.set(book);
                    message.set("Days priced at the dated entries of " + list.summary() + ".");
                });
            } catch (com.cp1ki.io.catalog.lists.PriceListException e) {
                ui.execute(() -> message.set(e.getMessage()));
            }
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    /** Computes the report of the current project, logs and rule off the FX thread; a newer request wins. */
    void recompute() {
        DriftRead r = read.get();
        if (r == null) {
            return;
        }
        long ticket = ++asked;
        var project = session.project();
        DriftSettings s = new DriftSettings(rule.get(), models.get(), project.drift().features());
        PriceBook book = prices.get();
        background.execute(() -> {
            DriftReport rep;
            try {
                rep = Drift.analyse(project, r.data(), s, book);
            } catch (IllegalArgumentException e) {
                ui.execute(() -> message.set(e.getMessage()));
                return;
            }
            ui.execute(() -> {
                if (ticket == asked) {
                    report.set(rep);
                }
            });
        });
    }

    /** The picked feature's drift, or null. */
    public FeatureDrift selectedFeature() {
        DriftReport r = report.get();
        return r == null || feature.get() == null ? null : r.feature(feature.get());
    }

    /** The picked day: the chosen one, else the feature's last alert, else its last judged day; or null. */
    public DriftPoint selectedPoint() {
        FeatureDrift f = selectedFeature();
        if (f == null || f.points().isEmpty()) {
            return null;
        }
        if (day.get() >= 0 && day.get() < f.points().size()) {
            return f.points().get(day.get());
        }
        List<DriftPoint> alerts = f.alerts();
        if (!alerts.isEmpty()) {
            return alerts.get(alerts.size() - 1);
        }
        for (int k = f.points().size() - 1; k >= 0; k--) {
            if (f.points().get(k).decomposition() != null) {
                return f.points().get(k);
            }
        }
        return f.points().get(f.points().size() - 1);
    }

    public ProjectSession session() {
        return session;
    }

    Executor background() {
        return background;
    }

    Executor ui() {
        return ui;
    }

    public ObjectProperty<List<Path>> filesProperty() {
        return files;
    }

    public ObjectProperty<DriftRead> readProperty() {
        return read;
    }

    public ObjectProperty<DriftReport> reportProperty() {
        return report;
    }

    /** The project's drift rule; change it with the setters ({@link #editSetup}), which are undoable. */
    public ReadOnlyObjectProperty<DriftRule> ruleProperty() {
        return rule.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, String>> modelsProperty() {
        return models.getReadOnlyProperty();
    }

    public ObjectProperty<PriceBook> pricesProperty() {
        return prices;
    }

    public StringProperty featureProperty() {
        return feature;
    }

    public IntegerProperty dayProperty() {
        return day;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
