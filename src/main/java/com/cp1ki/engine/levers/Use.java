package com.cp1ki.engine.levers;

/**
 * One stack serving part of a workload in a lever stage: what the engine prices.
 *
 * @param role             what the stack does
 * @param stack            its name
 * @param share            the share of the workload's inferences it serves, in [0, 1]
 * @param inputKeep        the share of each request's input tokens it reads (1 - compression ratio), for
 *                         {@link Role#OWN} and {@link Role#FIRST}; 1 for the compressor
 * @param outputFromInput  for {@link Role#COMPRESSOR}: its output tokens per input token (1 - r); its
 *                         input is the whole prompt. 0 for the other roles (their output is the workload's)
 * @param batch            a managed API's batch share applies (false prices it at batch share 0)
 * @param offPeakShare     a self-hosted fleet's off-peak share b: its peak-to-average P becomes
 *                         max(P x (1 - b), 1); 0 for none
 */
public record Use(Role role, String stack, double share, double inputKeep, double outputFromInput, boolean batch,
                  double offPeakShare) {
}
