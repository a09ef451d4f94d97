package com.cp1ki.app.charts;

import javafx.scene.control.Label;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The order of the slides while the charts pane presents: the pane's charts that have something to
 * draw, in tab order, then the {@linkplain ChartsPane#setMoreSlides extra slides} that are current
 * (the Uncertainty window's charts), wrapping round; Home and End reach the first and the last.
 * Which chart is selected stays the pane's (its tab selection); this class remembers only which
 * extra slide is on the stage, if any.
 */
final class SlideShow {
    private final ChartsPane pane;
    private PresentingView view;
    /** Slides beyond the pane's charts, asked for at every step (only those that are current). */
    private Supplier<List<ChartsPane.Slide>> more = List::of;
    /** The id of the extra slide on the stage, or null while a pane chart is. */
    private String extra;

    SlideShow(ChartsPane pane) {
        this.pane = pane;
    }

    /** Starts presenting: the pane shows the selected chart large under {@code headline}. */
    void start(Label headline) {
        view = new PresentingView(pane, headline);
        pane.setCenter(view.root());
        view.show(pane.selected(), pane.adapter(pane.selected()));
    }

    /** Stops presenting: every chart's view goes back to its tab. */
    void stop() {
        view.leave();
        view = null;
        extra = null;
    }

    boolean on() {
        return view != null;
    }

    void setMore(Supplier<List<ChartsPane.Slide>> slides) {
        this.more = Objects.requireNonNull(slides, "slides");
    }

    String extra() {
        return extra;
    }

    /** The next ({@code +1}) or previous ({@code -1}) slide that has something to show. */
    void step(int delta) {
        List<ChartKind> kinds = ChartKind.inPane();
        List<ChartsPane.Slide> extras = extras();
        int n = kinds.size();
        int total = n + extras.size();
        int at = kinds.indexOf(pane.selected());
        for (int i = 0; i < extras.size(); i++) {
            if (extras.get(i).id().equals(extra)) {
                at = n + i;
            }
        }
        for (int k = 1; k <= total; k++) {
            int i = Math.floorMod(at + delta * k, total);
            if (i >= n) {
                showExtra(extras.get(i - n));
                return;
            }
            ChartKind next = kinds.get(i);
            if (!pane.hasReport() || !pane.adapter(next).isEmpty() || k == total) {
                showChart(next);
                return;
            }
        }
    }

    /** The first slide that shows something ({@code last} false) or the very last one. */
    void stepToEnd(boolean last) {
        List<ChartsPane.Slide> extras = extras();
        if (last && !extras.isEmpty()) {
            showExtra(extras.get(extras.size() - 1));
            return;
        }
        List<ChartKind> kinds = ChartKind.inPane();
        showChart(kinds.get(last ? kinds.size() - 1 : 0));
        if (pane.adapter(pane.selected()).isEmpty()) {
            step(last ? -1 : 1);
        }
    }

    private List<ChartsPane.Slide> extras() {
        return view == null ? List.of() : more.get();
    }

    private void showChart(ChartKind kind) {
        extra = null;
        pane.select(kind);
        if (view != null) {
            view.show(kind, pane.adapter(kind));
        }
    }

    private void showExtra(ChartsPane.Slide slide) {
        extra = slide.id();
        view.show(slide);
    }
}
