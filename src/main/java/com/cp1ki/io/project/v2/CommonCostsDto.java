package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Fixed infrastructure, ops overhead, per-request extras and retries of a stack. Money in USD. */
@JsonPropertyOrder({"storageUsdPerMonth", "transferUsdPerMonth", "monitoringUsdPerMonth", "otherFixedUsdPerMonth",
        "engineerHoursPerMonth", "engineerUsdPerHour", "onCallUsdPerMonth", "oneOffCostUsd", "amortisationMonths",
        "retrievalQueriesPerInference", "usdPerRetrievalQuery", "guardrailEvalsPerInference", "usdPerGuardrailEval",
        "processingUsdPer1000Inferences", "failureRate"})
public record CommonCostsDto(Double storageUsdPerMonth, Double transferUsdPerMonth, Double monitoringUsdPerMonth,
                             Double otherFixedUsdPerMonth, Double engineerHoursPerMonth, Double engineerUsdPerHour,
                             Double onCallUsdPerMonth, Double oneOffCostUsd, Double amortisationMonths,
                             Double retrievalQueriesPerInference, Double usdPerRetrievalQuery,
                             Double guardrailEvalsPerInference, Double usdPerGuardrailEval,
                             Double processingUsdPer1000Inferences, Double failureRate) {
}
