package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.editor.workload.WorkloadEditors;
import com.cp1ki.app.prices.Catalogs;
import com.cp1ki.app.prices.CheckPricesView;
import com.cp1ki.app.prices.CheckRow;
import com.cp1ki.app.prices.ImportPricesView;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.io.catalog.ApiModelEntry;
import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.catalog.UserCatalog;
import com.cp1ki.io.project.Samples;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing a price list, searching the catalog picker and Check prices, in the real window. */
@ExtendWith(ApplicationExtension.class)
class PricesWindowTest {

    @TempDir
    static Path dir;

    private Workbench wb;
    private Stage stage;
    private Catalogs catalogs;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path config = Files.createTempDirectory(dir, "config");
        catalogs = new Catalogs(Catalog.bundled(), new UserCatalog(config.resolve("catalog.json")), WorkbenchFixture.CLOCK);
        wb = new Workbench(WorkbenchFixture.services(WorkloadEditors.full(Runnable::run, Runnable::run), catalogs),
                Samples.seed(), null, Samples.SEED);
        stage.setScene(wb.scene());
        stage.show();
    }

    private Path fixture(String name) throws Exception {
        Path p = dir.resolve(name);
        if (!Files.exists(p)) {
            try (InputStream in = getClass().getResourceAsStream("/com/cp1ki/io/catalog/lists/" + name)) {
                Files.copy(in, p);
            }
        }
        return p;
    }

    /**
     * Saves {@code node} laid out at w x h. The headless screen is 1280 x 800, so a window cannot
     * be made 1920 x 1080: the node is resized and laid out for the snapshot only (the next pulse
     * gives it back its window's size).
     */
    private static void shoot(FxRobot robot, javafx.scene.layout.Region node, int w, int h, String name) {
        robot.interact(() -> {
            node.resize(w, h);
            node.applyCss();
            node.layout();
            Screenshots.save(node, name, 1);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ImportPricesView importList(FxRobot robot, String name) throws Exception {
        Path file = fixture(name);
        ImportPricesView[] v = new ImportPricesView[1];
        robot.interact(() -> {
            v[0] = wb.prices().importList(file);
            v[0].dialog().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return v[0];
    }

    @Test
    void anImportedListJoinsThePickerAndItsUnpriceableEntriesAreListed(FxRobot robot) throws Exception {
        ImportPricesView v = importList(robot, "litellm-model-prices.json");
        Label message = robot.lookup("#priceImportMessage").queryAs(Label.class);
        assertTrue(message.getText().contains("LiteLLM list litellm-model-prices.json of "), message.getText());
        assertTrue(message.getText().contains("6 entries priced, 4 not priceable per token"), message.getText());
        ListView<?> skipped = robot.lookup("#priceImportSkipped").queryAs(ListView.class);
        assertEquals(4, skipped.getItems().size());
        robot.interact(() -> Screenshots.save(v.dialog().getDialogPane(), "dialog-import-price-list", 1));
        robot.interact(() -> v.dialog().close());
        assertTrue(Files.exists(catalogs.user().file()), "saved in the user's catalog");
        assertTrue(catalogs.todayProperty().get().apiModel("litellm:gpt-4o").isPresent());

        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(new Item(Item.Kind.STACK, "GPT-4o")));
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#apiCatalogSearch").queryAs(TextField.class);
        ComboBox<?> box = robot.lookup("#apiCatalogEntry").queryAs(ComboBox.class);
        int total = box.getItems().size();
        assertEquals(Catalog.bundled().apiModels().size() + 6, total, "bundled and imported entries");
        robot.interact(() -> search.setText("litellm gpt-4o-mini"));
        assertEquals(1, box.getItems().size());
        ApiModelEntry mini = (ApiModelEntry) box.getValue();
        assertEquals("litellm:gpt-4o-mini", mini.id());
        String detail = robot.lookup("#apiCatalogDetail").queryAs(Label.class).getText();
        assertTrue(detail.contains("$0.15 / $0.60 per 1M tokens") && detail.contains("LiteLLM list of "), detail);
        robot.interact(() -> search.setText("<1"));
        assertTrue(box.getItems().stream().allMatch(e -> ((ApiModelEntry) e).inputPricePerMTok() < 1), "price filter");
        assertTrue(box.getItems().size() >= 3);
        robot.interact(() -> search.setText("claude"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4 of " + total + " found", robot.lookup("#apiCatalogFound").queryAs(Label.class).getText());
        robot.interact(() -> box.getSelectionModel().select(1));
        for (int[] s : new int[][]{{1280, 720}, {1920, 1080}}) {
            shoot(robot, (javafx.scene.layout.Region) wb.scene().getRoot(), s[0], s[1], "catalog-picker-" + s[0] + "x" + s[1]);
        }
    }

    @Test
    void checkPricesAppliesTheChosenRowsAsOneUndoableStep(FxRobot robot) throws Exception {
        importList(robot, "genai-prices-data.json").dialog();
        robot.interact(() -> robot.lookup("#priceImportClose").queryButton().fire());
        CheckPricesView[] v = new CheckPricesView[1];
        robot.interact(() -> {
            v[0] = wb.prices().checkPrices();
            v[0].dialog().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CheckRow> table = robot.lookup("#priceCheckTable").queryTableView();
        List<String> fields = table.getItems().stream().map(r -> r.stack() + " " + r.field()).toList();
        assertTrue(fields.contains("GPT-4o cache read price"), fields.toString());
        CheckRow gptCache = table.getItems().stream().filter(r -> r.stack().equals("GPT-4o") && r.field().equals("cache read price"))
                .findFirst().orElseThrow();
        assertEquals("$2.50 /1M tok", gptCache.project());
        assertEquals("$1.25 /1M tok", gptCache.catalog());
        assertEquals("-50.0%", gptCache.change());
        String summary = robot.lookup("#priceCheckSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("prices differ in 2 stacks from the catalog's prices of 2026-11-30"), summary);
        shoot(robot, (javafx.scene.layout.Region) wb.scene().getRoot(), 1280, 720, "check-prices-window-1280x720");
        shoot(robot, v[0].dialog().getDialogPane(), 1240, 680, "check-prices-1280x720");
        shoot(robot, v[0].dialog().getDialogPane(), 1860, 1000, "check-prices-1920x1080");
        int rows = table.getItems().size();
        robot.interact(() -> table.getItems().forEach(r -> r.chosenProperty().set(r.stack().equals("GPT-4o"))));
        long revision = wb.session().revision();
        robot.interact(() -> robot.lookup("#priceCheckApply").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        ManagedApi gpt = (ManagedApi) wb.session().project().stack("GPT-4o").orElseThrow().serving();
        assertEquals(1.25, gpt.cacheReadPrice());
        assertTrue(gpt.priceSource().startsWith("catalog genai-prices:openai/gpt-4o: "),
                "of two entries named alike, the newest: " + gpt.priceSource());
        assertEquals(revision + 1, wb.session().revision(), "one edit");
        assertTrue(table.getItems().size() < rows, "the applied rows are gone");
        assertTrue(table.getItems().stream().noneMatch(r -> r.stack().equals("GPT-4o")));
        assertTrue(robot.lookup("#priceCheckStatus").queryAs(Label.class).getText().startsWith("Took "));
        robot.interact(() -> wb.viewModel().undo());
        assertEquals(2.5, ((ManagedApi) wb.session().project().stack("GPT-4o").orElseThrow().serving()).cacheReadPrice(),
                "one undo restores every applied price");
        assertEquals(rows, table.getItems().size(), "the table follows the undone project");
        robot.interact(() -> v[0].dialog().close());
    }

    @Test
    void aBadListSaysWhyAndLeavesTheCatalogAsItWas(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad-prices.json");
        Files.writeString(bad, "{\"gpt-4o\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": \"cheap\","
                + " \"output_cost_per_token\": 1e-05}}");
        ImportPricesView[] v = new ImportPricesView[1];
        robot.interact(() -> {
            v[0] = wb.prices().importList(bad);
            v[0].dialog().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String m = robot.lookup("#priceImportMessage").queryAs(Label.class).getText();
        assertTrue(m.contains("bad-prices.json, entry \"gpt-4o\": input_cost_per_token is not a number"), m);
        assertFalse(Files.exists(catalogs.user().file()), "nothing was saved");
        assertEquals(Catalog.bundled().apiModels().size(), catalogs.todayProperty().get().apiModels().size());
        robot.interact(() -> v[0].dialog().close());
    }

    @Test
    void theProjectMenuOffersBothWithShortcuts(FxRobot robot) {
        var bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        var items = bar.getMenus().stream().flatMap(m -> m.getItems().stream()).toList();
        var imp = items.stream().filter(i -> "importPricesItem".equals(i.getId())).findFirst().orElseThrow();
        var check = items.stream().filter(i -> "checkPricesItem".equals(i.getId())).findFirst().orElseThrow();
        assertEquals(javafx.scene.input.KeyCombination.valueOf("Shortcut+Shift+L"), imp.getAccelerator());
        assertEquals(javafx.scene.input.KeyCombination.valueOf("Shortcut+Shift+P"), check.getAccelerator());
        assertTrue(imp.getOnAction() != null && check.getOnAction() != null);
    }
}
