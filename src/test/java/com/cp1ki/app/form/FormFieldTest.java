package com.cp1ki.app.form;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.editor.stack.ApiServingViewModel;
import com.cp1ki.app.editor.stack.GpuServingViewModel;
import com.cp1ki.app.editor.workload.WorkloadViewModel;
import com.cp1ki.app.session.NewItems;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.io.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editor fields without a toolkit: parsing, validation messages, percentages, blanks, undo. */
class FormFieldTest {

    private final ProjectSession session = new ProjectSession(TestProjects.seed004(), null, "t.cp1ki");
    private final ApiServingViewModel api = new ApiServingViewModel(session, "GPT-4o");

    private static FormField field(List<FormField> fields, String id) {
        return fields.stream().filter(f -> f.spec().id().equals(id)).findFirst().orElseThrow();
    }

    private ManagedApi gpt() {
        return (ManagedApi) session.project().stack("GPT-4o").orElseThrow().serving();
    }

    @Test
    void aPriceTypedWithACurrencySignIsStoredAndUndoable() {
        FormField in = field(api.prices(), "apiInputPrice");
        assertEquals("2.5", in.textProperty().get());
        in.textProperty().set("$3.75");
        assertTrue(in.commit());
        assertEquals(3.75, gpt().inputPrice());
        assertEquals("3.75", in.textProperty().get());
        session.undo();
        assertEquals(2.5, gpt().inputPrice());
        assertEquals("2.5", in.textProperty().get(), "the field follows undo");
    }

    @Test
    void undoInAFieldDropsATypedEditFirstThenUndoesTheProject() {
        FormField out = field(api.prices(), "apiOutputPrice");
        out.textProperty().set("20");
        assertTrue(out.commit());
        assertFalse(out.isEdited());
        out.textProperty().set("33");
        assertTrue(out.isEdited());
        out.undo();
        assertEquals("20", out.textProperty().get(), "the typed text is dropped first");
        assertEquals(20.0, gpt().outputPrice());
        out.undo();
        assertEquals(10.0, gpt().outputPrice(), "then the project's edit is undone");
        assertEquals("10", out.textProperty().get());
        assertNull(session.undoDescriptionProperty().get());
        out.redo();
        assertEquals(20.0, gpt().outputPrice());
        assertEquals("20", out.textProperty().get());
        out.textProperty().set("ten");
        assertFalse(out.commit());
        out.redo();
        assertEquals("20", out.textProperty().get(), "a refused text is dropped, not redone over");
        assertNull(out.errorProperty().get());
    }

    @Test
    void aDecimalCommaIsRefusedWithAMessageAndThousandsStillRead() {
        FormField out = field(api.prices(), "apiOutputPrice");
        out.textProperty().set("2,5");
        assertFalse(out.commit(), "2,5 is not silently read as 25");
        assertTrue(out.errorProperty().get().startsWith("Output price is ambiguous: \"2,5\" could be 2.5 or 25"),
                out.errorProperty().get());
        assertEquals(10.0, gpt().outputPrice());
        assertNull(session.undoDescriptionProperty().get());
        out.textProperty().set("1,234.5");
        assertTrue(out.commit());
        assertEquals(1234.5, gpt().outputPrice());
    }

    @Test
    void aNegativePriceSaysWhatIsWrongAndChangesNothing() {
        FormField out = field(api.prices(), "apiOutputPrice");
        out.textProperty().set("-4");
        assertFalse(out.commit());
        assertEquals("Output price must be ≥ 0", out.errorProperty().get());
        assertEquals(10.0, gpt().outputPrice());
        assertNull(session.undoDescriptionProperty().get());
    }

    @Test
    void sharesAreTypedAsPercentagesAndStoredAsFractions() {
        FormField read = field(api.discounts(), "apiCacheReadShare");
        read.textProperty().set("60");
        assertTrue(read.commit());
        assertEquals(0.6, gpt().cacheReadShare(), 1e-12);
        FormField write = field(api.discounts(), "apiCacheWriteShare");
        write.textProperty().set("50");
        assertFalse(write.commit(), "60 % read + 50 % write is more than all input tokens");
        assertTrue(write.errorProperty().get().startsWith("Cache read share + cache write share must be <= 1"),
                write.errorProperty().get());
        write.textProperty().set("120");
        assertFalse(write.commit());
        assertEquals("Cache write share must be between 0 and 100 %", write.errorProperty().get());
    }

    @Test
    void aLongContextTierStartsFromTheBasePricesAndABlankThresholdRemovesIt() {
        FormField threshold = field(api.longContext(), "apiLongThreshold");
        FormField tierInput = field(api.longContext(), "apiLongInputPrice");
        tierInput.textProperty().set("5");
        assertFalse(tierInput.commit());
        assertEquals("Set a long-context threshold first", tierInput.errorProperty().get());
        threshold.textProperty().set("200,000");
        assertTrue(threshold.commit());
        assertEquals(200_000, gpt().longContext().thresholdTokens());
        assertEquals(2.5, gpt().longContext().inputPrice());
        assertEquals("2.5", tierInput.textProperty().get());
        threshold.textProperty().set("");
        assertTrue(threshold.commit());
        assertNull(gpt().longContext());
    }

    @Test
    void aVolumeWithThousandsSeparatorsIsReadAndABlankValueMeansNoRoi() {
        WorkloadViewModel w = new WorkloadViewModel(session, "document_summariser");
        FormField volume = field(w.basics(), "workloadInferencesPerDay");
        volume.textProperty().set("1,250,000");
        assertTrue(volume.commit());
        assertEquals(1_250_000, session.project().workloads().get(0).inferencesPerDay());
        FormField value = field(w.basics(), "workloadValuePerInference");
        value.textProperty().set(" ");
        assertTrue(value.commit());
        assertNull(session.project().workloads().get(0).valuePerInference());
        volume.textProperty().set("");
        assertFalse(volume.commit());
        assertEquals("Volume is required", volume.errorProperty().get());
    }

    @Test
    void gpuCountsMustBeWholeAndTheRateChoiceIsOneUndoableEdit() {
        session.execute(new com.cp1ki.app.session.Edit("add", p -> NewItems.stack(p, "g5",
                Catalog.bundled().gpuInstances().get(0).toServing())));
        GpuServingViewModel g = new GpuServingViewModel(session, "g5");
        FormField min = field(g.fleet(), "gpuMinInstances");
        min.textProperty().set("1.5");
        assertFalse(min.commit());
        assertEquals("Minimum instances must be a whole number ≥ 0", min.errorProperty().get());
        min.textProperty().set("2");
        assertTrue(min.commit());
        assertEquals(2, ((SelfHostedGpu) session.project().stack("g5").orElseThrow().serving()).minInstances());
        g.rate().valueProperty().set(RateKind.RESERVED_1Y);
        assertEquals(RateKind.RESERVED_1Y, ((SelfHostedGpu) session.project().stack("g5").orElseThrow().serving()).rate());
        assertEquals("Set billed at of stack 'g5' to reserved 1-year", session.undoDescriptionProperty().get());
    }
}
