package com.cp1ki.app.charts.export.vector;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The font our PDFs embed (as a subset, with its Unicode map, so text can be extracted and
 * searched): DejaVu Sans 2.37, which has every sign we print (the currency signs of the display
 * currencies, $ € £ ¥ ₹, and the en dash, ×, ≥, ≈ of labels), and whose widths are the ones JavaFX
 * measured wherever DejaVu is the system font. The font comes in a Maven artifact (pom.xml says
 * its licence). Should a character still be missing, it is written in plain letters: a currency
 * sign as its ISO code ("INR "), never an invented symbol, and anything else as '?', never dropped.
 */
public final class PdfFonts {

    static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final Map<Integer, String> SPELLED = Map.ofEntries(Map.entry(0x20B9, "INR "),
            Map.entry(0x20AC, "EUR "), Map.entry(0x00A3, "GBP "), Map.entry(0x00A5, "JPY "), Map.entry(0x2248, "~"),
            Map.entry(0x2026, "..."), Map.entry(0x2212, "-"), Map.entry(0x2265, ">="), Map.entry(0x2264, "<="),
            Map.entry(0x00D7, "x"), Map.entry(0x2013, "-"), Map.entry(0x2014, "-"));

    private final PDType0Font font;
    private final Map<Integer, Boolean> known = new HashMap<>();

    private PdfFonts(PDType0Font font) {
        this.font = font;
    }

    /** Loads the font into a document (embedded as a subset when the document is saved). */
    public static PdfFonts load(PDDocument doc) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DEJAVU)) {
            if (in == null) {
                throw new IOException("the PDF font " + DEJAVU + " is missing from the application");
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
