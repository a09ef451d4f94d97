package com.cp1ki.app.uncertainty;

import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.Simulator;
import com.cp1ki.engine.uncertainty.UncertaintyEngine;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.engine.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A block spread over the cores gives the simulation one thread gives, bit for bit, however it is cut. */
class CoresTest {

    @Test
    void anySplitOfDrawsAndStatisticsGivesTheSameSimulation() throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects/summariser-ranges.cp1ki"));
        Simulation one = UncertaintyEngine.simulate(p.withUncertainty(p.uncertainty().withDraws(700)));
        for (int parts : new int[]{1, 2, 3, 8, 1000}) {
            Simulator sim = UncertaintyEngine.simulator(p, p.uncertainty().seed(), 700);
            // blocks of uneven sizes, as the workbench's last block may be
            Cores.draws(sim, 0, 333, parts);
            Cores.draws(sim, 333, 334, parts);
            Cores.draws(sim, 334, 700, parts);
            Cores.statistics(sim, parts);
            assertEquals(one, sim.result(), parts + " parts");
        }
    }

    @Test
    void aPartThatFailsFailsTheBlock() throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects/summariser-ranges.cp1ki"));
        Simulator sim = UncertaintyEngine.simulator(p, 1, 100);
        // draws beyond the simulator's: the part that reaches them throws, after the others have ended
        assertThrows(IllegalArgumentException.class, () -> Cores.draws(sim, 0, 101, 2));
    }
}
