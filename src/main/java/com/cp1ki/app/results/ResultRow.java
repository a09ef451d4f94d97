package com.cp1ki.app.results;

import com.cp1ki.engine.report.StackResult;

/**
 * One row of the results table, formatted for display (money in the display currency); each number
 * is a {@link Figure}, its text and the value it sorts by.
 *
 * @param roiStyle style class for the ROI band ("roi-good", ...), or "" when the workload has no value
 * @param result   the engine's result the row shows, so selecting the row can show how it was computed
 * @param netValue net value per inference (value - cost) in the display currency; absent without a value
 * @param roiTip   the ROI cell's tooltip: multiples, cost-to-value ratios and net values at the mean and
 *                 p95 cost, or "" without a value
 */
public record ResultRow(String workload, String stack, Figure costPerInference, Figure cp1ki, Figure monthly,
                        Figure instances, Figure utilisation, Figure roi, String roiStyle,
                        StackResult result, Figure netValue, String roiTip) {
}
