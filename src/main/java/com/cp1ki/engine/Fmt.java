package com.cp1ki.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting for explanations, the same on every machine (as {@link java.util.Locale#ROOT}:
 * "." for decimals, "," for thousands): money at or above $1 to the cent, smaller amounts to
 * four significant digits without trailing zeros ("$0.00304", "$0.0085", "$0.0002999"), inputs as typed ("0.80", "0.636"), counts
 * with grouping ("300,000").
 *
 * <p>Hand-rolled rather than {@code String.format}: a report formats thousands of numbers and the
 * workbench recomputes on every keystroke.
 */
public final class Fmt {
    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18};
    /** Above this, amounts are formatted through BigDecimal (long arithmetic would overflow). */
    private static final double LARGE = 1e12;

    private Fmt() {
    }

    /** A result in USD: "$912.00", "$0.00304", "-$1.20" (below $1: four significant digits). */
    public static String usd(double v) {
        return (v < 0 ? "-$" : "$") + amount(Math.abs(v));
    }

    /** A per-user or per-month amount to the cent ("$0.56", "-$10.77"); below 10 cents, three significant digits. */
    public static String cents(double v) {
        double a = Math.abs(v);
        return (v < 0 ? "-$" : "$") + (a >= 0.1 || a == 0 ? fixed(a, 2, 2) : significant(a, 3));
    }

    /** The sign written before an amount of a currency: "$", "€", "£", "₹", "¥", else the code and a space ("CHF "). */
    public static String symbol(String currency) {
        return switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "INR" -> "₹";
            case "JPY" -> "¥";
            default -> currency + " ";
        };
    }

    /** An amount already in {@code currency}, to the cent as {@link #cents}: "₹120.56", "$0.56", "-€3.00". */
    public static String money(double v, String currency) {
        double a = Math.abs(v);
        return (v < 0 ? "-" : "") + symbol(currency) + (a >= 0.1 || a == 0 ? fixed(a, 2, 2) : significant(a, 3));
    }

    /** A volume for sentences: "5,222", "1,868", "12.3 million", "100 million", "2.5 billion". */
    public static String volume(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return fixed(Math.round(v / 1e7) / 100.0, 2, 0) + " billion";
        }
        if (a >= 1e6) {
            double m = v / 1e6;
            return (Math.abs(m) >= 100 ? fixed(Math.round(m), 0, 0) : fixed(Math.round(m * 10) / 10.0, 1, 0)) + " million";
        }
        return fixed(Math.round(v), 0, 0);
    }

    /** A measured quantity: two decimals from 1 up ("67,523.68"), four significant digits below ("0.05331"). */
    public static String number(double v) {
        double a = Math.abs(v);
        return Double.isFinite(v) && a < 1 && a > 0 ? significant(v, 4) : ratio(v);
    }

    /** An amount without a currency sign, same rules as {@link #usd}. */
    public static String amount(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        if (a >= 1 || a == 0) {
            return fixed(v, 2, 2);
        }
        return significant(v, 4);
    }

    /** An input value as typed (prices, rates): up to six decimals, at least two. "0.80", "0.636", "1,006.50". */
    public static String input(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v != 0 && Math.abs(v) < 1e-4) {
            return significant(v, 4);
        }
        return fixed(v, 6, 2);
    }

    /** An input amount in USD as typed (rates, fees, values): "$0.636", "$1.006". */
    public static String usdInput(double v) {
        return (v < 0 ? "-$" : "$") + input(Math.abs(v));
    }

    /** A count: integers with grouping ("1,800"), otherwise up to two decimals ("1,234.5"). */
    public static String count(double v) {
        return Double.isFinite(v) ? fixed(v, 2, 0) : String.valueOf(v);
    }

    /** A plain ratio or multiple, two decimals: "3.29". */
    public static String ratio(double v) {
        return Double.isFinite(v) ? fixed(v, 2, 2) : String.valueOf(v);
    }

    /** A share as a percentage, up to two decimals: 0.055 -> "5.5%". */
    public static String pct(double share) {
        return count(share * 100) + "%";
    }

    /** v rounded half-up to {@code maxDecimals}, trailing zeros dropped down to {@code minDecimals}, grouped. */
    static String fixed(double v, int maxDecimals, int minDecimals) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        if (a * POW10[maxDecimals] >= 9e15 || a >= LARGE) {
            return big(v, maxDecimals, minDecimals);
        }
        long units = Math.round(a * POW10[maxDecimals]);
        long scale = (long) POW10[maxDecimals];
        long whole = units / scale;
        long frac = units % scale;
        int decimals = maxDecimals;
        while (decimals > minDecimals && frac % 10 == 0) {
            frac /= 10;
            decimals--;
        }
        StringBuilder sb = new StringBuilder(24);
        if (v < 0 && units != 0) {
            sb.append('-');
        }
        group(sb, whole);
        if (decimals > 0) {
            sb.append('.');
            String f = Long.toString(frac);
            for (int k = f.length(); k < decimals; k++) {
                sb.append('0');
            }
            sb.append(f);
        }
        return sb.toString();
    }

    /** |v| < 1 to n significant digits, at least two decimals: "0.00304", "0.80". */
    static String significant(double v, int n) {
        double a = Math.abs(v);
        int e = (int) Math.floor(Math.log10(a));
        int decimals = Math.max(2, n - 1 - e);
        if (decimals >= POW10.length) {
            return big(v, decimals, 2);
        }
        long units = Math.round(a * POW10[decimals]);
        if (units >= (long) POW10[n] && decimals > 2) {
            // rounding carried into one more digit: 0.000999 -> 0.00100
            decimals--;
            units = Math.round(a * POW10[decimals]);
        }
        return fixed((v < 0 ? -1 : 1) * units / POW10[decimals], decimals, 2);
    }

    private static void group(StringBuilder sb, long whole) {
        String s = Long.toString(whole);
        int lead = s.length() % 3 == 0 ? 3 : s.length() % 3;
        sb.append(s, 0, lead);
        for (int k = lead; k < s.length(); k += 3) {
            sb.append(',').append(s, k, k + 3);
        }
    }

    private static String big(double v, int maxDecimals, int minDecimals) {
        BigDecimal d = new BigDecimal(Math.abs(v)).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < minDecimals) {
            d = d.setScale(minDecimals, RoundingMode.UNNECESSARY);
        }
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        if (v < 0) {
            sb.append('-');
        }
        StringBuilder g = new StringBuilder();
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        g.append(whole, 0, lead);
        for (int k = lead; k < whole.length(); k += 3) {
            g.append(',').append(whole, k, k + 3);
        }
        sb.append(g);
        if (dot >= 0) {
            sb.append(plain.substring(dot));
        }
        return sb.toString();
    }
}
