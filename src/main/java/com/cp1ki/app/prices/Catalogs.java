package com.cp1ki.app.prices;

import com.cp1ki.io.catalog.ApiModelEntry;
import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.catalog.GpuInstanceEntry;
import com.cp1ki.io.catalog.UserCatalog;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The price catalogs of a window: the bundled one and the user's own (imported price lists, in
 * the user's configuration folder), and their union as the catalog in force. Its value changes
 * only on the FX thread, when an import has been saved.
 */
public final class Catalogs {

    private final Catalog bundled;
    private final UserCatalog user;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Catalog> all;
    private final ReadOnlyObjectWrapper<Catalog> today;
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>();

    /**
     * @param user the user catalog, or null for none (imports are then refused)
     */
    public Catalogs(Catalog bundled, UserCatalog user, Clock clock) {
        this.bundled = bundled;
        this.user = user;
        this.clock = clock;
        this.all = new ReadOnlyObjectWrapper<>(bundled);
        this.today = new ReadOnlyObjectWrapper<>(inForce(bundled));
    }

    /** The bundled catalog alone (no user catalog, imports refused): for tests and the CLI's default. */
    public static Catalogs bundledOnly(Clock clock) {
        return new Catalogs(Catalog.bundled(), null, clock);
    }

    /** Reads the user catalog (call off the FX thread), to be {@link #show}n on the FX thread. */
    public Catalog loadUser() throws IOException {
        return user == null ? Catalog.empty(today()) : user.load(today());
    }

    /** Makes {@code userCatalog} the user part of the catalog in force (FX thread). */
    public void show(Catalog userCatalog) {
        Catalog c = bundled.plus(userCatalog);
        all.set(c);
        today.set(inForce(c));
        problem.set(null);
    }

    /** A user catalog that could not be read: the bundled one alone is shown, and why. */
    public void failed(String message) {
        problem.set(message);
    }

    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Bundled and user entries, with their history (validFrom/validTo). */
    public ReadOnlyObjectProperty<Catalog> allProperty() {
        return all.getReadOnlyProperty();
    }

    /** The entries in force today, as the catalog picker offers them. */
    public ReadOnlyObjectProperty<Catalog> todayProperty() {
        return today.getReadOnlyProperty();
    }

    public Catalog bundled() {
        return bundled;
    }

    /** The user catalog, or null when this window has none. */
    public UserCatalog user() {
        return user;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Catalog inForce(Catalog c) {
        LocalDate d = today();
        List<ApiModelEntry> api = c.apiModelsOn(d);
        List<GpuInstanceEntry> gpu = c.gpuInstancesOn(d);
        return new Catalog(c.checkedAsOf(), c.about(), api, gpu);
    }
}
