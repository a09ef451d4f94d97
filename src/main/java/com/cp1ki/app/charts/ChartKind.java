package com.cp1ki.app.charts;

/** The workbench's charts: the node id each chart carries, its title, its file stem and its scope. */
public enum ChartKind {
    CP1KI("cp1kiChart", "CP1Ki by stack", "cp1ki", Scope.WORKLOAD),
    CROSSOVER("crossoverChart", "Crossover", "crossover", Scope.WORKLOAD),
    ROI("roiChart", "ROI bands", "roi", Scope.WORKLOAD),
    MARGIN("marginChart", "Plan margins", "margin", Scope.PLAN),
    COST_DISTRIBUTION("costDistributionChart", "Cost distribution", "cost-distribution", Scope.STACK),
    BILL("billChart", "Bill", "bill", Scope.PROJECT),
    /** CP1Ki of one workload by stack, one bar per scenario (the scenario charts window). */
    SCENARIO_CP1KI("scenarioCp1kiChart", "CP1Ki by scenario", "scenarios-cp1ki", Scope.SCENARIOS),
    /** The cheapest stack's monthly cost against volume, one curve per scenario, crossovers marked. */
    SCENARIO_CROSSOVER("scenarioCrossoverChart", "Crossover by scenario", "scenarios-crossover", Scope.SCENARIOS),
    /** A plan's margin per user against usage, one curve per scenario. */
    SCENARIO_MARGIN("scenarioMarginChart", "Margins by scenario", "scenarios-margin", Scope.SCENARIOS);

    /**
     * What one chart covers: one workload, one workload on one stack, one plan, the whole product,
     * or the base and every scenario side by side (drawn from {@link ChartOptions#scenarios()}).
     */
    public enum Scope { WORKLOAD, STACK, PLAN, PROJECT, SCENARIOS }

    /** The charts of the main window's chart tabs, in tab order (the scenario charts have a window of their own). */
    public static java.util.List<ChartKind> inPane() {
        return java.util.Arrays.stream(values()).filter(k -> k.scope != Scope.SCENARIOS).toList();
    }

    /** The scenario charts, in tab order. */
    public static java.util.List<ChartKind> scenarioCharts() {
        return java.util.Arrays.stream(values()).filter(k -> k.scope == Scope.SCENARIOS).toList();
    }

    private final String id;
    private final String title;
    private final String fileStem;
    private final Scope scope;

    ChartKind(String id, String title, String fileStem, Scope scope) {
        this.id = id;
        this.title = title;
        this.fileStem = fileStem;
        this.scope = scope;
    }

    /** The chart node's id, e.g. "cp1kiChart" (look up as #cp1kiChart). */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String fileStem() {
        return fileStem;
    }

    public Scope scope() {
        return scope;
    }

    /** A fresh adapter for this kind of chart. */
    public ChartAdapter newAdapter() {
        return switch (this) {
            case CP1KI -> new Cp1kiChart();
            case CROSSOVER -> new CrossoverChart();
            case ROI -> new RoiChart();
            case MARGIN -> new MarginChart();
            case COST_DISTRIBUTION -> new CostDistributionChart();
            case BILL -> new BillChart();
            case SCENARIO_CP1KI -> new ScenarioCp1kiChart();
            case SCENARIO_CROSSOVER -> new ScenarioCrossoverChart();
            case SCENARIO_MARGIN -> new ScenarioMarginChart();
        };
    }
}
