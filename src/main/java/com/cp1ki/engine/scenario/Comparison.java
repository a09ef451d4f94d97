package com.cp1ki.engine.scenario;

import com.cp1ki.engine.report.OverrideProblem;

import java.util.List;

/**
 * The side-by-side table of a project's base and its scenarios (docs/cost-model.md, "Scenarios"):
 * one row per number, one cell per column (the base first, then each scenario in project order),
 * each scenario's cell with its delta against the base. Every value is read from the column's own
 * {@code Report}; nothing is computed here that the report does not hold, except the deltas.
 * Money in USD.
 *
 * @param columns  "Base", then the scenarios' names
 * @param rows     in section order, then in the order the items first appear (base first)
 * @param problems every scenario's overrides that could not apply (flagged beside the table)
 */
public record Comparison(List<String> columns, List<Row> rows, List<OverrideProblem> problems) {

    public Comparison {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** What a row measures; {@link #key()} is the JSON and CSV name. */
    public enum Section {
        /** CP1Ki of a workload on a stack alone (USD per 1,000 inferences) */
        CP1KI("cp1ki", "CP1Ki", "USD/1k"),
        /** the monthly cost of a workload on a stack alone (USD/month) */
        MONTHLY("monthly", "monthly cost", "USD/month"),
        /** the stack with the lowest CP1Ki for a workload (text) */
        CHEAPEST("cheapest", "cheapest stack", "stack"),
        /** the volume above which the cheaper of two stacks stays cheaper, ops included (inferences/day) */
        CROSSOVER("crossover", "stable crossover", "inferences/day"),
        /** the mean ROI multiple of a workload on a stack, with its band as text */
        ROI("roi", "ROI multiple", "x"),
        /** the portfolio's whole monthly bill (USD/month) */
        BILL("bill", "monthly bill", "USD/month"),
        /** a feature's allocated monthly cost in the portfolio (USD/month) */
        FEATURE("feature", "feature monthly cost", "USD/month"),
        /** a plan's gross margin (% of revenue) */
        PLAN_MARGIN("planMargin", "plan gross margin", "%"),
        /** the share of a plan's users who cost more than they pay (%) */
        PLAN_UNPROFITABLE("planUnprofitable", "unprofitable users", "%");

        private final String key;
        private final String label;
        private final String unit;

        Section(String key, String label, String unit) {
            this.key = key;
            this.label = label;
            this.unit = unit;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public String unit() {
            return unit;
        }
    }

    /**
     * One number across the columns.
     *
     * @param section what it measures (and its unit)
     * @param item    what it is of: "workload / stack", "workload", "workload: a vs b", a feature or plan name
     * @param cells   one per column, the base's first
     */
    public record Row(Section section, String item, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** Whether any scenario's cell differs from the base's. */
        public boolean changed() {
            return cells.stream().skip(1).anyMatch(Cell::changed);
        }
    }

    /**
     * One column's value of a row.
     *
     * @param value    the number (null when the column has no such number: a stack disabled, no crossing,
     *                 no value per inference, a text row)
     * @param text     the text of a text row (the cheapest stack's name, an ROI band), else null
     * @param delta    value minus the base's value (null for the base, and when either is null)
     * @param deltaPct 100 x delta / |base value| (null also when the base value is 0)
     * @param changed  whether this cell differs from the base's (value or text); false for the base
     */
    public record Cell(Double value, String text, Double delta, Double deltaPct, boolean changed) {
    }
}
