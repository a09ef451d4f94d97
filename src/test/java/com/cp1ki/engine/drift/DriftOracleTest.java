package com.cp1ki.engine.drift;

import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Stack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast analysis against the slow, obvious one on random logs: every row priced on its own day
 * with cost-model.md's formula, the baseline pooled by hand, and the Shapley split computed over
 * all 720 orders of moving the drivers, from the rows.
 */
class DriftOracleTest {
    static final LocalDate D0 = LocalDate.of(2024, 3, 1);

    record Setup(Project project, Rows rows, PriceBook book, Map<String, Stack> byModel) {
    }

    static Setup random(long seed) {
        Random r = new Random(seed);
        List<Stack> stacks = new ArrayList<>();
        Map<String, Stack> byModel = new HashMap<>();
        List<DatedPrice> dated = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            double in = 0.1 + r.nextInt(50) / 10.0;
            LongContextTier tier = s == 1 ? new LongContextTier(3000, in * 2, 8, in / 5, in * 2.5) : null;
            ManagedApi a = new ManagedApi("P", "m" + s, in, in * 4, in / 10, in * 1.25, 0, 0, r.nextDouble() * 0.5, 0.5,
                    tier, r.nextDouble() * 0.1, s == 2 ? 1e-5 : 0, null, null);
            Stack st = Rows.stack("S" + s, a);
            stacks.add(st);
            byModel.put("m" + s, st);
            if (r.nextBoolean()) {
                dated.add(new DatedPrice(st.name(), D0.plusDays(20 + r.nextInt(20)), null,
                        new ManagedApi("P", "m" + s, in * 1.5, in * 5, in / 8, in * 1.5, 0, 0, a.batchShare(), 0.5, tier,
                                a.platformFeePct(), a.feePerRequest(), null, null)));
            }
        }
        Rows rows = new Rows();
        rows.thresholds = new long[] {3000};
        for (int day = 0; day < 45; day++) {
            for (String f : List.of("f1", "f2")) {
                int n = 3 + r.nextInt(6);
                for (int k = 0; k < n; k++) {
                    String model = "m" + r.nextInt(day > 30 && f.equals("f2") ? 3 : 2);
                    long in = 200 + r.nextInt(day > 35 ? 6000 : 3500);
                    long cached = r.nextInt(3) == 0 ? r.nextInt((int) in / 2) : 0;
                    long write = r.nextInt(4) == 0 ? r.nextInt((int) (in - cached) / 2 + 1) : 0;
                    boolean failed = r.nextInt(day == 40 ? 2 : 12) == 0;
                    rows.add(new Rows.Row(f, model, D0.plusDays(day), in, cached, write, failed ? r.nextInt(20) : 50 + r.nextInt(400),
                            failed, 10 + r.nextInt(40), 0));
                }
            }
        }
        return new Setup(Rows.project(stacks), rows, PriceBook.dated(dated), byModel);
    }

    static double cost(Setup s, Rows.Row row) {
        Stack st = s.byModel().get(row.model());
        return Rows.cost(row, s.book().on(st, row.day()));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void cp1kiAndBaselinesMatchThePerRowPrice(long seed) {
        Setup s = random(seed);
        DriftRule rule = DriftRule.defaults(Granularity.DAY).withGuards(1, 0);
        DriftReport rep = Drift.analyse(s.project(), s.rows().data(), DriftSettings.of(rule), s.book());
        for (FeatureDrift f : rep.features()) {
            for (DriftPoint p : f.points()) {
                LocalDate day = LocalDate.parse(p.label());
                double cost = 0;
                double inf = 0;
                double req = 0;
                for (Rows.Row row : s.rows().rows) {
                    if (row.feature().equals(f.feature()) && row.day().equals(day)) {
                        cost += cost(s, row);
                        inf += row.failed() ? 0 : row.weight();
                        req += row.weight();
                    }
                }
                assertEquals(req, p.requests(), 1e-9);
                assertEquals(cost, p.modelledCost(), 1e-12 * Math.max(1, cost));
                if (inf == 0) {
                    assertNull(p.cp1ki());
                    continue;
                }
                assertEquals(1000 * cost / inf, p.cp1ki(), 1e-9);
                if (p.baseline() != null) {
                    double bc = 0;
                    double bi = 0;
                    for (Rows.Row row : s.rows().rows) {
                        if (row.feature().equals(f.feature()) && row.day().isBefore(day) && !row.day().isBefore(day.minusDays(30))) {
                            bc += cost(s, row);
                            bi += row.failed() ? 0 : row.weight();
                        }
                    }
                    double base = 1000 * bc / bi;
                    assertEquals(base, p.baseline(), 1e-9);
                    // above the limit: drifted; an alert is above the limit; a continuing drift is above
                    // halfway between the baseline and the limit
                    if (p.cp1ki() > 1.2 * base * (1 + 1e-9)) {
                        assertTrue(p.state().drifted(), p.label() + " " + p.reason());
                    }
                    if (p.state() == State.ALERT) {
                        assertTrue(p.cp1ki() > 1.2 * base, p.label() + " " + p.reason());
                    }
                    if (p.state().drifted()) {
                        assertTrue(p.cp1ki() > 1.1 * base, p.label() + " " + p.reason());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void theSplitMatchesShapleyOverAllOrdersComputedFromTheRows(long seed) {
        Setup s = random(seed);
        DriftRule rule = DriftRule.defaults(Granularity.DAY).withGuards(1, 0);
        DriftReport rep = Drift.analyse(s.project(), s.rows().data(), DriftSettings.of(rule), s.book());
        int checked = 0;
        for (FeatureDrift f : rep.features()) {
            for (DriftPoint p : f.points()) {
                if (p.decomposition() == null) {
                    continue;
                }
                LocalDate day = LocalDate.parse(p.label());
                List<Rows.Row> base = new ArrayList<>();
                List<Rows.Row> win = new ArrayList<>();
                for (Rows.Row row : s.rows().rows) {
                    if (row.feature().equals(f.feature()) && row.day().equals(day)) {
                        win.add(row);
                    } else if (row.feature().equals(f.feature()) && row.day().isBefore(day) && !row.day().isBefore(day.minusDays(30))) {
                        base.add(row);
                    }
                }
                double[] expected = OracleShapley.parts(s, base, win, day.minusDays(1), day);
                for (Driver d : Driver.values()) {
                    assertEquals(expected[d.ordinal()], p.decomposition().part(d).amount(), 1e-9,
                            f.feature() + " " + p.label() + " " + d);
                }
                checked++;
            }
        }
        assertTrue(checked > 40, "checked " + checked);
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void anUnpricedModelIsCountedAndLeftOutNeverPricedAtZero(long seed) {
        Setup s = random(seed);
        Rows rows = s.rows();
        rows.add(new Rows.Row("f1", "mystery-model", D0.plusDays(44), 1000, 0, 0, 100, false, 5000, 0));
        DriftReport rep = Drift.analyse(s.project(), rows.data(), DriftSettings.of(DriftRule.defaults(Granularity.DAY)),
                s.book());
        ModelUse u = rep.models().stream().filter(m -> m.model().equals("mystery-model")).findFirst().orElseThrow();
        assertNull(u.stack());
        assertEquals(5000, u.requests());
        assertEquals("unmapped", u.how());
        DriftPoint last = rep.feature("f1").points().get(44);
        assertEquals(5000, last.unpriced());
        assertEquals(State.NOT_ENOUGH_DATA, last.state());
        assertNotNull(last.cp1ki());
        assertEquals(1, rep.warnings().stream().filter(w -> w.code().equals("model-unpriced")).count());
    }
}
