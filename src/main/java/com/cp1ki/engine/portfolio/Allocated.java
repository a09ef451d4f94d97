package com.cp1ki.engine.portfolio;

import com.cp1ki.engine.report.Breakdown;
import com.cp1ki.engine.report.Explanation;

import java.util.List;

/** What one part (a feature on a stack) is allocated, with the key shares and how it was computed. */
record Allocated(Part part, Breakdown monthly, Double fleetShare, double overheadShare,
                 List<Explanation> explanations) {
}
