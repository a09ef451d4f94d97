package com.cp1ki.app.form;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.editor.stack.ApiServingViewModel;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Range;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A range typed into an editor field with the keyboard: "2.5 (1.8 to 3.2)". */
class RangeFieldTest {
    static final String OUT = "stacks[GPT-4o].serving.outputPrice";

    private final ProjectSession session = new ProjectSession(TestProjects.seed004(), null, "t.cp1ki");
    private final ApiServingViewModel api = new ApiServingViewModel(session, "GPT-4o");

    private static FormField field(List<FormField> fields, String id) {
        return fields.stream().filter(f -> f.spec().id().equals(id)).findFirst().orElseThrow();
    }

    private ManagedApi gpt() {
        return (ManagedApi) session.project().stack("GPT-4o").orElseThrow().serving();
    }

    @Test
    void aRangeTypedAfterTheValueIsKeptInTheProjectShownInTheFieldAndUndoneInOneStep() {
        FormField out = field(api.prices(), "apiOutputPrice");
        assertEquals(OUT, out.rangePath());
        out.textProperty().set("9 (6 to 12)");
        assertTrue(out.commit(), out.errorProperty().get());
        assertEquals(9.0, gpt().outputPrice());
        assertEquals(Range.lognormal(6, 12), session.project().uncertainty().range(OUT).orElseThrow());
        assertEquals("9 (6 to 12)", out.textProperty().get());
        assertTrue(session.undoDescriptionProperty().get().contains("(6 to 12)"),
                session.undoDescriptionProperty().get());
        session.undo();
        assertEquals(10.0, gpt().outputPrice());
        assertTrue(session.project().uncertainty().range(OUT).isEmpty(), "one undo takes value and range back");
        assertEquals("10", out.textProperty().get());
        out.textProperty().set("10 (6 to 12 uniform)");
        assertTrue(out.commit());
        assertEquals(Range.uniform(6, 12), session.project().uncertainty().range(OUT).orElseThrow());
        assertEquals("10 (6 to 12 uniform)", out.textProperty().get());
        out.textProperty().set("10");
        assertTrue(out.commit());
        assertTrue(session.project().uncertainty().range(OUT).isEmpty(), "the value alone removes the range");
    }

    @Test
    void whileAScenarioIsShownTheValueIsItsOverrideAndTheRangeIsTheProjects() {
        session.execute(new com.cp1ki.app.session.Edit("add scenario", p -> p.withScenarios(List.of(
                new com.cp1ki.engine.model.Scenario("Launch", List.of())))));
        session.showScenario("Launch");
        FormField out = field(api.prices(), "apiOutputPrice");
        out.textProperty().set("9 (6 to 12)");
        assertTrue(out.commit(), out.errorProperty().get());
        assertEquals(10.0, gpt().outputPrice(), "the base keeps its price");
        assertEquals(9.0, ((ManagedApi) session.shown().stack("GPT-4o").orElseThrow().serving()).outputPrice(),
                "the shown scenario overrides it");
        assertEquals(Range.lognormal(6, 12), session.project().uncertainty().range(OUT).orElseThrow(),
                "ranges are the project's, whichever scenario is shown");
        assertEquals("Launch", session.scenario(), "the scenario stays shown");
        session.undo();
        assertTrue(session.project().uncertainty().range(OUT).isEmpty(), "one undo takes both back");
        assertTrue(session.project().scenario("Launch").orElseThrow().overrides().isEmpty());
        // the range alone, the value unchanged
        out.refresh();
        out.textProperty().set("10 (7 to 13)");
        assertTrue(out.commit(), out.errorProperty().get());
        assertEquals(Range.lognormal(7, 13), session.project().uncertainty().range(OUT).orElseThrow());
        assertTrue(session.project().scenario("Launch").orElseThrow().overrides().isEmpty());
    }

    @Test
    void aShareTakesATriangularRangeInPercentAndRefusesOneBeyondItsBounds() {
        FormField hit = field(api.discounts(), "apiCacheReadShare");
        hit.textProperty().set("20 (0 to 40)");
        assertTrue(hit.commit(), hit.errorProperty().get());
        assertEquals(Range.triangular(0, 0.2, 0.4), session.project().uncertainty()
                .range("stacks[GPT-4o].serving.cacheReadShare").orElseThrow());
        assertEquals("20 (0 to 40)", hit.textProperty().get());
        hit.textProperty().set("20 (10 to 120 uniform)");
        assertFalse(hit.commit());
        assertTrue(hit.errorProperty().get().contains("stacks[GPT-4o].serving.cacheReadShare"),
                hit.errorProperty().get());
        hit.textProperty().set("20 (10 to 40)");
        assertFalse(hit.commit(), "a lognormal range on a share is refused");
        assertTrue(hit.errorProperty().get().contains("triangular or uniform"), hit.errorProperty().get());
    }

    @Test
    void badRangeTextSaysWhatIsWrongAndChangesNothing() {
        FormField out = field(api.prices(), "apiOutputPrice");
        for (String bad : List.of("10 (12 to 8)", "10 (a to 12)", "10 (6 - 12)", "10 (6 to 12 normal)")) {
            out.textProperty().set(bad);
            assertFalse(out.commit(), bad);
            assertTrue(out.errorProperty().get().startsWith("Output price"), bad + ": " + out.errorProperty().get());
        }
        assertEquals(10.0, gpt().outputPrice());
        assertTrue(session.project().uncertainty().ranges().isEmpty());
    }

    @Test
    void aRenamedStackCarriesItsRangeAndTheFieldStillShowsIt() {
        FormField out = field(api.prices(), "apiOutputPrice");
        out.textProperty().set("10 (6 to 12)");
        assertTrue(out.commit());
        session.execute(new com.cp1ki.app.session.Edit("rename", p -> ProjectEdits.rename(p,
                new com.cp1ki.app.session.Item(com.cp1ki.app.session.Item.Kind.STACK, "GPT-4o"),
                "GPT-4o (2024-08)")));
        assertTrue(session.project().uncertainty().range("stacks[GPT-4o (2024-08)].serving.outputPrice").isPresent());
    }
}
