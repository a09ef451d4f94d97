package com.cp1ki.engine.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a project is projected month by month (docs/cost-model.md, "Forecast"). Month 1 is this month,
 * priced as the report prices it; month m has every workload's volume x (1 + g)^(m-1), its tokens per
 * inference x (1 + t)^(m-1), API token prices and GPU hourly rates x (1 - d)^((m-1)/12), and reserved
 * rates held until their term ends, then renewed at the rate of that month.
 *
 * @param months                 length of the projection, {@link #MIN_MONTHS} to {@link #MAX_MONTHS}
 * @param volumeGrowthPerMonth   g: growth of every workload's inferences/day a month (0.05 = 5%), above -1, at most 1
 * @param tokenGrowthPerMonth    t: growth of input and output tokens per inference a month, above -1, at most 1
 * @param apiPriceDeclinePerYear decline of managed APIs' token prices a year (0.9 = 10x cheaper), below 1, at least -1
 * @param gpuRateDeclinePerYear  decline of GPU hourly rates a year, below 1, at least -1
 * @param stacks                 stacks with inputs of their own, each stack once
 */
public record Forecast(int months, double volumeGrowthPerMonth, double tokenGrowthPerMonth,
                       double apiPriceDeclinePerYear, double gpuRateDeclinePerYear, List<StackForecast> stacks) {

    public static final int MIN_MONTHS = 12;
    public static final int MAX_MONTHS = 60;
    /** No forecast set: 24 months, nothing grows or falls. What a project without one holds. */
    public static final Forecast NONE = new Forecast(24, 0, 0, 0, 0, List.of());

    public Forecast {
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new InvalidInputException("forecast months", "forecast months must be from " + MIN_MONTHS + " to "
                    + MAX_MONTHS + ", was " + months);
        }
        checkGrowth("volume growth", volumeGrowthPerMonth);
        checkGrowth("token growth", tokenGrowthPerMonth);
        checkDecline("API price decline", apiPriceDeclinePerYear);
        checkDecline("GPU rate decline", gpuRateDeclinePerYear);
        stacks = List.copyOf(Check.present("forecast stacks", stacks));
        Set<String> seen = new HashSet<>();
        for (StackForecast s : stacks) {
            Check.present("forecast stacks", s);
            if (!seen.add(s.stack())) {
                throw new InvalidInputException("forecast stacks", "the forecast lists stack '" + s.stack()
                        + "' twice; give each stack one entry");
            }
        }
    }

    /** A growth a month: finite, above -100% (which would empty every month), at most +100%. */
    static void checkGrowth(String field, double g) {
        Check.finite(field, g);
        if (g <= -1 || g > 1) {
            throw new InvalidInputException(field, field + " must be above -100% and at most +100% a month, was "
                    + percent(g));
        }
    }

    /** A decline a year: finite, below 100% (a decline of 100% or more makes prices zero or negative), at least -100%. */
    static void checkDecline(String field, double d) {
        Check.finite(field, d);
        if (d >= 1) {
            throw new InvalidInputException(field, field + " must be below 100% a year (a decline of 100% or more would "
                    + "make prices zero or negative), was " + percent(d));
        }
        if (d < -1) {
            throw new InvalidInputException(field, field + " must be at least -100% a year (prices at most doubling), was "
                    + percent(d));
        }
    }

    /** 0.05 as "5%", 0.6666 as "66.67%". */
    public static String percent(double f) {
        String s = String.format(Locale.ROOT, "%.4f", 100 * f).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + "%";
    }

    /** Whether anything moves: some growth or decline is set (else every month equals the report). */
    public boolean moves() {
        if (volumeGrowthPerMonth != 0 || tokenGrowthPerMonth != 0 || apiPriceDeclinePerYear != 0
                || gpuRateDeclinePerYear != 0) {
            return true;
        }
        return stacks.stream().anyMatch(s -> s.priceDeclinePerYear() != null && s.priceDeclinePerYear() != 0);
    }

    /** Volume multiplier of month m: (1 + g)^(m-1). */
    public double volumeFactor(int month) {
        return Math.pow(1 + volumeGrowthPerMonth, month - 1);
    }

    /** Tokens-per-inference multiplier of month m: (1 + t)^(m-1). */
    public double tokenFactor(int month) {
        return Math.pow(1 + tokenGrowthPerMonth, month - 1);
    }

    /** Price multiplier of month m at a decline d a year: (1 - d)^((m-1)/12). */
    public static double declineFactor(double declinePerYear, int month) {
        return Math.pow(1 - declinePerYear, (month - 1) / 12.0);
    }

    /** The entry of a stack, if it has one. */
    public Optional<StackForecast> stack(String name) {
        return stacks.stream().filter(s -> s.stack().equals(name)).findFirst();
    }

    /** The decline a year that applies to a stack: its own, or the forecast's for its serving kind. */
    public double declineOf(Stack s) {
        Double own = stack(s.name()).map(StackForecast::priceDeclinePerYear).orElse(null);
        if (own != null) {
            return own;
        }
        return s.serving() instanceof ManagedApi ? apiPriceDeclinePerYear : gpuRateDeclinePerYear;
    }

    /**
     * Multiplier of a reserved rate of a term in month m: 1 while the current reservation runs (its
     * months left, or the whole term from this month), then the decline factor of the month each
     * renewal starts, held for a term.
     */
    public double reservedFactor(Stack s, int termMonths, int month) {
        int left = stack(s.name()).map(StackForecast::reservedMonthsLeft).orElse(termMonths);
        left = Math.min(left, termMonths);
        if (month <= left) {
            return 1;
        }
        int renewal = left + 1 + termMonths * ((month - left - 1) / termMonths);
        return declineFactor(declineOf(s), renewal);
    }

    /** The first month a reservation of the stack renews (after its months left). */
    public int firstRenewal(Stack s, int termMonths) {
        return Math.min(stack(s.name()).map(StackForecast::reservedMonthsLeft).orElse(termMonths), termMonths) + 1;
    }

    /**
     * Checks that every workload's projected volume stays a volume a workload may have (above 0, at
     * most {@link Limits#MAX_VOLUME}) in every month.
     *
     * @throws InvalidInputException naming the volume growth (or the months) when it does not
     */
    public void checkVolumes(List<Workload> workloads) {
        double f = volumeFactor(months);
        for (Workload w : workloads) {
            double v = w.inferencesPerDay() * f;
            if (v > Limits.MAX_VOLUME || !Double.isFinite(v)) {
                throw new InvalidInputException("volume growth", "at a volume growth of " + percent(volumeGrowthPerMonth)
                        + " a month, workload '" + w.name() + "' would reach " + volumeText(v)
                        + " inferences/day by month " + months + ", above the " + Limits.text(Limits.MAX_VOLUME)
                        + " a volume may be; lower the growth or the months");
            }
            if (!(v > 0)) {
                throw new InvalidInputException("volume growth", "at a volume growth of " + percent(volumeGrowthPerMonth)
                        + " a month, workload '" + w.name() + "' would fall to 0 inferences/day by month " + months
                        + "; raise the growth or lower the months");
            }
        }
    }

    private static String volumeText(double v) {
        return v < 1e13 ? Limits.text(v) : String.format(Locale.ROOT, "%.3g", v);
    }

    /** The forecast without entries for stacks the project does not have, and with a renamed stack's entry following it. */
    public Forecast withStackRenamed(String from, String to) {
        return withStacks(stacks.stream().map(s -> s.stack().equals(from) ? s.withStack(to) : s).toList());
    }

    public Forecast withoutStack(String name) {
        List<StackForecast> out = new ArrayList<>(stacks);
        out.removeIf(s -> s.stack().equals(name));
        return withStacks(out);
    }

    public Forecast withStacks(List<StackForecast> s) {
        return new Forecast(months, volumeGrowthPerMonth, tokenGrowthPerMonth, apiPriceDeclinePerYear,
                gpuRateDeclinePerYear, s);
    }

    public Forecast withMonths(int m) {
        return new Forecast(m, volumeGrowthPerMonth, tokenGrowthPerMonth, apiPriceDeclinePerYear,
                gpuRateDeclinePerYear, stacks);
    }

    /** The stack's entry replaced (or added; removed when empty). */
    public Forecast withStack(StackForecast entry) {
        List<StackForecast> out = new ArrayList<>();
        boolean placed = false;
        for (StackForecast s : stacks) {
            if (s.stack().equals(entry.stack())) {
                placed = true;
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
            } else {
                out.add(s);
            }
        }
        if (!placed && !entry.isEmpty()) {
            out.add(entry);
        }
        return withStacks(out);
    }
}
