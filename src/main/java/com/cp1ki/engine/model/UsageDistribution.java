package com.cp1ki.engine.model;

/** How many inferences a plan's users run per month. */
public sealed interface UsageDistribution permits LognormalUsage, UserCounts {
}
