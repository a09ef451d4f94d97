package com.cp1ki.engine.drift;

/**
 * Sums of the priced requests of one key (stack, long-context or not, failed or not) over some
 * buckets: requests, tokens, and the modelled cost split by what it pays for. The cost parts are
 * each token kind times the rate of its day, so a period's effective rate is part / tokens.
 */
final class Sums {
    double n;
    double in;
    double cached;
    double write;
    double out;
    /** Cost of uncached input, cache reads, cache writes, output, per-request fees; USD. */
    double costU;
    double costC;
    double costW;
    double costO;
    double costF;
    double billed;
    double billedN;

    void add(Sums o) {
        n += o.n;
        in += o.in;
        cached += o.cached;
        write += o.write;
        out += o.out;
        costU += o.costU;
        costC += o.costC;
        costW += o.costW;
        costO += o.costO;
        costF += o.costF;
        billed += o.billed;
        billedN += o.billedN;
    }

    void subtract(Sums o) {
        n -= o.n;
        in -= o.in;
        cached -= o.cached;
        write -= o.write;
        out -= o.out;
        costU -= o.costU;
        costC -= o.costC;
        costW -= o.costW;
        costO -= o.costO;
        costF -= o.costF;
        billed -= o.billed;
        billedN -= o.billedN;
    }

    double cost() {
        return costU + costC + costW + costO + costF;
    }

    double uncached() {
        return in - cached - write;
    }
}
