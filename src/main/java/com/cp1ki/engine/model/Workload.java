package com.cp1ki.engine.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One AI feature: its volume, token profile, value and traffic shape, and the stacks that serve it
 * in production.
 *
 * @param name               unique within the project, e.g. "document_summariser"
 * @param inferencesPerDay   volume, inferences/day (> 0, at most {@link Limits#MAX_VOLUME})
 * @param tokens             typed means or a distribution
 * @param valuePerInference  USD of business value per inference, or null when not set (no ROI)
 * @param peakToAverage      peak hourly load / mean hourly load (>= 1; default 1)
 * @param routing            the stacks that serve it in production with their shares (each stack
 *                           once, shares adding up to 1 within {@link #SHARE_TOLERANCE}); empty:
 *                           the workload is not in the portfolio
 */
public record Workload(String name, double inferencesPerDay, TokenProfile tokens, Double valuePerInference,
                       double peakToAverage, List<Route> routing) {

    /** How far routing shares may add up away from 1 (0.05 percentage points, for typed rounding). */
    public static final double SHARE_TOLERANCE = 5e-4;

    public Workload {
        Check.name("workload name", name);
        Check.volume("inferences per day", inferencesPerDay);
        Check.present("token profile", tokens);
        if (valuePerInference != null) {
            Check.nonNegative("value per inference", valuePerInference);
        }
        Check.finite("peak-to-average", peakToAverage);
        if (peakToAverage < 1) {
            throw new InvalidInputException("peak-to-average", "peak-to-average must be >= 1, was " + peakToAverage);
        }
        routing = List.copyOf(Check.present("routing", routing));
        checkRouting(name, routing);
    }

    /** A workload that is not routed (not in the portfolio). */
    public Workload(String name, double inferencesPerDay, TokenProfile tokens, Double valuePerInference,
                    double peakToAverage) {
        this(name, inferencesPerDay, tokens, valuePerInference, peakToAverage, List.of());
    }

    private static void checkRouting(String name, List<Route> routing) {
        double sum = 0;
        // a short routing is scanned, not hashed: a Monte Carlo draw that moves a workload's numbers
        // copies it thousands of times a second (a long one, from a file, is hashed)
        Set<String> seen = routing.size() > Names.SCAN ? new HashSet<>() : null;
        for (int i = 0; i < routing.size(); i++) {
            Route r = Check.present("routing", routing.get(i));
            if (seen != null ? !seen.add(r.stack()) : repeats(routing, i)) {
                throw new InvalidInputException("routing", "workload '" + name + "' routes to stack '" + r.stack()
                        + "' twice; give each stack one share");
            }
            sum += r.share();
        }
        if (!routing.isEmpty() && Math.abs(sum - 1) > SHARE_TOLERANCE) {
            throw new InvalidInputException("routing shares", "the routing shares of workload '" + name
                    + "' add up to " + Route.percent(sum) + "; they must add up to 100%");
        }
    }

    /** Whether route {@code i} goes to the stack of an earlier route. */
    private static boolean repeats(List<Route> routing, int i) {
        for (int j = 0; j < i; j++) {
            if (routing.get(j).stack().equals(routing.get(i).stack())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the workload is in the portfolio (it has routing). */
    public boolean routed() {
        return !routing.isEmpty();
    }

    /** The share routed to {@code stack} (0 when it has no route there). */
    public double shareOn(String stack) {
        for (Route r : routing) {
            if (r.stack().equals(stack)) {
                return r.share();
            }
        }
        return 0;
    }

    public Workload withVolume(double perDay) {
        return new Workload(name, perDay, tokens, valuePerInference, peakToAverage, routing);
    }

    public Workload withTokens(TokenProfile t) {
        return new Workload(name, inferencesPerDay, t, valuePerInference, peakToAverage, routing);
    }

    public Workload withName(String n) {
        return new Workload(n, inferencesPerDay, tokens, valuePerInference, peakToAverage, routing);
    }

    public Workload withRouting(List<Route> r) {
        return new Workload(name, inferencesPerDay, tokens, valuePerInference, peakToAverage, r);
    }

    /** The routing with stack {@code from} renamed to {@code to} (a stack rename). */
    public Workload withRoutedStackRenamed(String from, String to) {
        if (routing.stream().noneMatch(r -> r.stack().equals(from))) {
            return this;
        }
        return withRouting(routing.stream().map(r -> r.stack().equals(from) ? new Route(to, r.share()) : r).toList());
    }

    /**
     * Sets the share of the route to {@code stack} and keeps the total at 100%: the last other
     * route takes the difference (the routing editor's rule, so each typed share is one valid edit).
     *
     * @throws InvalidInputException when there is no such route, no other route to take the rest,
     *                               or the other route would fall below 0%
     */
    public Workload withShare(String stack, double share) {
        Check.share("routing share", share);
        int at = indexOf(stack);
        if (routing.size() == 1) {
            if (Math.abs(share - 1) > SHARE_TOLERANCE) {
                throw new InvalidInputException("routing shares", "workload '" + name + "' has one route, so it"
                        + " takes 100%; add another stack to split it");
            }
            return this;
        }
        int rest = at == routing.size() - 1 ? routing.size() - 2 : routing.size() - 1;
        double left = routing.get(rest).share() + routing.get(at).share() - share;
        if (left < -SHARE_TOLERANCE) {
            throw new InvalidInputException("routing shares", "workload '" + name + "' can send at most "
                    + Route.percent(routing.get(rest).share() + routing.get(at).share()) + " to stack '" + stack
                    + "' (the other routes take the rest)");
        }
        List<Route> out = new ArrayList<>(routing);
        out.set(at, routing.get(at).withShare(share));
        out.set(rest, routing.get(rest).withShare(Math.max(0, Math.min(1, left))));
        return withRouting(out);
    }

    /** Adds a route to {@code stack} at 0% (100% when it is the first), before the route that takes the rest. */
    public Workload withRouteAdded(String stack) {
        Check.name("routed stack", stack);
        if (routing.isEmpty()) {
            return withRouting(List.of(new Route(stack, 1)));
        }
        List<Route> out = new ArrayList<>(routing);
        out.add(routing.size() - 1, new Route(stack, 0));
        return withRouting(out);
    }

    /** Removes the route to {@code stack}; its share goes to the last other route (none left: unrouted). */
    public Workload withRouteRemoved(String stack) {
        int at = indexOf(stack);
        List<Route> out = new ArrayList<>(routing);
        Route gone = out.remove(at);
        if (!out.isEmpty()) {
            Route last = out.get(out.size() - 1);
            out.set(out.size() - 1, last.withShare(Math.min(1, last.share() + gone.share())));
        }
        return withRouting(out);
    }

    /** The route to {@code from} sent to {@code to} instead, with the same share. */
    public Workload withRouteRestacked(String from, String to) {
        int at = indexOf(from);
        List<Route> out = new ArrayList<>(routing);
        out.set(at, new Route(to, routing.get(at).share()));
        return withRouting(out);
    }

    private int indexOf(String stack) {
        for (int i = 0; i < routing.size(); i++) {
            if (routing.get(i).stack().equals(stack)) {
                return i;
            }
        }
        throw new InvalidInputException("routing", "workload '" + name + "' is not routed to stack '" + stack + "'");
    }

    /**
     * Moves {@code amount} of the workload's inferences (a share of all of them, in (0, 1]) from
     * stack {@code from} to stack {@code to}: the first route loses it (and goes when nothing is
     * left), the second gains it (and is added after the others when new). "What if we move it".
     */
    public Workload withRouteMoved(String from, String to, double amount) {
        Check.positiveShare("moved share", amount);
        if (from.equals(to)) {
            throw new InvalidInputException("move target", "cannot move a share of '" + name + "' from stack '"
                    + from + "' to itself");
        }
        double have = shareOn(from);
        if (routing.stream().noneMatch(r -> r.stack().equals(from))) {
            throw new InvalidInputException("move source", "workload '" + name + "' is not routed to stack '"
                    + from + "'");
        }
        if (amount > have + SHARE_TOLERANCE) {
            throw new InvalidInputException("moved share", "workload '" + name + "' sends only " + Route.percent(have)
                    + " to stack '" + from + "', so " + Route.percent(amount) + " cannot move");
        }
        double moved = Math.min(amount, have);
        List<Route> out = new ArrayList<>();
        boolean added = false;
        for (Route r : routing) {
            if (r.stack().equals(from)) {
                double left = have - moved;
                if (left > SHARE_TOLERANCE / 10) {
                    out.add(r.withShare(left));
                }
            } else if (r.stack().equals(to)) {
                out.add(r.withShare(Math.min(1, r.share() + moved)));
                added = true;
            } else {
                out.add(r);
            }
        }
        if (!added) {
            out.add(new Route(to, moved));
        }
        return withRouting(out);
    }
}
