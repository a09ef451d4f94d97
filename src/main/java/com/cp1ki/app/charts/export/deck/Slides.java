package com.cp1ki.app.charts.export.deck;

import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Text boxes and tables on a 16:9 slide (960 x 540 points), in the workbench's colours. */
final class Slides {

    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final double MARGIN = 36;
    static final Color TEXT = new Color(0x1b, 0x1f, 0x24);
    static final Color MUTED = new Color(0x57, 0x60, 0x6a);
    static final Color ACCENT = new Color(0x0b, 0x62, 0xb5);
    static final Color STRIPE = new Color(0xf4, 0xf6, 0xf8);
    static final String FONT = "Calibri";

    private Slides() {
    }

    /** A text box with one paragraph per line. */
    static XSLFTextBox text(XSLFSlide slide, Rectangle2D at, List<String> lines, double size, boolean bold, Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(at);
        box.setWordWrap(true);
        box.clearText();
        for (String line : lines) {
            XSLFTextParagraph p = box.addNewTextParagraph();
            p.setSpaceAfter(size >= 18 ? 20.0 : 30.0);
            run(p, line, size, bold, color);
        }
        return box;
    }

    static XSLFTextRun run(XSLFTextParagraph p, String text, double size, boolean bold, Color color) {
        XSLFTextRun r = p.addNewTextRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontColor(color);
        r.setFontFamily(FONT);
        return r;
    }

    /** The slide's title, top left. */
    static XSLFTextBox title(XSLFSlide slide, String title) {
        return text(slide, new Rectangle2D.Double(MARGIN, 14, WIDTH - 2 * MARGIN, 48), List.of(title),
                title.length() > 58 ? 19 : 24, true, TEXT);
    }

    /** Small grey lines at the foot of a slide (the assumptions of its chart), shrunk to fit when long. */
    static XSLFTextBox footer(XSLFSlide slide, List<String> lines, double top) {
        XSLFTextBox box = text(slide, new Rectangle2D.Double(MARGIN, top, WIDTH - 2 * MARGIN, HEIGHT - top - 8), lines,
                8, false, MUTED);
        box.setTextAutofit(TextShape.TextAutofit.NORMAL);
        return box;
    }

    /** A table with a bold header row and striped rows; numbers (all but the first columns) right-aligned. */
    static XSLFTable table(XSLFSlide slide, DeckFacts.Table t, Rectangle2D at, int textColumns, double size) {
        XSLFTable table = slide.createTable(t.rows().size() + 1, t.header().size());
        table.setAnchor(at);
        int cols = t.header().size();
        double first = Math.min(at.getWidth() * 0.34, at.getWidth() / cols * 1.8);
        for (int c = 0; c < cols; c++) {
            table.setColumnWidth(c, c < textColumns ? first : (at.getWidth() - textColumns * first) / (cols - textColumns));
        }
        for (int c = 0; c < cols; c++) {
            cell(table.getCell(0, c), t.header().get(c), size, true, c >= textColumns, ACCENT, Color.WHITE);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < cols; c++) {
                cell(table.getCell(r + 1, c), t.rows().get(r).get(c), size, false, c >= textColumns,
                        r % 2 == 1 ? STRIPE : Color.WHITE, TEXT);
            }
        }
        return table;
    }

    private static void cell(XSLFTableCell cell, String text, double size, boolean bold, boolean right, Color fill,
                             Color color) {
        cell.clearText();
        XSLFTextParagraph p = cell.addNewTextParagraph();
        p.setTextAlign(right ? TextParagraph.TextAlign.RIGHT : TextParagraph.TextAlign.LEFT);
        run(p, text, size, bold, color);
        cell.setFillColor(fill);
        cell.setBorderColor(TableCell.BorderEdge.bottom, new Color(0xc9, 0xd0, 0xd8));
        cell.setLeftInset(6);
        cell.setRightInset(6);
    }
}
