package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.MissingFieldException;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.report.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link Tornado}: two evaluations ({@link Evaluator}, equal to full reports to rounding) per input that moves. */
final class Tornados {
    private Tornados() {
    }

    static Tornado of(Project p) {
        Ranged ranged = Ranged.of(p);
        Map<String, Range> ranges = new HashMap<>();
        for (Ranged.Input r : ranged.inputs()) {
            ranges.put(r.path().toString(), r.range());
        }
        double swing = p.uncertainty().swing();
        Report point = CostEngine.report(p, CostEngine.Detail.NOW);
        Outputs outputs = new Outputs(point);
        double[] base = outputs.row(point);
        Evaluator evaluator = new Evaluator(p, point, outputs);
        // what an input that moves nothing gives (the same arithmetic as its ends), so rounding is no bar
        double[] still = evaluator.row(p);
        List<Integer> followed = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            Output.Kind kind = outputs.list.get(k).kind();
            if (kind == Output.Kind.CP1KI || kind == Output.Kind.MARGIN || kind == Output.Kind.BILL) {
                followed.add(k);
            }
        }
        List<List<Tornado.Bar>> bars = new ArrayList<>();
        followed.forEach(k -> bars.add(new ArrayList<>()));
        List<String> warnings = new ArrayList<>(ranged.warnings());
        for (FieldPath path : Inputs.all(p).stream().filter(Inputs::movesTheReport).toList()) {
            String field = path.toString();
            double value = Inputs.value(p, path);
            Range r = ranges.get(field);
            Bounds b = Bounds.of(path);
            double lo = r != null ? r.low() : b.clamp(value * (1 - swing));
            double hi = r != null ? r.high() : b.clamp(value * (1 + swing));
            if (lo == value && hi == value) {
                continue;
            }
            Project atLo;
            Project atHi;
            Inputs.Setter setter;
            try {
                setter = new Inputs.Setter(p, path);
                atLo = setter.with(p, lo);
                atHi = setter.with(p, hi);
            } catch (InvalidInputException | MissingFieldException e) {
                if (r != null) { // the user's range cannot be used; an unranged input that admits no other value is no driver
                    warnings.add(field + " does not move in the tornado: " + e.getMessage());
                }
                continue;
            }
            double[] low = evaluator.row(atLo);
            double[] high = evaluator.row(atHi);
            double li = setter.held(atLo, lo);
            double hiv = setter.held(atHi, hi);
            for (int f = 0; f < followed.size(); f++) {
                int k = followed.get(f);
                if (low[k] != still[k] || high[k] != still[k]) {
                    bars.get(f).add(new Tornado.Bar(field, r != null, value, li, hiv, low[k], high[k]));
                }
            }
        }
        List<Tornado.Chart> charts = new ArrayList<>();
        for (int f = 0; f < followed.size(); f++) {
            List<Tornado.Bar> list = bars.get(f);
            list.sort(Comparator.comparingDouble(Tornado.Bar::swing).reversed());
            int k = followed.get(f);
            charts.add(new Tornado.Chart(outputs.list.get(k), base[k], list));
        }
        return new Tornado(swing, charts, warnings);
    }
}
