package com.cp1ki.app.uncertainty;

import com.cp1ki.app.charts.ChartFormat;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.uncertainty.Output;

/**
 * How the uncertainty views write a followed output's number: money (held in USD) in the display
 * currency at the project's FX rate, volumes per day, multiples, shares. Rounding happens here only.
 */
final class Amounts {
    private final Settings settings;

    Amounts(Settings settings) {
        this.settings = settings;
    }

    /** The number as shown, in the display currency where it is money; "none" when a draw had none. */
    String text(Output.Kind kind, double v) {
        if (!Double.isFinite(v)) {
            return "none";
        }
        return switch (kind) {
            case CP1KI, MONTHLY, MARGIN, BILL -> ChartFormat.money(shown(kind, v), settings.currency());
            case ROI -> ChartFormat.multiple(v);
            case CROSSOVER -> ChartFormat.count(v) + "/day";
            case UNPROFITABLE -> ChartFormat.percent(v);
        };
    }

    /** The number in the unit the views plot it in (money at the FX rate). */
    double shown(Output.Kind kind, double v) {
        return kind.money() ? v * settings.fxRate() : v;
    }

    /** The unit in words, money in the display currency: "INR per 1,000 inferences". */
    String unit(Output.Kind kind) {
        return kind.money() ? kind.unit().replace("USD", settings.currency()) : kind.unit();
    }

    /** An axis tick: compact money ("$1.2k"), volumes, multiples, percentages. */
    String tick(Output.Kind kind, double shownValue) {
        return switch (kind) {
            case CP1KI, MONTHLY, MARGIN, BILL -> Math.abs(shownValue) < 10
                    ? ChartFormat.money(shownValue, settings.currency())
                    : ChartFormat.moneyCompact(shownValue, settings.currency());
            case ROI -> ChartFormat.multiple(shownValue);
            case CROSSOVER -> ChartFormat.compact(shownValue);
            case UNPROFITABLE -> ChartFormat.percent(shownValue);
        };
    }

    /** An input's value as a person reads it: 2.5, 10,000, 0.636. */
    static String input(double v) {
        if (v == Math.rint(v) && Math.abs(v) >= 1) {
            return ChartFormat.count(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
