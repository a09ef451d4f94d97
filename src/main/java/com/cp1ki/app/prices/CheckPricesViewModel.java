package com.cp1ki.app.prices;

import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.io.catalog.PriceCheck;
import com.cp1ki.io.catalog.PriceDifference;
import com.cp1ki.io.catalog.PriceUpdate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/**
 * Check prices for the open project: every price of a stack whose model or instance type is in
 * the catalog (bundled and user) and differs from the catalog's price in force today. The chosen
 * rows are applied as one undoable edit; the rows are then worked out again from the new project.
 */
public final class CheckPricesViewModel {

    private final ProjectSession session;
    private final Catalogs catalogs;
    private final ObservableList<CheckRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private List<PriceDifference> all = List.of();
    private final javafx.beans.value.ChangeListener<Object> onChange = (o, a, b) -> refresh();

    public CheckPricesViewModel(ProjectSession session, Catalogs catalogs) {
        this.session = session;
        this.catalogs = catalogs;
        refresh();
        session.projectProperty().addListener(onChange);
        catalogs.allProperty().addListener(onChange);
    }

    /** Stops following the project and the catalog (the dialog closed). */
    public void dispose() {
        session.projectProperty().removeListener(onChange);
        catalogs.allProperty().removeListener(onChange);
    }

    /** Compares the session's project with the catalog in force today. */
    public void refresh() {
        PriceCheck.Result r = PriceCheck.check(session.project(), catalogs.allProperty().get(), catalogs.today());
        all = r.differences();
        rows.setAll(all.stream().map(CheckRow::new).toList());
        long stacks = all.stream().map(PriceDifference::stack).distinct().count();
        String found = r.differences().isEmpty()
                ? "Every stack found in the catalog has its prices of " + catalogs.today() + "."
                : all.size() + (all.size() == 1 ? " price differs" : " prices differ") + " in " + stacks
                + (stacks == 1 ? " stack" : " stacks") + " from the catalog's prices of " + catalogs.today() + ".";
        summary.set(found + (r.unmatched().isEmpty() ? "" : " Not in the catalog: " + String.join(", ", r.unmatched()) + "."));
    }

    public ObservableList<CheckRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void chooseAll(boolean chosen) {
        rows.forEach(r -> r.chosenProperty().set(chosen));
    }

    /** Applies the chosen rows as one undoable edit; returns the message when nothing was chosen or it was refused. */
    public Optional<String> apply() {
        List<PriceDifference> chosen = rows.stream().filter(r -> r.chosenProperty().get()).map(CheckRow::difference).toList();
        if (chosen.isEmpty()) {
            return Optional.of("Choose the prices to take from the catalog first.");
        }
        List<PriceDifference> everything = all;
        long stacks = chosen.stream().map(PriceDifference::stack).distinct().count();
        String what = "Take " + chosen.size() + (chosen.size() == 1 ? " price" : " prices") + " of " + stacks
                + (stacks == 1 ? " stack" : " stacks") + " from the catalog";
        return session.execute(new Edit(what, p -> PriceUpdate.apply(p, everything, chosen)));
    }
}
