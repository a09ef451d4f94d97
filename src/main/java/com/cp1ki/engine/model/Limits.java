package com.cp1ki.engine.model;

/**
 * What one project may hold and how far its volumes may go, so that no project a file or an edit
 * can make exhausts memory or takes minutes to compute (issue 9: 3,000 workloads x 100 stacks ran
 * out of a 2 GB heap; a volume range up to 1e300 made a report take 4.5 minutes). Each limit is
 * far beyond real use and stated in docs/project-file.md.
 */
public final class Limits {
    /** Workloads in one project. */
    public static final int MAX_WORKLOADS = 1_000;
    /** Stacks in one project. */
    public static final int MAX_STACKS = 200;
    /** Plans in one project. */
    public static final int MAX_PLANS = 1_000;
    /** Results (workloads x stacks): each carries a cost distribution and two cost curves. */
    public static final int MAX_RESULTS = 20_000;
    /** Pairs of stacks compared per workload, summed over workloads: each gives two crossovers. */
    public static final int MAX_STACK_PAIRS = 200_000;
    /** Largest volume, inferences/day (ten billion, about 116,000 a second), for workloads and the range. */
    public static final double MAX_VOLUME = 1e10;
    /** Smallest start of the volume range, inferences/day. */
    public static final double MIN_RANGE_START = 1e-3;

    private Limits() {
    }

    /** Checks the counts of a project's parts. */
    static void counts(int workloads, int stacks, int plans) {
        at("workloads", workloads, MAX_WORKLOADS);
        at("stacks", stacks, MAX_STACKS);
        at("plans", plans, MAX_PLANS);
        long results = (long) workloads * stacks;
        if (results > MAX_RESULTS) {
            throw new InvalidInputException("workloads", "a project may have at most " + MAX_RESULTS
                    + " workload-stack results; " + workloads + " workloads x " + stacks + " stacks make " + results);
        }
        long pairs = (long) workloads * stacks * (stacks - 1) / 2;
        if (pairs > MAX_STACK_PAIRS) {
            throw new InvalidInputException("stacks", "a project may compare at most " + MAX_STACK_PAIRS
                    + " pairs of stacks; " + workloads + " workloads x " + stacks + " stacks make " + pairs);
        }
    }

    private static void at(String kind, int n, int max) {
        if (n > max) {
            throw new InvalidInputException(kind, "a project may have at most " + max + " " + kind + ", this one has " + n);
        }
    }

    /** 1e10 as "10,000,000,000". */
    static String text(double v) {
        return String.format(java.util.Locale.ROOT, "%,.0f", v);
    }
}
