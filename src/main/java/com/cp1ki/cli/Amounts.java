package com.cp1ki.cli;

import com.cp1ki.engine.model.Settings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Display formatting for people (the markdown report): money to cents, or to 5 significant digits
 * below one cent, with the display currency beside USD. Machines get unrounded values instead.
 * Output does not depend on the machine's locale.
 */
final class Amounts {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private final Settings settings;

    Amounts(Settings settings) {
        this.settings = settings;
    }

    /** USD to cents ("$2,550.00"), or 5 significant digits below $0.01 ("$0.00304"). */
    static String usd(double usd) {
        return money("$", usd, Math.abs(usd));
    }

    /** A USD amount, followed by its display-currency value when the project's currency is not USD. */
    String money(double usd) {
        String s = usd(usd);
        if (showsOtherCurrency()) {
            s += " (" + money(settings.currency() + " ", settings.toDisplay(usd), Math.abs(usd)) + ")";
        }
        return s;
    }

    /**
     * A per-inference or per-request amount: 5 significant digits below $1 (so $0.0131 does not
     * collapse to $0.01), to the cent from $1 up; the display currency beside it as in {@link #money}.
     */
    String perInference(double usd) {
        double m = Math.abs(usd) < 1 ? 0 : Math.abs(usd);
        String s = money("$", usd, m);
        if (showsOtherCurrency()) {
            s += " (" + money(settings.currency() + " ", settings.toDisplay(usd), m) + ")";
        }
        return s;
    }

    String currency() {
        return settings.currency();
    }

    boolean showsOtherCurrency() {
        return !"USD".equalsIgnoreCase(settings.currency());
    }

    /** A count or volume with thousands separators and at most two decimals ("12,345", "1,234.5"). */
    static String count(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return new DecimalFormat("#,##0.##", SYMBOLS).format(v);
    }

    /** A volume in inferences: whole numbers from 100 up ("12,345"), two decimals below. */
    static String volume(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return new DecimalFormat(Math.abs(v) >= 100 ? "#,##0" : "#,##0.##", SYMBOLS).format(v);
    }

    /** A share in [0, 1] as a percentage with one decimal ("5.2%"). */
    static String percent(double share) {
        if (!Double.isFinite(share)) {
            return "n/a";
        }
        return new DecimalFormat("#,##0.0", SYMBOLS).format(share * 100) + "%";
    }

    /** A plain ratio with two decimals ("2.80"). */
    static String ratio(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return new DecimalFormat("#,##0.00", SYMBOLS).format(v);
    }

    /** Rounds {@code v} to cents, or to 5 significant digits when the USD amount is below one cent. */
    private static String money(String prefix, double v, double usdMagnitude) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        String sign = v < 0 ? "-" : "";
        double a = Math.abs(v);
        if (a == 0 || usdMagnitude >= 0.01) {
            return sign + prefix + new DecimalFormat("#,##0.00", SYMBOLS).format(a);
        }
        BigDecimal small = new BigDecimal(a).round(new MathContext(5, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return sign + prefix + small.toPlainString();
    }
}
