package com.cp1ki.cli;

import com.cp1ki.engine.report.RoiBand;
import com.cp1ki.engine.report.StackResult;

import java.util.List;
import java.util.function.Function;

/**
 * The keys of one {@code results[]} entry of the JSON report, which are also the CSV columns, in
 * order. This list is the contract documented in docs/cli.md: add keys at the end, never rename.
 * Values are unrounded; money is USD.
 */
final class ResultColumns {

    /** One key and how to read it from a result: a String, Number, Boolean or null. */
    record Column(String key, Function<StackResult, Object> value) {
    }

    static final List<Column> ALL = List.of(
            new Column("workload", StackResult::workload),
            new Column("stack", StackResult::stack),
            new Column("kind", StackResult::kind),
            new Column("costPerInference", StackResult::costPerInference),
            new Column("cp1ki", StackResult::cp1ki),
            new Column("dailyCost", StackResult::dailyCost),
            new Column("monthlyCost", StackResult::monthlyCost),
            new Column("monthlyInferences", StackResult::monthlyInferences),
            new Column("monthlyTokens", r -> r.monthly().tokens()),
            new Column("monthlyGpu", r -> r.monthly().gpu()),
            new Column("monthlyFixed", r -> r.monthly().fixed()),
            new Column("monthlyOps", r -> r.monthly().ops()),
            new Column("monthlyExtras", r -> r.monthly().extras()),
            new Column("instances", StackResult::instances),
            new Column("utilisation", StackResult::utilisation),
            new Column("roiMultiple", StackResult::roiMultiple),
            new Column("roiBand", r -> label(r.roiBand())),
            new Column("roiMultipleP95", StackResult::roiMultipleP95),
            new Column("roiBandP95", r -> label(r.roiBandP95())),
            new Column("costP50", r -> r.cost().p50()),
            new Column("costP90", r -> r.cost().p90()),
            new Column("costP95", r -> r.cost().p95()),
            new Column("costP99", r -> r.cost().p99()),
            new Column("costMax", r -> r.cost().max()),
            new Column("p95OverP50", StackResult::p95OverP50),
            new Column("tailShare", StackResult::tailShare),
            new Column("meanInputTokens", r -> r.input().mean()),
            new Column("meanOutputTokens", r -> r.output().mean()),
            new Column("valuePerInference", StackResult::valuePerInference),
            new Column("costToValue", StackResult::costToValue),
            new Column("costToValueP95", StackResult::costToValueP95),
            new Column("netValuePerInference", StackResult::netValuePerInference),
            new Column("netValueP95", StackResult::netValueP95),
            new Column("tokenRequests", r -> r.input().count()),
            new Column("tokenPercentilesExact", r -> r.input().exact() && r.output().exact()),
            new Column("inputTokensP50", r -> r.input().p50()),
            new Column("inputTokensP90", r -> r.input().p90()),
            new Column("inputTokensP95", r -> r.input().p95()),
            new Column("inputTokensP99", r -> r.input().p99()),
            new Column("inputTokensMax", r -> r.input().max()),
            new Column("outputTokensP50", r -> r.output().p50()),
            new Column("outputTokensP90", r -> r.output().p90()),
            new Column("outputTokensP95", r -> r.output().p95()),
            new Column("outputTokensP99", r -> r.output().p99()),
            new Column("outputTokensMax", r -> r.output().max()));

    private ResultColumns() {
    }

    static List<String> keys() {
        return ALL.stream().map(Column::key).toList();
    }

    private static String label(RoiBand band) {
        return band == null ? null : band.label();
    }
}
