package com.cp1ki.app.session;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Serving;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * Projects with one new item appended, as the outline's Add commands create them. The starting
 * values are placeholders the user is expected to edit, chosen to be valid and visible in charts:
 * a workload of 1,000 inferences/day at 1,000 input and 250 output tokens worth about USD 0.05 per
 * inference; a plan at about USD 20 per user with usage median 300 and p95 1,500 inferences per
 * month. Money is set as a round amount in the project's display currency (a plan at 1,700 in an
 * INR project at 84.2 per USD, not 20 rupees), converted to the units the file keeps.
 */
public final class NewItems {

    /** A new workload's value per inference, USD, before rounding in the display currency. */
    static final double VALUE_USD = 0.05;
    /** A new plan's price per user per month, USD, before rounding in the display currency. */
    static final double PLAN_PRICE_USD = 20;

    private NewItems() {
    }

    /** {@code usd} in the display currency, rounded to two significant digits: 20 USD is 1,700 INR at 84.2. */
    static double roundDisplay(double usd, Settings s) {
        double v = s.toDisplay(usd);
        if (!(v > 0)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(2, java.math.RoundingMode.HALF_UP)).doubleValue();
    }

    public static Project workload(Project p, String name) {
        List<Workload> l = new ArrayList<>(p.workloads());
        Settings s = p.settings();
        l.add(new Workload(name, 1000, new TypedMeans(1000, 250), s.toUsd(roundDisplay(VALUE_USD, s)), 1.0));
        return p.withWorkloads(l);
    }

    public static Project stack(Project p, String name, Serving serving) {
        List<Stack> l = new ArrayList<>(p.stacks());
        l.add(new Stack(name, true, serving, CommonCosts.NONE));
        return p.withStacks(l);
    }

    public static Project plan(Project p, String name) {
        List<Plan> l = new ArrayList<>(p.plans());
        l.add(new Plan(name, roundDisplay(PLAN_PRICE_USD, p.settings()), null, 0, List.of(p.workloads().get(0).name()), p.stacks().get(0).name(),
                new LognormalUsage(300, 1500), null));
        return p.withPlans(l);
    }
}
