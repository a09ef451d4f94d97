package com.cp1ki.app.editor.stack;

import com.cp1ki.app.editor.EditorViewModel;
import com.cp1ki.app.form.FieldSet;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Rule;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.CommonCosts;

import java.util.List;

/** The costs every stack has: fixed infrastructure, ops overhead, per-request extras, retries. */
public final class CommonCostsViewModel extends EditorViewModel {

    private static final String PM = "USD / month";
    private final List<FormField> fixed;
    private final List<FormField> ops;
    private final List<FormField> extras;

    /** @param stack the stack's current name (it follows a rename) */
    public CommonCostsViewModel(ProjectSession session, java.util.function.Supplier<String> stack) {
        super(session);
        FieldSet<CommonCosts> f = fields(Targets.common(stack), "common");
        fixed = List.of(
                f.number("storagePerMonth", "Storage", PM, "Storage for models, indexes and logs.", Rule.NON_NEGATIVE),
                f.number("transferPerMonth", "Data transfer", PM, "Network egress and data transfer.", Rule.NON_NEGATIVE),
                f.number("monitoringPerMonth", "Monitoring", PM, "Monitoring, logging and tracing services.", Rule.NON_NEGATIVE),
                f.number("otherFixedPerMonth", "Other fixed", PM, "Any other fixed monthly infrastructure.", Rule.NON_NEGATIVE));
        ops = List.of(
                f.number("engineerHoursPerMonth", "Engineer time", "h / month", "Hours per month of engineering to run the stack.", Rule.NON_NEGATIVE),
                f.number("engineerHourlyRate", "Hourly rate", "USD / h", "Loaded cost of one engineering hour.", Rule.NON_NEGATIVE),
                f.number("onCallPerMonth", "On-call", PM, "On-call cost per month.", Rule.NON_NEGATIVE),
                f.number("oneOffCost", "One-off cost", "USD", "Fine-tuning, training or setup, spread over the amortisation months.", Rule.NON_NEGATIVE),
                f.number("amortisationMonths", "Amortisation", "months", "Months over which the one-off cost is spread.", Rule.POSITIVE));
        extras = List.of(
                f.number("retrievalQueriesPerInference", "Retrieval queries", "per inference", "Vector or search queries per inference.", Rule.NON_NEGATIVE),
                f.number("costPerRetrievalQuery", "Retrieval query price", "USD / query", "Price of one retrieval query.", Rule.NON_NEGATIVE),
                f.number("guardrailEvalsPerInference", "Guardrail evaluations", "per inference", "Safety or quality checks per inference.", Rule.NON_NEGATIVE),
                f.number("costPerGuardrailEval", "Guardrail price", "USD / eval", "Price of one guardrail evaluation.", Rule.NON_NEGATIVE),
                f.number("processingPer1000", "Processing", "USD / 1k inferences", "Pre- and post-processing per 1,000 inferences.", Rule.NON_NEGATIVE),
                f.percent("failureRate", "Failure rate", "Share of attempts that fail and are retried; every per-attempt cost scales by 1 / (1 − rate).", Rule.PERCENT_BELOW_100));
    }

    public List<FormField> fixed() {
        return fixed;
    }

    public List<FormField> ops() {
        return ops;
    }

    public List<FormField> extras() {
        return extras;
    }
}
