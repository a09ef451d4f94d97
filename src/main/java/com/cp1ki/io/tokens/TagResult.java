package com.cp1ki.io.tokens;

import com.cp1ki.engine.dist.Summary;
import com.cp1ki.engine.model.TokenDistribution;

/** The rows of one tag value (one AI feature): its own distribution and summaries. */
public record TagResult(String name, long rowsUsed, double weight, TokenDistribution distribution,
                        Summary input, Summary output) {
}
