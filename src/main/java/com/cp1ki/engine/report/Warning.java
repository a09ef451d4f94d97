package com.cp1ki.engine.report;

/**
 * A warning reported beside the numbers.
 *
 * @param code     stable identifier, e.g. "fleet-underused", "demand-at-ceiling", "throughput-unset"
 * @param subject  what it is about, e.g. "Llama 3 70B / document_summariser"
 * @param message  a sentence for the user
 */
public record Warning(String code, String subject, String message) {
}
