package com.cp1ki.engine.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A project's structural checks give the same verdicts on short lists (scanned, no hash set: what
 * a Monte Carlo draw's copies meet) and long ones (hashed): {@link Names}, the routing check.
 */
class ProjectStructureTest {
    private static final int SHORT = 4;
    private static final int LONG = Names.SCAN + 5;

    private static Stack stack(String name, boolean enabled) {
        return new Stack(name, enabled, ManagedApi.simple("P", "M", 2.5, 10), CommonCosts.NONE);
    }

    private static Workload workload(String name, List<Route> routing) {
        return new Workload(name, 1_000, new TypedMeans(1200, 300), null, 1.0, routing);
    }

    private static List<Stack> stacks(int n) {
        List<Stack> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(stack("S" + i, true));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} stacks")
    @ValueSource(ints = {SHORT, LONG})
    void theFirstRepeatedNameIsReported(int n) {
        List<Stack> s = stacks(n);
        s.set(n - 2, stack("S1", true));
        s.set(n - 1, stack("S0", true));
        List<Workload> w = List.of(workload("chat", List.of()));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Project("p", Settings.DEFAULT, w, s, List.of()));
        assertEquals("two stacks are named 'S1'", e.getMessage());
        assertEquals("stack name", e.field());
    }

    @ParameterizedTest(name = "{0} workloads and stacks")
    @ValueSource(ints = {SHORT, LONG})
    void namesAreLookedUpInShortAndLongLists(int n) {
        List<Stack> s = stacks(n);
        s.set(n - 1, stack("off", false));
        List<Workload> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w.add(workload("W" + i, List.of(new Route("S" + (n - 2), 1))));
        }
        Project ok = new Project("p", Settings.DEFAULT, w, s, List.of(new Plan("Pro", 10, null, 0,
                List.of("W0", "W" + (n - 1)), "S" + (n - 2), new LognormalUsage(100, 500), null)));
        assertEquals(n, ok.workloads().size());

        InvalidInputException plan = assertThrows(InvalidInputException.class, () -> ok.withPlans(List.of(
                new Plan("Pro", 10, null, 0, List.of("W0", "nobody"), "S0", new LognormalUsage(100, 500), null))));
        assertEquals("plan 'Pro' uses workload 'nobody', which the project does not have", plan.getMessage());
        InvalidInputException planStack = assertThrows(InvalidInputException.class, () -> ok.withPlans(List.of(
                new Plan("Pro", 10, null, 0, List.of("W0"), "nowhere", new LognormalUsage(100, 500), null))));
        assertEquals("plan 'Pro' uses stack 'nowhere', which the project does not have", planStack.getMessage());

        List<Workload> missing = new ArrayList<>(w);
        missing.set(n - 1, workload("W" + (n - 1), List.of(new Route("nowhere", 1))));
        assertEquals("workload 'W" + (n - 1) + "' routes 100% to stack 'nowhere', which the project does not have",
                assertThrows(InvalidInputException.class, () -> ok.withWorkloads(missing)).getMessage());
        List<Workload> disabled = new ArrayList<>(w);
        disabled.set(0, workload("W0", List.of(new Route("off", 1))));
        assertEquals("workload 'W0' routes 100% to stack 'off', which is disabled; enable the stack or move that "
                + "share to another", assertThrows(InvalidInputException.class, () -> ok.withWorkloads(disabled)).getMessage());
    }

    @ParameterizedTest(name = "{0} routes")
    @ValueSource(ints = {SHORT, LONG})
    void aStackRoutedTwiceIsRefusedInShortAndLongRoutings(int n) {
        List<Route> r = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.add(new Route("S" + i, 1.0 / n));
        }
        assertEquals(n, workload("chat", r).routing().size());
        r.set(n - 1, new Route("S2", 1.0 / n));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> workload("chat", r));
        assertEquals("workload 'chat' routes to stack 'S2' twice; give each stack one share", e.getMessage());
    }

    @ParameterizedTest(name = "{0} names")
    @ValueSource(ints = {SHORT, LONG})
    void namesFindEachItemAndNothingElse(int n) {
        List<Stack> s = stacks(n);
        Names<Stack> byName = Names.unique("stack", s, Stack::name);
        for (Stack x : s) {
            assertSame(x, byName.get(x.name()));
        }
        assertNull(byName.get("S" + n));
        assertNull(byName.get(null));
    }
}
