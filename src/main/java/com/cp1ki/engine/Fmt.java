package com.cp1ki.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Number formatting for explanations, in {@link Locale#ROOT} so a report reads the same on every
 * machine: money at or above $1 to the cent, smaller amounts to three significant digits
 * ("$0.00304", "$0.0085"), inputs as typed ("0.80", "0.636"), counts with grouping ("300,000").
 */
public final class Fmt {
    private Fmt() {
    }

    /** A result in USD: "$912.00", "$0.00304", "-$1.20". */
    public static String usd(double v) {
        return (v < 0 ? "-$" : "$") + amount(Math.abs(v));
    }

    /** A per-user or per-month amount to the cent: "$0.56", "-$10.77". */
    public static String cents(double v) {
        return (v < 0 ? "-$" : "$") + (Double.isFinite(v) ? String.format(Locale.ROOT, "%,.2f", Math.abs(v)) : String.valueOf(Math.abs(v)));
    }

    /** An amount without a currency sign, same rules as {@link #usd}. */
    public static String amount(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        if (a >= 1 || a == 0) {
            return String.format(Locale.ROOT, "%,.2f", v);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3, RoundingMode.HALF_EVEN));
        return atLeastTwoDecimals(d);
    }

    /** An input value as typed (prices, rates): up to six decimals, at least two. "0.80", "0.636", "1,006.50". */
    public static String input(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        BigDecimal d = new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN);
        if (Math.abs(v) < 1e-4 && v != 0) {
            d = new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_EVEN));
        }
        return atLeastTwoDecimals(d);
    }

    /** An input amount in USD as typed (rates, fees, values): "$0.636", "$1.006". */
    public static String usdInput(double v) {
        return (v < 0 ? "-$" : "$") + input(Math.abs(v));
    }

    /** A count: integers with grouping ("1,800"), otherwise up to two decimals ("1,234.5"). */
    public static String count(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        String s = String.format(Locale.ROOT, "%,.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** A plain ratio or multiple, two decimals: "3.29". */
    public static String ratio(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.2f", v) : String.valueOf(v);
    }

    /** A share as a percentage: 0.055 -> "5.5%". */
    public static String pct(double share) {
        return count(Math.round(share * 100 * 100) / 100.0) + "%";
    }

    private static String atLeastTwoDecimals(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() < 2) {
            s = s.setScale(2, RoundingMode.UNNECESSARY);
        }
        String plain = s.toPlainString();
        int dot = plain.indexOf('.');
        String intPart = plain.substring(0, dot);
        boolean neg = intPart.startsWith("-");
        String digits = neg ? intPart.substring(1) : intPart;
        String grouped = String.format(Locale.ROOT, "%,d", Long.parseLong(digits));
        return (neg ? "-" : "") + grouped + plain.substring(dot);
    }
}
