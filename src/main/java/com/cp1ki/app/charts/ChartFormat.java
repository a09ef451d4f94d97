package com.cp1ki.app.charts;

import java.util.Locale;

/**
 * How charts write numbers: compact volumes for log axes (100, 1k, 10k, 1M), money in the display
 * currency, plain counts. Rounding happens here, only for what is shown.
 */
public final class ChartFormat {

    private ChartFormat() {
    }

    /** The symbol shown before an amount in a currency ("$" for USD; the code and a space otherwise). */
    public static String symbol(String currency) {
        return com.cp1ki.engine.Fmt.symbol(currency);
    }

    /** 100, 2.5k, 10k, 1M, 1.2B: for volumes on axes and in labels. */
    public static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return trim(v / 1e9) + "B";
        }
        if (a >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        if (a >= 1e3) {
            return trim(v / 1e3) + "k";
        }
        if (a >= 1 || a == 0) {
            return trim(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /** Compact money for axis ticks: $100, $1k, $0.01. */
    public static String moneyCompact(double v, String currency) {
        String s = symbol(currency);
        return v < 0 ? "-" + s + compact(-v) : s + compact(v);
    }

    /** Money with two decimals (3 significant digits under ten cents) and thousands separators: $2,550.00, $0.00304. */
    public static String money(double v, String currency) {
        String s = symbol(currency);
        double a = Math.abs(v);
        String body;
        if (a != 0 && a < 0.1) {
            body = String.format(Locale.ROOT, "%.3g", a);
        } else {
            body = String.format(Locale.ROOT, "%,.2f", a);
        }
        return (v < 0 ? "-" : "") + s + body;
    }

    /** A count with thousands separators and no decimals: 12,000. */
    public static String count(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** A multiple such as an ROI: 12.3x, 0.45x. */
    public static String multiple(double v) {
        return (Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%.3g", v)) + "x";
    }

    /** A share as a percentage: 0.123 -> 12.3%. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** Tick labels of a number axis written by {@code f} (axis labels are never parsed back). */
    public static javafx.util.StringConverter<Number> axisLabels(java.util.function.DoubleFunction<String> f) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return f.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String t) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        };
    }

    /** A number for CSV: unrounded apart from float noise (10 significant digits), no separators. */
    public static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }

    /** Breaks a name at spaces into lines of at most about {@code width} characters (for category labels). */
    public static String wrap(String name, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : name.split(" ")) {
            if (line > 0 && line + 1 + word.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }

    private static String trim(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        String s = String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
