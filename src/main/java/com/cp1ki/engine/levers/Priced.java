package com.cp1ki.engine.levers;

import com.cp1ki.engine.report.Breakdown;

/**
 * What one {@link Use} costs a month, as the engine priced it. USD.
 *
 * @param use          what was priced
 * @param monthlyServed  requests it serves a month: share x the workload's monthly inferences
 * @param usage        its serving cost: tokens (API) or GPU (fleet), and its per-request extras; no fixed or ops
 * @param fixed        the stack's fixed cost a month (counted once per stage, however many uses)
 * @param ops          the stack's ops cost a month (likewise)
 * @param meanIn       mean input tokens of a request it serves
 * @param meanOut      mean output tokens of a request it serves
 * @param meanRequest  API: E[request(I, O)] at those tokens, before retries; NaN for a fleet
 * @param retry        the stack's retry factor
 * @param extras       the stack's extras per request it serves
 * @param fleet        the fleet, or null for a managed API
 */
public record Priced(Use use, double monthlyServed, Breakdown usage, double fixed, double ops, double meanIn, double meanOut,
                     double meanRequest, double retry, double extras, Fleet fleet) {
}
