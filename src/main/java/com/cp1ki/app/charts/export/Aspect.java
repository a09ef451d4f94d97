package com.cp1ki.app.charts.export;

import java.util.Arrays;
import java.util.Locale;

/**
 * The shape of an exported chart. Slides are 16:9 today, so that is the default (1920 x 1080 logical
 * pixels: a 2x PNG is 3840 x 2160, a 4K screen); 4:3 (1440 x 1080) is there for older templates and
 * printed pages. Both are 1080 high, so text has the same size in either.
 */
public enum Aspect {
    WIDE("16:9", 1920, 1080),
    STANDARD("4:3", 1440, 1080);

    private final String label;
    private final double width;
    private final double height;

    Aspect(String label, double width, double height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    /** "16:9" or "4:3", as the user writes it. */
    public String label() {
        return label;
    }

    /** Logical width (pixels at 1x). */
    public double width() {
        return width;
    }

    /** Logical height (pixels at 1x). */
    public double height() {
        return height;
    }

    /** Pixels wide at a scale: 1920 x 2 = 3840. */
    public int width(double scale) {
        return (int) Math.round(width * scale);
    }

    /** Pixels high at a scale. */
    public int height(double scale) {
        return (int) Math.round(height * scale);
    }

    /** The aspect a user wrote: "16:9", "16x9", "wide", "4:3", "4x3", "standard"; null when none matches. */
    public static Aspect parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim().toLowerCase(Locale.ROOT).replace('x', ':').replace('/', ':');
        return Arrays.stream(values())
                .filter(a -> a.label.equals(t) || a.name().toLowerCase(Locale.ROOT).equals(t))
                .findFirst().orElse(null);
    }
}
