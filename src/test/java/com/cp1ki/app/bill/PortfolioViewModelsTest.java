package com.cp1ki.app.bill;

import com.cp1ki.app.editor.routing.RoutingViewModel;
import com.cp1ki.app.editor.stack.SharingViewModel;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.AllocationKey;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Route;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portfolio's ViewModels without a toolkit: routing, sharing, the bill's tables, the move preview. */
class PortfolioViewModelsTest {

    static final String FLEET = "Llama 3.1 8B on g5.xlarge (shared)";

    static Project sample() throws Exception {
        return ProjectFiles.load(Path.of("sample-projects/portfolio.cp1ki"));
    }

    static ProjectSession session() throws Exception {
        return new ProjectSession(sample(), null, "portfolio.cp1ki");
    }

    @Test
    void typingAShareIsOneUndoableEditThatKeepsTheTotal() throws Exception {
        ProjectSession s = session();
        RoutingViewModel vm = new RoutingViewModel(s, "chat");
        assertEquals(List.of("Claude Haiku 3.5", "GPT-4o"), vm.rows().stream().map(RoutingViewModel.Row::stack).toList());
        assertEquals("80", vm.rows().get(0).share().textProperty().get());
        vm.rows().get(0).share().textProperty().set("70");
        assertTrue(vm.rows().get(0).share().commit());
        assertEquals(List.of(new Route("Claude Haiku 3.5", 0.7), new Route("GPT-4o", 0.30000000000000004)),
                s.project().workload("chat").orElseThrow().routing());
        assertEquals("30", vm.rows().get(1).share().textProperty().get(), "the other row follows");
        assertTrue(s.undo());
        assertEquals("80", vm.rows().get(0).share().textProperty().get());
    }

    @Test
    void aShareThatCannotBeBalancedOrIsNotAPercentageIsAMessageAndNothingChanges() throws Exception {
        ProjectSession s = session();
        Project before = s.project();
        RoutingViewModel vm = new RoutingViewModel(s, "ticket_triage");
        vm.rows().get(0).share().textProperty().set("150");
        assertFalse(vm.rows().get(0).share().commit());
        assertEquals("Claude Haiku 3.5 must be between 0 and 100 %", vm.rows().get(0).share().errorProperty().get());
        assertEquals(before, s.project());
        RoutingViewModel legal = new RoutingViewModel(s, "legal_analysis");
        legal.rows().get(0).share().textProperty().set("50");
        assertFalse(legal.rows().get(0).share().commit());
        assertTrue(legal.rows().get(0).share().errorProperty().get().contains("has one route, so it takes 100%"),
                legal.rows().get(0).share().errorProperty().get());
        assertEquals("50", legal.rows().get(0).share().textProperty().get(), "the typed text is kept");
    }

    @Test
    void addingAndRemovingStacksAndTakingAWorkloadOutOfThePortfolio() throws Exception {
        ProjectSession s = session();
        RoutingViewModel vm = new RoutingViewModel(s, "legal_analysis");
        assertEquals(List.of("Claude Haiku 3.5", FLEET), vm.addableStacks());
        vm.add("Claude Haiku 3.5");
        assertEquals(List.of("Claude Haiku 3.5", "GPT-4o"), vm.rows().stream().map(RoutingViewModel.Row::stack).toList());
        vm.remove("GPT-4o");
        assertEquals(List.of(new Route("Claude Haiku 3.5", 1)), s.project().workload("legal_analysis").orElseThrow().routing());
        vm.clear();
        assertFalse(s.project().workload("legal_analysis").orElseThrow().routed());
        assertTrue(vm.summaryProperty().get().startsWith("Not in the portfolio"));
        assertTrue(s.undo() && s.undo() && s.undo(), "three edits, each undoable");
        assertEquals(sample(), s.project());
    }

    @Test
    void sharingOffersOnlyTheKeysThatFitTheStacksKind() throws Exception {
        ProjectSession s = session();
        SharingViewModel api = new SharingViewModel(s, () -> "GPT-4o", false);
        assertNull(api.fleetKey());
        assertEquals(List.of(AllocationKey.REQUESTS, AllocationKey.EVEN), api.overheadKey().options());
        api.overheadKey().valueProperty().set(AllocationKey.EVEN);
        assertEquals(AllocationKey.EVEN, s.project().stack("GPT-4o").orElseThrow().sharing().overheadKey());
        SharingViewModel gpu = new SharingViewModel(s, () -> FLEET, true);
        assertEquals(List.of(AllocationKey.GPU_SECONDS, AllocationKey.REQUESTS, AllocationKey.TOKENS),
                gpu.fleetKey().options());
        gpu.coincidence().get(0).textProperty().set("60");
        assertTrue(gpu.coincidence().get(0).commit());
        assertEquals(0.6, s.project().stack(FLEET).orElseThrow().sharing().coincidence(), 1e-12);
        gpu.coincidence().get(0).textProperty().set("0");
        assertFalse(gpu.coincidence().get(0).commit());
    }

