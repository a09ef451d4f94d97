package com.cp1ki.engine.drift;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.Warning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Actuals and drift: the CP1Ki of each feature of a request log, bucket by bucket, priced with the
 * project's stacks, judged by a drift rule, each judged change split into its drivers, and the last
 * days held against the plan. The one public entry point of {@code engine.drift}; pure (no I/O,
 * threads or clocks): the log's aggregates in, a {@link DriftReport} out.
 */
public final class Drift {
    private Drift() {
    }

    /**
     * Analyses a log against a project.
     *
     * @param project   the project whose API stacks price the log and whose workloads are the plan
     * @param log       the log's aggregates (io.tokens reads them)
     * @param settings  the rule and the model and feature mappings
     * @param prices    the price of each stack on each day ({@link PriceBook#PROJECT} for the project's own)
     */
    public static DriftReport analyse(Project project, LogData log, DriftSettings settings, PriceBook prices) {
        Resolution res = new Resolution(project, log, settings);
        List<String> notes = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        double[] perModel = new double[log.models().size()];
        for (LogCell c : log.cells()) {
            first = Math.min(first, c.bucket());
            last = Math.max(last, c.bucket());
            perModel[c.model()] += c.requests();
        }
        List<ModelUse> models = new ArrayList<>();
        for (int m = 0; m < perModel.length; m++) {
            models.add(new ModelUse(log.models().get(m), res.modelStack[m] == null ? null : res.modelStack[m].name(),
                    res.modelHow[m], perModel[m], res.modelSuggestion[m]));
        }
        models.sort(Comparator.comparingDouble(ModelUse::requests).reversed());
        DriftRule rule = settings.rule();
        List<FeatureDrift> features = new ArrayList<>();
        if (!log.isEmpty()) {
            long span = last - first + 1;
            if (span > 400_000) {
                throw new IllegalArgumentException("the log spans " + span + " " + log.granularity().name().toLowerCase()
                        + " buckets; at most 400,000 are analysed (check the timestamps)");
            }
            Series[] series = Series.of(log, res, project.stacks(), prices, first, (int) span, notes);
            Report report = CostEngine.report(project, CostEngine.Detail.NOW);
            for (int f = 0; f < series.length; f++) {
                Series s = series[f];
                List<DriftPoint> points = new Judge(s, rule, log.granularity(), prices).points();
                Sums[] all = Periods.sum(s, 0, s.buckets - 1, x -> true);
                ActualVsPlan plan = Plans.of(log.features().get(f), res.featureWorkload[f], s, rule.baseline(),
                        log.granularity(), project, report);
                features.add(new FeatureDrift(log.features().get(f), points, Periods.cost(all),
                        log.costColumn() ? Periods.billed(all) : null, Periods.modelledOfBilled(all), plan));
            }
        }
        List<Warning> warnings = new ArrayList<>();
        for (ModelUse u : models) {
            if (!u.priced()) {
                warnings.add(new Warning("model-unpriced", u.model(), unpricedMessage(u)));
            }
        }
        for (String n : notes) {
            warnings.add(new Warning("tier-unknown", "long-context tier", n));
        }
        return new DriftReport(log.granularity(), log.zone(), rule, log.isEmpty() ? Long.MIN_VALUE : first,
                log.isEmpty() ? Long.MIN_VALUE : last, features, models, warnings);
    }

    private static String unpricedMessage(ModelUse u) {
        String why = switch (u.how()) {
            case "ambiguous" -> "several stacks have this model; map it to one";
            case "selfHosted" -> "it maps to a self-hosted stack, which has no per-token price";
            case "unknownStack" -> "it is mapped to a stack the project does not have";
            default -> "no stack has this model" + (u.suggestion() == null ? "; map it to one"
                    : "; it looks like a dated id of " + u.suggestion() + ": map it explicitly");
        };
        return Fmt.count(u.requests()) + " requests of " + u.model() + " are not priced (left out of every CP1Ki): "
                + why + ".";
    }
}
