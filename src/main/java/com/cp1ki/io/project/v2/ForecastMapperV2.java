package com.cp1ki.io.project.v2;

import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.StackForecast;
import com.cp1ki.io.project.Where;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.cp1ki.io.project.v2.Values.or;
import static com.cp1ki.io.project.v2.Values.required;

/** The forecast between its format-3 fields and the engine record; every broken value named by its JSON field. */
final class ForecastMapperV2 {
    private static final Map<String, String> FIELDS = Map.of("forecast months", "months",
            "volume growth", "volumeGrowthPerMonth", "token growth", "tokenGrowthPerMonth",
            "API price decline", "apiPriceDeclinePerYear", "GPU rate decline", "gpuRateDeclinePerYear",
            "forecast stacks", "stacks");

    private ForecastMapperV2() {
    }

    static Forecast fromDto(ForecastDto d, Where at, List<Stack> stacks) {
        if (d == null) {
            return Forecast.NONE;
        }
        List<StackForecast> entries = new ArrayList<>();
        List<ForecastDto.StackForecastDto> sds = d.stacks() == null ? List.of() : d.stacks();
        for (int i = 0; i < sds.size(); i++) {
            Where e = at.field("stacks").index(i);
            ForecastDto.StackForecastDto s = Values.element(e, sds.get(i));
            String name = required(e, "stack", s.stack());
            Where named = e.named(name);
            if (stacks.stream().noneMatch(x -> x.name().equals(name))) {
                throw named.error("stack", "is for stack '" + name + "', which the project does not have");
            }
            try {
                entries.add(new StackForecast(name, s.priceDeclinePerYear(), s.reservedMonthsLeft()));
            } catch (InvalidInputException ex) {
                String json = ex.field().startsWith("reserved") ? "reservedMonthsLeft" : "priceDeclinePerYear";
                throw named.invalid(ex, Map.of(ex.field(), json));
            }
        }
        try {
            // a growth that takes a volume out of bounds is the forecast's to report, not the loader's:
            // a later volume edit can cause it, and a saved project must always open again
            return new Forecast(or(d.months(), Forecast.NONE.months()), or(d.volumeGrowthPerMonth(), 0),
                    or(d.tokenGrowthPerMonth(), 0), or(d.apiPriceDeclinePerYear(), 0), or(d.gpuRateDeclinePerYear(), 0),
                    entries);
        } catch (InvalidInputException e) {
            throw at.invalid(e, FIELDS);
        }
    }

    /** Null (the field left out) when no forecast is set. */
    static ForecastDto toDto(Forecast f) {
        if (f.equals(Forecast.NONE)) {
            return null;
        }
        return new ForecastDto(f.months(), f.volumeGrowthPerMonth(), f.tokenGrowthPerMonth(),
                f.apiPriceDeclinePerYear(), f.gpuRateDeclinePerYear(), f.stacks().stream()
                .map(s -> new ForecastDto.StackForecastDto(s.stack(), s.priceDeclinePerYear(), s.reservedMonthsLeft()))
                .toList());
    }
}
