package com.cp1ki.engine;

import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.Headline.Choice;

/**
 * The headline in words, money in the display currency: "For document_summariser at 10,000
 * inferences/day, Llama 3 70B is cheapest: $1.45 per 1,000 inferences ($435.72 a month) less than
 * Claude Haiku 3.5. It is cheapest above 5,222 inferences/day; Claude Haiku 3.5 is cheaper below."
 * The one place this sentence is written: the CLI and the workbench both show it.
 */
final class AnswerText {
    private AnswerText() {
    }

    static String of(String workload, double volume, double monthlyInferences, Choice ops, Choice noOps,
                     boolean opsMatter, Settings s) {
        StringBuilder b = new StringBuilder("For ").append(workload).append(" at ").append(Fmt.volume(volume))
                .append(" inferences/day");
        boolean inRange = volume >= s.volumeMin() && volume <= s.volumeMax();
        boolean sameWithoutOps = !opsMatter || same(ops, noOps, inRange);
        b.append(sameWithoutOps ? ", " : " (ops overhead included), ");
        cheapest(b, ops, monthlyInferences, s);
        if (inRange) {
            b.append(' ').append(capital(where(ops, s)));
        } else {
            b.append(" (The volume is outside the range the crossover chart covers, ").append(Fmt.volume(s.volumeMin()))
                    .append(" to ").append(Fmt.volume(s.volumeMax())).append(" inferences/day.)");
        }
        if (opsMatter) {
            b.append(sameWithoutOps ? " Ops overhead does not change this."
                    : " Without ops overhead, " + without(noOps, monthlyInferences, inRange, s));
        }
        return b.toString();
    }

    /** "X is cheapest: $a per 1,000 inferences ($b a month) less than Y." */
    private static void cheapest(StringBuilder b, Choice c, double monthlyInferences, Settings s) {
        String per1000 = money(c.monthlyCost() / monthlyInferences * 1000, s);
        if (c.runnerUp() == null && c.tiedWith().isEmpty()) {
            b.append(c.stack()).append(" is the only stack: ").append(per1000).append(" per 1,000 inferences, ")
                    .append(money(c.monthlyCost(), s)).append(" a month.");
            return;
        }
        if (c.runnerUp() == null) {
            b.append(c.stack()).append(" and ").append(String.join(" and ", c.tiedWith())).append(" cost the same: ")
                    .append(per1000).append(" per 1,000 inferences.");
            return;
        }
        b.append(c.stack()).append(" is cheapest");
        if (!c.tiedWith().isEmpty()) {
            b.append(" (").append(String.join(" and ", c.tiedWith())).append(c.tiedWith().size() == 1 ? " costs" : " cost")
                    .append(" the same)");
        }
        b.append(": ").append(money(c.savingPer1000(), s)).append(" per 1,000 inferences (")
                .append(money(c.savingPerMonth(), s)).append(" a month) less than ").append(c.runnerUp()).append('.');
    }

    /** "it is cheapest from 5,222 to 17,280 inferences/day; X is cheaper below, Y above." */
    private static String where(Choice c, Settings s) {
        if (c.cheapestFrom() == null && c.cheapestTo() == null) {
            return "it stays cheapest across the whole volume range (" + Fmt.volume(s.volumeMin()) + " to "
                    + Fmt.volume(s.volumeMax()) + " inferences/day).";
        }
        if (c.cheapestTo() == null) {
            return "it is cheapest above " + Fmt.volume(c.cheapestFrom()) + " inferences/day; " + below(c) + ".";
        }
        if (c.cheapestFrom() == null) {
            return "above " + Fmt.volume(c.cheapestTo()) + " inferences/day " + (c.cheaperAbove() != null
                    ? c.cheaperAbove() + " is cheaper." : "the cheapest stack changes at almost every fleet step.");
        }
        return "it is cheapest from " + Fmt.volume(c.cheapestFrom()) + " to " + Fmt.volume(c.cheapestTo())
                + " inferences/day; " + below(c) + ", " + (c.cheaperAbove() != null ? c.cheaperAbove() + " above"
                : "above, it changes at almost every fleet step") + ".";
    }

    private static String below(Choice c) {
        return c.cheaperBelow() != null ? c.cheaperBelow() + " is cheaper below"
                : "below, the cheapest stack changes at almost every fleet step";
    }

    /** Whether leaving ops out names the same stack, runner-up, saving and band (ties aside). */
    private static boolean same(Choice ops, Choice noOps, boolean inRange) {
        return ops.stack().equals(noOps.stack()) && java.util.Objects.equals(ops.runnerUp(), noOps.runnerUp())
                && close(ops.savingPerMonth(), noOps.savingPerMonth())
                && (!inRange || close(ops.cheapestFrom(), noOps.cheapestFrom()) && close(ops.cheapestTo(), noOps.cheapestTo()));
    }

    private static boolean close(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    /** The answer without ops: "X is cheapest: ... It is cheapest from ...". */
    private static String without(Choice noOps, double monthlyInferences, boolean inRange, Settings s) {
        StringBuilder b = new StringBuilder();
        cheapest(b, noOps, monthlyInferences, s);
        return b + (inRange ? " " + capital(where(noOps, s)) : "");
    }

    private static String capital(String t) {
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String money(double usd, Settings s) {
        return Fmt.money(s.toDisplay(usd), s.currency());
    }
}
