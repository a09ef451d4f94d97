package com.cp1ki.app.charts.export.vector;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The font our PDFs embed (as a subset, with its Unicode map, so text can be extracted and
 * searched): Liberation Sans, the metric-compatible sans that PDFBox itself ships in its jar, so
 * the app carries no font of its own. Characters the font lacks are written in plain letters
 * ("₹" as "Rs") rather than dropped.
 */
public final class PdfFonts {

    static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Map<Integer, String> SPELLED = Map.of(0x20B9, "Rs", 0x2248, "~", 0x2026, "...",
            0x2212, "-", 0x2265, ">=", 0x2264, "<=", 0x00D7, "x", 0x2013, "-", 0x2014, "-");

    private final PDType0Font font;
    private final Map<Integer, Boolean> known = new HashMap<>();

    private PdfFonts(PDType0Font font) {
        this.font = font;
    }

    /** Loads the font into a document (embedded as a subset when the document is saved). */
    public static PdfFonts load(PDDocument doc) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(LIBERATION)) {
            if (in == null) {
                throw new IOException("the PDF font " + LIBERATION + " is missing from the application");
            }
            return new PdfFonts(PDType0Font.load(doc, in));
        }
    }

    public PDType0Font font() {
        return font;
    }

    /** The text with every character the font lacks spelled out or replaced by '?'. */
    public String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (has(cp)) {
                b.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp)) {
                b.append(' ');
            } else {
                b.append(SPELLED.getOrDefault(cp, "?"));
            }
        });
        return b.toString();
    }

    /** The width of printable text at a size, in the same units as the size. */
    public double width(String printable, double size) {
        try {
            return font.getStringWidth(printable) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
    }

    private boolean has(int cp) {
        return known.computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
