package com.cp1ki.app.charts;

import com.cp1ki.engine.forecast.ForecastEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.ForecastReport;

import java.util.Locale;

/** What the forecast's fan is, in one line for a chart's title, the explanation and exports. */
final class FanText {

    private FanText() {
    }

    /**
     * "Shaded: P10-P90 under the ranged forecast rates, n = 1,000, seed = 42", or that it is being
     * drawn, or why it could not be.
     */
    static String title(Project p, ForecastReport f) {
        ForecastReport.FanInfo fan = f.fan();
        if (fan == null) {
            return String.format(Locale.ROOT, "Drawing the P10-P90 band under the ranged forecast rates"
                    + " (n = %,d, seed = %d)…", ForecastEngine.fanDraws(p), p.uncertainty().seed());
        }
        if (!fan.drawn()) {
            return "No P10-P90 band. " + fan.problem();
        }
        return String.format(Locale.ROOT, "Shaded: P10-P90 under the ranged forecast rates only (%s), n = %,d, seed = %d",
                rates(fan), fan.draws(), fan.seed());
    }

    /** The ranged rates in words: "growth, API prices". */
    private static String rates(ForecastReport.FanInfo fan) {
        return String.join(", ", fan.ranged().stream().map(FanText::rate).toList());
    }

    private static String rate(String field) {
        return switch (field) {
            case "forecast.volumeGrowthPerMonth" -> "growth";
            case "forecast.tokenGrowthPerMonth" -> "tokens";
            case "forecast.apiPriceDeclinePerYear" -> "API prices";
            case "forecast.gpuRateDeclinePerYear" -> "GPU rates";
            default -> field.startsWith("forecast.stacks[") ? field.substring("forecast.stacks[".length(),
                    field.indexOf(']')) + " prices" : field;
        };
    }
}
