package com.cp1ki.engine.report;

/**
 * A monthly cost split into the components the CP1Ki chart stacks. USD/month.
 *
 * @param tokens  API token charges (with cache, batch, tier, fees and retries)
 * @param gpu     GPU instance-hours
 * @param fixed   storage, transfer, monitoring, other
 * @param ops     engineer time, on-call, amortised one-offs
 * @param extras  retrieval, guardrails, processing
 */
public record Breakdown(double tokens, double gpu, double fixed, double ops, double extras) {

    public double total() {
        return tokens + gpu + fixed + ops + extras;
    }
}
