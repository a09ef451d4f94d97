package com.cp1ki.app.charts.export.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The layout of a table on a PDF page: each column as wide as its widest cell, headers wrapped at
 * words onto more lines rather than run into their neighbours, a gap between columns, the leading
 * text columns (workload, stack, plan) left-aligned and the numbers right-aligned; when even that
 * does not fit, a smaller font. Pure arithmetic over a width function, so it is tested without a
 * PDF.
 *
 * @param size        the font size the table is set in
 * @param left        each column's left edge, from the table's left
 * @param widths      each column's width
 * @param textColumns how many leading columns are text (left-aligned)
 * @param header      each header cell's lines, top to bottom
 */
public record PdfTable(double size, List<Double> left, List<Double> widths, int textColumns,
                       List<List<String>> header) {

    /** The space between two columns, in units of the font size. */
    static final double GAP = 1.2;
    static final double MIN_SIZE = 5.5;
    private static final Pattern NUMBER = Pattern.compile("^-?(\\$|€|£|¥|₹|[A-Z]{3} ?)?\\d.*");

    /**
     * Lays out {@code t} in {@code width} at {@code size} or smaller; {@code measure} gives the width
     * of a text at a size.
     */
    public static PdfTable of(DeckFacts.Table t, double width, double size, BiFunction<String, Double, Double> measure) {
        int text = textColumns(t);
        double s = size;
        while (true) {
            PdfTable fit = at(t, width, s, text, measure);
            if (fit != null || s <= MIN_SIZE) {
                return fit != null ? fit : at(t, Double.MAX_VALUE, s, text, measure).squeezed(width);
            }
            s = Math.max(MIN_SIZE, s - 0.5);
        }
    }

    /** The x of a cell's text of width {@code w} in column {@code c}: left- or right-aligned. */
    public double x(int c, double w) {
        return c < textColumns ? left.get(c) : left.get(c) + widths.get(c) - w;
    }

    /** How many lines the header takes. */
    public int headerLines() {
        return header.stream().mapToInt(List::size).max().orElse(1);
    }

    private static PdfTable at(DeckFacts.Table t, double width, double size, int text,
                               BiFunction<String, Double, Double> measure) {
        int cols = t.header().size();
        double gap = GAP * size;
        double[] w = new double[cols];
        for (int c = 0; c < cols; c++) {
            for (List<String> row : t.rows()) {
                w[c] = Math.max(w[c], measure.apply(row.get(c), size));
            }
            for (String word : t.header().get(c).split(" ")) {
                w[c] = Math.max(w[c], measure.apply(word, size));
            }
        }
        double used = gap * (cols - 1);
        double wanted = 0;
        double[] whole = new double[cols];
        for (int c = 0; c < cols; c++) {
            used += w[c];
            whole[c] = Math.max(w[c], measure.apply(t.header().get(c), size));
            wanted += whole[c] - w[c];
        }
        if (used > width) {
            return null;
        }
        // the room left goes first to headers that would otherwise wrap, then to the number columns,
        // so figures spread out under their headers
        double spare = width - used;
        double toHeaders = Math.min(spare, wanted);
        for (int c = 0; c < cols; c++) {
            w[c] += wanted == 0 ? 0 : (whole[c] - w[c]) * toHeaders / wanted;
        }
        spare -= toHeaders;
        int numbers = cols - text;
        List<Double> widths = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            widths.add(w[c] + (numbers == 0 ? (c == cols - 1 ? spare : 0) : c >= text ? spare / numbers : 0));
        }
        // with the final widths, each header on as few lines as its column allows
        List<List<String>> header = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            header.add(wrap(t.header().get(c), widths.get(c), size, measure));
        }
        List<Double> left = new ArrayList<>();
        double x = 0;
        for (int c = 0; c < cols; c++) {
            left.add(x);
            x += widths.get(c) + gap;
        }
        return new PdfTable(size, List.copyOf(left), List.copyOf(widths), text, List.copyOf(header));
    }

    /** Last resort: the columns scaled to the width (a cell may then touch its neighbour, never the page edge). */
    private PdfTable squeezed(double width) {
        double total = left.get(left.size() - 1) + widths.get(widths.size() - 1);
        double k = width / total;
        return new PdfTable(size, left.stream().map(v -> v * k).toList(), widths.stream().map(v -> v * k).toList(),
                textColumns, header);
    }

    static List<String> wrap(String text, double width, double size, BiFunction<String, Double, Double> measure) {
        List<String> out = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.apply(next, size) > width) {
                out.add(line);
                line = word;
            } else {
                line = next;
            }
        }
        if (!line.isEmpty()) {
            out.add(line);
        }
        return out;
    }

    /** The leading columns most of whose cells are not numbers (workload, stack, plan names). */
    static int textColumns(DeckFacts.Table t) {
        int n = 0;
        for (int c = 0; c < t.header().size() - 1; c++) {
            int col = c;
            long count = t.rows().stream().map(r -> r.get(col)).filter(v -> NUMBER.matcher(v).matches()).count();
            boolean numbers = !t.rows().isEmpty() && count * 2 > t.rows().size();
            if (numbers) {
                break;
            }
            n++;
        }
        return Math.max(1, n);
    }
}
