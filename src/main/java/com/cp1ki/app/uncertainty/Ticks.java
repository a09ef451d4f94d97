package com.cp1ki.app.uncertainty;

import com.cp1ki.engine.uncertainty.Output;
import javafx.util.StringConverter;

/** Axis tick labels in the output's unit (money in the display currency, volumes compact). */
final class Ticks {
    private Ticks() {
    }

    static StringConverter<Number> of(Amounts a, Output.Kind k) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return a.tick(k, n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        };
    }
}
