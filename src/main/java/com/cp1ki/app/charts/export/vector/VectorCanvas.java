package com.cp1ki.app.charts.export.vector;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;

/**
 * Where {@link SceneVector} draws a laid-out JavaFX node: filled and stroked outlines in page
 * coordinates (logical pixels, y down), text lines with their font and the width JavaFX gave them,
 * and nested clips. {@link SvgCanvas} and {@link PdfCanvas} implement it.
 */
public interface VectorCanvas {

    /** A stroke: width in page units, dash lengths (empty for solid). */
    record Stroke(Color color, double width, double[] dashes) {
    }

    /** A font as JavaFX resolved it: family, size in logical pixels, bold or not. */
    record TextFont(String family, double size, boolean bold) {
    }

    /** Fills and/or strokes an outline given in page coordinates; {@code fill} or {@code stroke} may be null. */
    void shape(Shape outline, Color fill, Stroke stroke);

    /**
     * Draws one line of text whose baseline starts at ({@code x}, {@code y}) in the text's own
     * coordinates, mapped to the page by {@code toPage} (rotated axis labels), {@code width} wide as
     * JavaFX laid it out.
     */
    void text(String line, TextFont font, Color fill, double x, double y, double width, AffineTransform toPage);

    /** Clips what follows (until the matching {@link #popClip}) to an outline in page coordinates. */
    void pushClip(Shape clip);

    void popClip();
}
