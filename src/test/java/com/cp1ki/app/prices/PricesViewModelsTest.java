package com.cp1ki.app.prices;

import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.catalog.UserCatalog;
import com.cp1ki.io.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import and Check prices without a toolkit: executors run tasks when the test says so. */
class PricesViewModelsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<Runnable> background = new ArrayList<>();

    private Catalogs catalogs() {
        return new Catalogs(Catalog.bundled(), new UserCatalog(dir.resolve("config/catalog.json")), CLOCK);
    }

    private Path fixture(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/com/cp1ki/io/catalog/lists/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private void drain() {
        while (!background.isEmpty()) {
            background.remove(0).run();
        }
    }

    @Test
    void anImportReadsOffTheUiThreadThenShowsTheNewCatalog() throws Exception {
        Catalogs c = catalogs();
        ImportPricesViewModel vm = new ImportPricesViewModel(c, background::add, Runnable::run);
        vm.start(fixture("openrouter-models.json"));
        assertTrue(vm.job().runningProperty().get());
        assertFalse(c.todayProperty().get().apiModel("openrouter:openai/gpt-4o-mini").isPresent(), "not before the read");
        drain();
        assertFalse(vm.job().runningProperty().get());
        assertFalse(vm.job().failedProperty().get(), vm.job().messageProperty().get());
        assertTrue(c.todayProperty().get().apiModel("openrouter:openai/gpt-4o-mini").isPresent());
        assertEquals(2, vm.skipped().size());
        assertTrue(vm.job().messageProperty().get().contains("Added to your catalog"), vm.job().messageProperty().get());
    }

    @Test
    void aCancelledImportChangesNothing() throws Exception {
        Catalogs c = catalogs();
        ImportPricesViewModel vm = new ImportPricesViewModel(c, background::add, Runnable::run);
        vm.start(fixture("litellm-model-prices.json"));
        vm.cancel();
        drain();
        assertTrue(vm.job().failedProperty().get());
        assertEquals("Import cancelled; the catalog is as it was.", vm.job().messageProperty().get());
        assertFalse(Files.exists(dir.resolve("config/catalog.json")));
    }

    @Test
    void checkPricesAppliesTheChosenRowsAsOneUndoableEdit() throws Exception {
        Catalogs c = catalogs();
        ImportPricesViewModel imp = new ImportPricesViewModel(c, background::add, Runnable::run);
        imp.start(fixture("genai-prices-data.json"));
        drain();
        ProjectSession session = new ProjectSession(Samples.seed(), null, "seed");
        CheckPricesViewModel vm = new CheckPricesViewModel(session, c);
        assertFalse(vm.rows().isEmpty());
        assertTrue(vm.summaryProperty().get().startsWith("3 prices differ in 2 stacks from the catalog's prices of 2026-11-30."),
                vm.summaryProperty().get());
        vm.chooseAll(false);
        assertEquals("Choose the prices to take from the catalog first.", vm.apply().orElseThrow());
        vm.rows().stream().filter(r -> r.stack().equals("Claude Haiku 3.5")).forEach(r -> r.chosenProperty().set(true));
        long before = session.revision();
        assertTrue(vm.apply().isEmpty());
        assertEquals(before + 1, session.revision());
        ManagedApi haiku = (ManagedApi) session.project().stack("Claude Haiku 3.5").orElseThrow().serving();
        assertEquals(0.08, haiku.cacheReadPrice());
        assertEquals(1.0, haiku.cacheWritePrice());
        assertTrue(vm.rows().stream().noneMatch(r -> r.stack().equals("Claude Haiku 3.5")), "rows follow the project");
        assertTrue(session.undo());
        assertEquals(0.8, ((ManagedApi) session.project().stack("Claude Haiku 3.5").orElseThrow().serving()).cacheReadPrice());
        assertTrue(vm.rows().stream().anyMatch(r -> r.stack().equals("Claude Haiku 3.5")));
        vm.dispose();
    }

    @Test
    void theCatalogInForceTodayLeavesClosedPricesOut() throws Exception {
        Catalogs c = catalogs();
        ImportPricesViewModel imp = new ImportPricesViewModel(c, background::add, Runnable::run);
        imp.start(fixture("genai-prices-data.json"));
        drain();
        assertEquals(3.0, c.todayProperty().get().apiModel("genai-prices:anthropic/claude-sonnet-5").orElseThrow()
                .inputPricePerMTok(), "the price from 2026-09-01, not the introductory one");
        assertEquals(2, c.allProperty().get().apiModels().stream()
                .filter(e -> e.id().equals("genai-prices:anthropic/claude-sonnet-5")).count());
    }
}
