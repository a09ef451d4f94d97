package com.cp1ki.app.charts;

/** The workbench's charts: the node id each chart carries, its title, its file stem and its scope. */
public enum ChartKind {
    CP1KI("cp1kiChart", "CP1Ki by stack", "cp1ki", Scope.WORKLOAD),
    CROSSOVER("crossoverChart", "Crossover", "crossover", Scope.WORKLOAD),
    ROI("roiChart", "ROI bands", "roi", Scope.WORKLOAD),
    MARGIN("marginChart", "Plan margins", "margin", Scope.PLAN),
    COST_DISTRIBUTION("costDistributionChart", "Cost distribution", "cost-distribution", Scope.STACK),
    BILL("billChart", "Bill", "bill", Scope.PROJECT),
    LEVERS("leversChart", "Levers", "levers", Scope.STACK),
    FORECAST("forecastChart", "Forecast", "forecast", Scope.WORKLOAD);

    /** What one chart covers: one workload, one workload on one stack, one plan, or the whole product. */
    public enum Scope { WORKLOAD, STACK, PLAN, PROJECT }

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
            case LEVERS -> new LeversChart();
            case FORECAST -> new ForecastChart();
        };
    }
}
