package com.cp1ki.app.charts.export.vector;

import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a {@link Text} node as JavaFX laid them out (explicit line breaks and wrapping), each
 * with its baseline and extent in the node's coordinates, read from the node's own caret positions.
 */
final class TextLines {

    /** One laid-out line: its text, where its baseline starts, how wide it is. */
    record Line(String text, double x, double baseline, double width) {
    }

    private TextLines() {
    }

    static List<Line> of(Text t) {
        String s = t.getText();
        List<Line> lines = new ArrayList<>();
        if (s == null || s.isEmpty()) {
            return lines;
        }
        double ascent = ascent(t);
        int start = 0;
        double[] first = caret(t, 0, true);
        double top = first[1];
        for (int i = 1; i <= s.length(); i++) {
            double[] c = i < s.length() ? caret(t, i, true) : null;
            boolean newLine = c == null || Math.abs(c[1] - top) > 0.5;
            if (newLine) {
                add(t, s, start, i, top + ascent, lines);
                if (c != null) {
                    start = i;
                    top = c[1];
                }
            }
        }
        return lines;
    }

    private static void add(Text t, String s, int from, int to, double baseline, List<Line> out) {
        int end = to;
        while (end > from && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int begin = from;
        while (begin < end && Character.isWhitespace(s.charAt(begin))) {
            begin++;
        }
        if (begin >= end) {
            return;
        }
        double x0 = caret(t, begin, true)[0];
        double x1 = caret(t, end - 1, false)[0];
        out.add(new Line(s.substring(begin, end), x0, baseline, Math.max(0, x1 - x0)));
    }

    /** The distance from a line's top to its baseline. */
    private static double ascent(Text t) {
        double top = caret(t, 0, true)[1];
        double layoutTop = t.getLayoutBounds().getMinY();
        // baselineOffset is measured from the top of the layout bounds to the first baseline
        return t.getBaselineOffset() - (top - layoutTop);
    }

    /** The caret at a character: {x, top y} in the node's coordinates. */
    private static double[] caret(Text t, int index, boolean leading) {
        PathElement[] els = t.caretShape(index, leading);
        for (PathElement e : els) {
            if (e instanceof MoveTo m) {
                double y = m.getY();
                for (PathElement f : els) {
                    if (f instanceof LineTo l) {
                        y = Math.min(y, l.getY());
                    }
                }
                return new double[]{m.getX(), y};
            }
        }
        return new double[]{t.getLayoutBounds().getMinX(), t.getLayoutBounds().getMinY()};
    }
}
