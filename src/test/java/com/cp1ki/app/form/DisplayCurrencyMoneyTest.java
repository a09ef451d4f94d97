package com.cp1ki.app.form;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.editor.plan.PlanViewModel;
import com.cp1ki.app.editor.workload.WorkloadViewModel;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.NewItems;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.field.Records;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Money the business states in its own currency is typed and shown in the display currency, with
 * that currency as the unit; the file keeps its units (value per inference in USD), converted at
 * the project's FX rate both ways without drift; new items get round defaults in that currency
 * (issue 8 item 6).
 */
class DisplayCurrencyMoneyTest {

    static final Settings INR = new Settings("INR", 84.2, "2026-11-20", "RBI reference rate", 730, 30, 1e2, 1e8);

    private final ProjectSession session = new ProjectSession(TestProjects.seed004().withSettings(INR), null, "t.cp1ki");
    private final WorkloadViewModel workload = new WorkloadViewModel(session, "document_summariser");

    private FormField value() {
        return workload.basics().stream().filter(f -> f.spec().id().equals("workloadValuePerInference")).findFirst().orElseThrow();
    }

    private Double storedValue() {
        return session.project().workloads().get(0).valuePerInference();
    }

    @Test
    void theValuePerInferenceIsShownAndTypedInTheDisplayCurrency() {
        FormField v = value();
        assertEquals("INR / inference", v.spec().unit());
        assertEquals("4.21", v.textProperty().get(), "USD 0.05 at 84.2 INR per USD");
        v.textProperty().set("4");
        assertTrue(v.commit());
        assertEquals(4 / 84.2, storedValue(), 0, "the file keeps USD");
        assertEquals("4", v.textProperty().get());
        assertEquals("Set value per inference of workload 'document_summariser' to 4 INR",
                session.undoDescriptionProperty().get());
        session.undo();
        assertEquals(0.05, storedValue());
        assertEquals("4.21", v.textProperty().get());
    }

    @Test
    void leavingAConvertedFieldUnchangedIsNoEditAndDoesNotDrift() {
        FormField v = value();
        for (int i = 0; i < 5; i++) {
            v.textProperty().set(v.textProperty().get());
            assertTrue(v.commit());
        }
        assertEquals(0.05, storedValue(), 0, "4.21 / 84.2 is not 0.05: the shown text is not read back");
        assertNull(session.undoDescriptionProperty().get());
        v.textProperty().set("3.3");
        assertTrue(v.commit());
        double once = storedValue();
        for (int i = 0; i < 5; i++) {
            v.textProperty().set(v.textProperty().get());
            assertTrue(v.commit());
        }
        assertEquals(once, storedValue(), 0);
        assertEquals("3.3", v.textProperty().get());
    }

    @Test
    void aNewFxRateShowsTheSameUsdValueAtTheNewRate() {
        FormField v = value();
        session.execute(new Edit("fx", p -> p.withSettings(Records.with(p.settings(), "fxRate", 90.0))));
        workload.basics().forEach(FormField::refresh);
        assertEquals("4.5", v.textProperty().get());
        assertEquals(0.05, storedValue());
    }

    @Test
    void planMoneyIsInTheDisplayCurrencyAsTheFileKeepsIt() {
        session.execute(new Edit("add plan", p -> NewItems.plan(p, "pro")));
        PlanViewModel plan = new PlanViewModel(session, () -> "pro");
        FormField price = plan.pricing().stream().filter(f -> f.spec().id().equals("planPricePerUserMonth")).findFirst().orElseThrow();
        FormField overage = plan.pricing().stream().filter(f -> f.spec().id().equals("planOveragePer1000")).findFirst().orElseThrow();
        assertEquals("INR / user / month", price.spec().unit());
        assertEquals("INR / 1k inferences", overage.spec().unit());
        assertEquals("1,700", price.textProperty().get(), "about USD 20 as a round rupee amount, not 20 rupees");
    }

    @Test
    void newItemsGetRoundDefaultsInTheProjectsCurrency() {
        Project inr = NewItems.workload(NewItems.plan(session.project(), "pro"), "search");
        assertEquals(1700, inr.plans().get(0).pricePerUserMonth());
        assertEquals(4.2, INR.toDisplay(inr.workload("search").orElseThrow().valuePerInference()), 1e-12);
        Project usd = NewItems.workload(NewItems.plan(TestProjects.seed004(), "pro"), "search");
        assertEquals(20, usd.plans().get(0).pricePerUserMonth());
        assertEquals(0.05, usd.workload("search").orElseThrow().valuePerInference());
        Settings eur = new Settings("EUR", 0.92, null, null, 730, 30, 1e2, 1e8);
        Project e = NewItems.plan(TestProjects.seed004().withSettings(eur), "pro");
        assertEquals(18, e.plans().get(0).pricePerUserMonth());
        Settings jpy = new Settings("JPY", 151.3, null, null, 730, 30, 1e2, 1e8);
        assertEquals(3000, NewItems.plan(TestProjects.seed004().withSettings(jpy), "pro").plans().get(0).pricePerUserMonth());
    }

    @Test
    void explanationsAndTheMarkdownSayTheValueInBothUnits() {
        var r = com.cp1ki.engine.CostEngine.report(session.project()).results().get(0);
        String roi = r.explanations().stream().filter(e -> e.quantity().equals("ROI multiple")).findFirst().orElseThrow()
                .substituted();
        assertTrue(roi.startsWith("$0.05 (4.21 INR) / $0.00304 = "), roi);
        String net = r.explanations().stream().filter(e -> e.quantity().equals("Net value per inference")).findFirst()
                .orElseThrow().substituted();
        assertTrue(net.startsWith("$0.05 (4.21 INR) - $0.00304 = $0.04696"), net);
    }

    @Test
    void theUnitBesideAMoneyFieldFollowsTheCurrencyThroughAnEditAndItsUndo() {
        session.execute(new Edit("add plan", p -> NewItems.plan(p, "pro")));
        PlanViewModel plan = new PlanViewModel(session, () -> "pro");
        FormField price = plan.pricing().stream().filter(f -> f.spec().id().equals("planPricePerUserMonth")).findFirst().orElseThrow();
        FormField v = value();
        assertEquals("INR / inference", v.unitProperty().get());
        session.execute(new Edit("currency", p -> p.withSettings(new Settings("EUR", 0.92, null, null, 730, 30, 1e2, 1e8))));
        v.refresh();
        price.refresh();
        assertEquals("EUR / inference", v.unitProperty().get());
        assertEquals("EUR / user / month", price.unitProperty().get());
        assertEquals("Set value per inference of workload 'document_summariser' to 4 EUR", commitFour(v));
        session.undo();
        session.undo();
        v.refresh();
        price.refresh();
        assertEquals("INR / inference", v.unitProperty().get(), "the undo of the currency change is followed too");
        assertEquals("INR / user / month", price.unitProperty().get());
    }

    private String commitFour(FormField v) {
        v.textProperty().set("4");
        assertTrue(v.commit());
        return session.undoDescriptionProperty().get();
    }
}
