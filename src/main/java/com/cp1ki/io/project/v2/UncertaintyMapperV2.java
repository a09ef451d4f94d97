package com.cp1ki.io.project.v2;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.model.RangeKind;
import com.cp1ki.engine.model.RangedInput;
import com.cp1ki.engine.model.Uncertainty;
import com.cp1ki.io.project.Where;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.cp1ki.io.project.v2.Values.required;

/**
 * The project's {@code uncertainty} object: seed, draws, tornado swing and ranges. A range is read
 * whether or not its field still exists in the project (an edit may have left it behind; it is
 * kept, and named when a simulation leaves it out); whether it fits its field's bounds is checked
 * against the project where it is used.
 */
final class UncertaintyMapperV2 {
    private UncertaintyMapperV2() {
    }

    static Uncertainty fromDto(UncertaintyDto d, Where at) {
        if (d == null) {
            return Uncertainty.DEFAULT;
        }
        long seed = d.seed() == null ? Uncertainty.DEFAULT_SEED : d.seed();
        int draws = d.draws() == null ? Uncertainty.DEFAULT_DRAWS : d.draws();
        double swing = d.tornadoSwing() == null ? Uncertainty.DEFAULT_SWING : d.tornadoSwing();
        List<RangedInput> ranges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<UncertaintyDto.RangeDto> rds = d.ranges() == null ? List.of() : d.ranges();
        for (int i = 0; i < rds.size(); i++) {
            Where r = at.field("ranges").index(i);
            UncertaintyDto.RangeDto rd = Values.element(r, rds.get(i));
            String field = required(r, "field", rd.field());
            try {
                FieldPath.parse(field);
            } catch (IllegalArgumentException e) {
                throw r.error("field", "is not a field path: " + e.getMessage());
            }
            Where named = r.named(field);
            if (!seen.add(field)) {
                throw named.error("field", "is ranged twice; give a field one range");
            }
            ranges.add(new RangedInput(field, range(rd, named)));
        }
        try {
            return new Uncertainty(seed, draws, swing, ranges);
        } catch (InvalidInputException e) {
            String json = e.field().equals("draws") ? "draws" : "tornadoSwing";
            throw at.error(json, "uncertainty." + json + ": " + e.getMessage());
        }
    }

    private static Range range(UncertaintyDto.RangeDto d, Where at) {
        double low = required(at, "low", d.low());
        double high = required(at, "high", d.high());
        RangeKind kind;
        if (d.kind() == null) {
            kind = low > 0 ? RangeKind.LOGNORMAL : RangeKind.TRIANGULAR;
        } else {
            kind = RangeKind.ofLabel(d.kind());
            if (kind == null) {
                throw at.notOneOf("kind", d.kind(), "lognormal, triangular, uniform");
            }
        }
        Double mode = d.mode();
        if (kind == RangeKind.TRIANGULAR && mode == null && d.kind() == null) {
            mode = (low + high) / 2;
        }
        try {
            return new Range(kind, low, high, mode);
        } catch (InvalidInputException e) {
            String m = e.getMessage();
            String json = m.contains("mode") ? "mode" : m.contains("low end") ? "low" : "high";
            throw at.error(json, m);
        }
    }

    /** The object to write, or null when everything is at its default (so such files stay as they were). */
    static UncertaintyDto toDto(Uncertainty u) {
        if (u.isDefault()) {
            return null;
        }
        List<UncertaintyDto.RangeDto> ranges = new ArrayList<>();
        for (RangedInput r : u.ranges()) {
            Range g = r.range();
            ranges.add(new UncertaintyDto.RangeDto(r.field(), g.kind().label(), g.low(), g.high(), g.mode()));
        }
        return new UncertaintyDto(u.seed(), u.draws(), u.swing(), ranges);
    }
}
