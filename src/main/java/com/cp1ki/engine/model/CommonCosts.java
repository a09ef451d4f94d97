package com.cp1ki.engine.model;

/**
 * The costs every stack has beside its serving: fixed infrastructure, ops overhead, per-request
 * extras and failure retries. All money in USD.
 *
 * @param storagePerMonth          USD/month
 * @param transferPerMonth         USD/month
 * @param monitoringPerMonth       USD/month
 * @param otherFixedPerMonth       USD/month
 * @param engineerHoursPerMonth    hours/month of engineering time to run the stack
 * @param engineerHourlyRate       USD/hour
 * @param onCallPerMonth           USD/month
 * @param oneOffCost               USD, one-off (fine-tuning, training, setup)
 * @param amortisationMonths       months over which the one-off cost is spread (> 0)
 * @param retrievalQueriesPerInference retrieval queries per inference
 * @param costPerRetrievalQuery    USD per retrieval query
 * @param guardrailEvalsPerInference guardrail evaluations per inference
 * @param costPerGuardrailEval     USD per evaluation
 * @param processingPer1000        USD per 1,000 inferences of pre/post-processing
 * @param failureRate              share of attempts that fail and are retried, in [0, 1)
 */
public record CommonCosts(double storagePerMonth, double transferPerMonth, double monitoringPerMonth,
                          double otherFixedPerMonth, double engineerHoursPerMonth, double engineerHourlyRate,
                          double onCallPerMonth, double oneOffCost, double amortisationMonths,
                          double retrievalQueriesPerInference, double costPerRetrievalQuery,
                          double guardrailEvalsPerInference, double costPerGuardrailEval,
                          double processingPer1000, double failureRate) {

    public static final CommonCosts NONE = new CommonCosts(0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0);

    public CommonCosts {
        Check.nonNegative("storage", storagePerMonth);
        Check.nonNegative("data transfer", transferPerMonth);
        Check.nonNegative("monitoring", monitoringPerMonth);
        Check.nonNegative("other fixed cost", otherFixedPerMonth);
        Check.nonNegative("engineer hours", engineerHoursPerMonth);
        Check.nonNegative("engineer hourly rate", engineerHourlyRate);
        Check.nonNegative("on-call cost", onCallPerMonth);
        Check.nonNegative("one-off cost", oneOffCost);
        Check.positive("amortisation months", amortisationMonths);
        Check.nonNegative("retrieval queries per inference", retrievalQueriesPerInference);
        Check.nonNegative("cost per retrieval query", costPerRetrievalQuery);
        Check.nonNegative("guardrail evaluations per inference", guardrailEvalsPerInference);
        Check.nonNegative("cost per guardrail evaluation", costPerGuardrailEval);
        Check.nonNegative("processing cost per 1,000 inferences", processingPer1000);
        Check.belowOne("failure rate", failureRate);
    }

    /** Storage + transfer + monitoring + other, USD/month. */
    public double fixedPerMonth() {
        return storagePerMonth + transferPerMonth + monitoringPerMonth + otherFixedPerMonth;
    }

    /** Engineer time + on-call + amortised one-offs, USD/month. */
    public double opsPerMonth() {
        return engineerHoursPerMonth * engineerHourlyRate + onCallPerMonth + oneOffCost / amortisationMonths;
    }

    /** Retrieval + guardrails + processing, USD per inference. */
    public double extrasPerInference() {
        return retrievalQueriesPerInference * costPerRetrievalQuery
                + guardrailEvalsPerInference * costPerGuardrailEval
                + processingPer1000 / 1000.0;
    }

    /** Expected attempts per inference: 1 / (1 - failure rate). */
    public double retryFactor() {
        return 1.0 / (1.0 - failureRate);
    }
}
