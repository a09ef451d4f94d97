package com.cp1ki.app.charts.export;

import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;

import java.util.Locale;

/**
 * The names a client reads on an exported chart, slide or summary. A workload's name is often an
 * identifier ("document_summariser"); a client reads "Document summariser". Names people typed with
 * spaces or capitals ("GPT-4o", "Pro (INR)") are theirs and stay as they are. No toolkit.
 */
public final class ClientNames {

    private ClientNames() {
    }

    /**
     * The readable form of a name: an identifier in lower case with underscores or dashes and no
     * spaces ("document_summariser", "code-review") becomes words with a capital ("Document
     * summariser"); anything else is returned unchanged.
     */
    public static String readable(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        if (!name.matches("[a-z0-9]+([_-][a-z0-9]+)+")) {
            return name;
        }
        String words = name.replace('_', ' ').replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The title of an exported chart: what it shows and for what, in the client's words. */
    public static String title(ChartKind kind, Project project, Report report, ChartOptions o) {
        String w = readable(workload(project, o));
        return switch (kind) {
            case CP1KI -> "Cost per 1,000 inferences by stack: " + w;
            case CROSSOVER -> "Monthly cost by daily volume: " + w + (o.withOps() ? ", with ops overhead"
                    : ", without ops overhead");
            case ROI -> "Return on each inference (value / cost) by stack: " + w;
            case MARGIN -> "Margin per user: plan " + plan(report, o);
            case COST_DISTRIBUTION -> "What each request costs: " + w + " on " + stack(report, project, o);
            case BILL -> "The monthly bill by stack and feature: " + project.name();
            case SCENARIO_CP1KI -> "Cost per 1,000 inferences by stack, base and scenarios: " + w;
            case SCENARIO_CROSSOVER -> "The cheapest stack's monthly cost by daily volume, base and scenarios: " + w;
            case SCENARIO_MARGIN -> "Margin per user, base and scenarios: plan " + plan(report, o);
        };
    }

    /** The workload a per-workload chart shows (the chosen one if it exists, else the first), raw. */
    public static String workload(Project project, ChartOptions o) {
        if (o.workload() != null && project.workload(o.workload()).isPresent()) {
            return o.workload();
        }
        return project.workloads().isEmpty() ? "(no workload)" : project.workloads().get(0).name();
    }

    /** The plan the margin chart shows (the chosen one if it exists, else the first). */
    static String plan(Report report, ChartOptions o) {
        return report.plans().stream().map(PlanResult::plan).filter(p -> p.equals(o.plan())).findFirst()
                .orElse(report.plans().isEmpty() ? "(no plan)" : report.plans().get(0).plan());
    }

    /** The stack the cost distribution shows for the chosen workload. */
    static String stack(Report report, Project project, ChartOptions o) {
        String w = workload(project, o);
        return report.results().stream().filter(r -> r.workload().equals(w)).map(StackResult::stack)
                .filter(s -> s.equals(o.stack())).findFirst()
                .orElse(report.results().stream().filter(r -> r.workload().equals(w)).map(StackResult::stack)
                        .findFirst().orElse("(no stack)"));
    }

    /** A workload's readable name. */
    public static String of(Workload w) {
        return readable(w.name());
    }
}
