package com.cp1ki.app.uncertainty;

import com.cp1ki.app.charts.ChartsPane;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Uncertainty window's charts as slides of the main window's presentation (View > Present): the
 * tornado, histogram and cumulative curve of the output picked in the Uncertainty window, after the
 * pane's charts. They are offered only while a complete simulation of the project as it is (the shown
 * scenario applied) is at hand, the one the window shows: before a first run, while a run is drawing,
 * after a cancel and from the moment of an edit, there are none, so nothing partial or stale is
 * presented. A slide on the stage redraws from the same outcome as the window (an edit empties it at
 * once), and its title names the output, the scenario and, for simulated numbers, n and seed.
 */
public final class PresentSlides implements Supplier<List<ChartsPane.Slide>> {

    private final UncertaintyViewModel vm;
    private final Map<SimChart.Kind, SimChart> charts = new EnumMap<>(SimChart.Kind.class);
    private final Map<SimChart.Kind, ReadOnlyStringWrapper> titles = new EnumMap<>(SimChart.Kind.class);
    private final List<ChartsPane.Slide> slides = new ArrayList<>();
    private boolean stale = true;

    public PresentSlides(UncertaintyViewModel vm) {
        this.vm = vm;
        for (SimChart.Kind k : SimChart.Kind.values()) {
            SimChart c = k.create();
            ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, k.id + "Title", "");
            charts.put(k, c);
            titles.put(k, title);
            slides.add(new ChartsPane.Slide(k.id, title.getReadOnlyProperty(), c.node()));
            // a slide on the stage follows at once; the others when next asked for
            c.node().sceneProperty().addListener((o, a, b) -> redrawIfShown());
        }
        vm.run().outcomeProperty().addListener((o, a, b) -> changed());
        vm.run().stateProperty().addListener((o, a, b) -> changed());
        vm.outputProperty().addListener((o, a, b) -> changed());
    }

    /** The three slides while a complete simulation of the current project is at hand, else none. */
    @Override
    public List<ChartsPane.Slide> get() {
        UncertaintyRun.Outcome o = vm.outcome();
        if (o == null || o.simulation() == null || vm.outputProperty().get() == null) {
            return List.of();
        }
        redraw();
        return List.copyOf(slides);
    }

    private void changed() {
        stale = true;
        redrawIfShown();
    }

    private void redrawIfShown() {
        if (stale && charts.values().stream().anyMatch(c -> c.node().getScene() != null)) {
            redraw();
        }
    }

    private void redraw() {
        if (!stale) {
            return;
        }
        stale = false;
        UncertaintyRun.Outcome o = vm.outcome();
        String key = vm.outputProperty().get();
        String waiting = o == null ? "The project changed: this chart comes back when the Uncertainty window"
                + " has simulated it again (Project > Uncertainty…)." : "Simulating… the chart appears when every draw has run.";
        for (Map.Entry<SimChart.Kind, SimChart> e : charts.entrySet()) {
            SimChart c = e.getValue();
            c.waiting = waiting;
            c.show(o, key);
            titles.get(e.getKey()).set(title(e.getKey(), c, o, key));
        }
    }

    /** "Histogram: CP1Ki of …: distribution, n = 100, seed = 42 (scenario Launch)". */
    private String title(SimChart.Kind k, SimChart c, UncertaintyRun.Outcome o, String key) {
        if (o == null || o.simulation() == null) {
            return k.title + ": no simulation of the project as it is yet";
        }
        String what = c.isEmpty() ? vm.label(key) : c.title();
        String stamp = !what.contains(o.simulation().stamp()) && k != SimChart.Kind.TORNADO
                ? ", " + o.simulation().stamp() : "";
        String scenario = o.scenario() != null ? " (scenario " + o.scenario() + ")" : "";
        return k.title + ": " + what + stamp + scenario;
    }
}