    @Test
    void theBillTablesFollowTheReportInTheDisplayCurrency() throws Exception {
        Project p = sample();
        BillViewModel vm = new BillViewModel();
        vm.show(p, CostEngine.report(p));
        assertEquals(5 + 1, vm.features().size(), "five features and the total");
        assertEquals("Total", vm.features().get(5).feature());
        assertEquals("$6,825.33", vm.features().get(5).monthly());
        assertEquals("Claude Haiku 3.5 80%, GPT-4o 20%", vm.features().get(0).routedTo());
        assertEquals(3, vm.stacks().size());
        assertEquals("1", vm.stacks().get(2).instances());
        assertTrue(vm.headlineProperty().get().startsWith("Monthly bill $6,825.33 for 5 features on 3 stacks"));
        assertTrue(vm.explain(vm.features().get(1)).explanations().stream()
                .anyMatch(e -> e.quantity().contains("by GPU-seconds")));
        Project inr = p.withSettings(new com.cp1ki.engine.model.Settings("INR", 83, "2025", "x", 730, 30, 1e2, 1e8));
        vm.show(inr, CostEngine.report(inr));
        assertTrue(vm.features().get(5).monthly().startsWith("₹566,502"), vm.features().get(5).monthly());
    }

    @Test
    void theMovePreviewShowsTheBillAndEveryFeaturesCp1kiBeforeAndAfterAndApplyIsOneEdit() throws Exception {
        ProjectSession s = session();
        List<Runnable> later = new ArrayList<>();
        MoveViewModel vm = new MoveViewModel(s, CostEngine::report, later::add, Runnable::run);
        assertEquals("chat", vm.featureProperty().get());
        assertEquals("Claude Haiku 3.5", vm.fromProperty().get());
        vm.fromProperty().set("GPT-4o");
        assertEquals("20", vm.shareProperty().get(), "the whole share on the stack it leaves");
        vm.toProperty().set("Claude Haiku 3.5");
        later.forEach(Runnable::run);
        later.clear();
        assertTrue(vm.summaryProperty().get().startsWith("If moved: monthly bill $6,825.33 → $"), vm.summaryProperty().get());
        assertEquals(3 + 5, vm.rows().size());
        ChangeRow legal = vm.rows().stream().filter(r -> r.name().equals("legal_analysis")).findFirst().orElseThrow();
        // GPT-4o's $50 a month of observability now falls on legal_analysis alone
        assertTrue(legal.cp1ki().startsWith("$27.17 → $27.83 (+$0.67)"), legal.cp1ki());
        Project before = s.project();
        vm.apply();
        later.forEach(Runnable::run);
        assertEquals(List.of(new Route("Claude Haiku 3.5", 1.0)), s.project().workload("chat").orElseThrow().routing());
        assertTrue(vm.summaryProperty().get().startsWith("Moved (Ctrl+Z undoes): monthly bill $6,825.33"),
                vm.summaryProperty().get());
        assertTrue(s.undo());
        assertEquals(before, s.project());
    }

    @Test
    void aMoveThatCannotBeMadeSaysWhyAndAStalePreviewIsDropped() throws Exception {
        ProjectSession s = session();
        List<Runnable> later = new ArrayList<>();
        MoveViewModel vm = new MoveViewModel(s, CostEngine::report, later::add, Runnable::run);
        vm.fromProperty().set("GPT-4o");
        vm.shareProperty().set("50");
        assertEquals("Workload 'chat' sends only 20% to stack 'GPT-4o', so 50% cannot move", vm.messageProperty().get());
        vm.shareProperty().set("abc");
        assertTrue(vm.messageProperty().get().startsWith("Share to move must be above 0"));
        later.clear();
        vm.shareProperty().set("10");
        vm.shareProperty().set("5");
        later.get(0).run(); // the 10% preview finishes after the 5% one was asked for: dropped
        assertTrue(vm.rows().isEmpty());
        later.get(1).run();
        assertFalse(vm.rows().isEmpty());
        Project p = s.project();
        vm.shareProperty().set("500");
        vm.apply();
        assertEquals(p, s.project(), "nothing applied");
    }
}
