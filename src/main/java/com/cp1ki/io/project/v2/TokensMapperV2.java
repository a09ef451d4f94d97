package com.cp1ki.io.project.v2;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TokenProfile;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.io.project.Where;

import java.util.Map;

import static com.cp1ki.io.project.v2.Values.required;

/** Maps token profiles between format-2 DTOs and engine records. */
final class TokensMapperV2 {

    private static final Map<String, String> MEANS_FIELDS = Map.of(
            "input tokens", "inputTokens", "output tokens", "outputTokens");

    private TokensMapperV2() {
    }

    static TokenProfile fromDto(TokensDto d, Where at, Where tokens) {
        if (d instanceof TypedMeansDto m) {
            try {
                return new TypedMeans(required(tokens, "inputTokens", m.inputTokens()),
                        required(tokens, "outputTokens", m.outputTokens()));
            } catch (InvalidInputException e) {
                throw tokens.invalid(e, MEANS_FIELDS);
            }
        }
        DistributionDto dd = (DistributionDto) d;
        long rows = required(tokens, "rows", dd.rows());
        long maxIn = required(tokens, "maxInputTokens", dd.maxInputTokens());
        long maxOut = required(tokens, "maxOutputTokens", dd.maxOutputTokens());
        DistributionDto.CellsDto c = required(tokens, "cells", dd.cells());
        Where cells = tokens.field("cells");
        int[] inBin = required(cells, "inBin", c.inBin());
        int[] outBin = required(cells, "outBin", c.outBin());
        double[] weight = required(cells, "weight", c.weight());
        double[] sumIn = required(cells, "sumIn", c.sumIn());
        double[] sumOut = required(cells, "sumOut", c.sumOut());
        long[] rIn = null;
        long[] rOut = null;
        double[] rW = null;
        DistributionDto.ExactRowsDto r = dd.exactRows();
        if (r != null) {
            Where rw = tokens.field("exactRows");
            rIn = required(rw, "inputTokens", r.inputTokens());
            rOut = required(rw, "outputTokens", r.outputTokens());
            rW = required(rw, "weight", r.weight());
        }
        try {
            return TokenDistribution.restore(rows, maxIn, maxOut, inBin, outBin, weight, sumIn, sumOut, rIn, rOut, rW);
        } catch (IllegalArgumentException e) {
            // InvalidInputException names the field; anything else (a token count beyond the bins) is about the rows
            String f = e instanceof InvalidInputException ie ? ie.field() : "exact rows";
            String field = f.startsWith("exact") || (f.equals("rows") && e.getMessage().startsWith("exact"))
                    ? "exactRows" : f.equals("rows") || f.startsWith("max") ? f : "cells";
            throw at.error("tokens." + field, "token distribution: " + e.getMessage());
        }
    }

    static TokensDto toDto(TokenProfile p) {
        if (p instanceof TypedMeans m) {
            return new TypedMeansDto(m.input(), m.output());
        }
        if (!(p instanceof TokenDistribution d)) {
            // a ScaledTokens exists only while a simulation or forecast computes; the file keeps the base and the range
            throw new IllegalArgumentException("a scaled token profile is never saved; save the project it came from");
        }
        int n = d.cellCount();
        int[] inBin = new int[n];
        int[] outBin = new int[n];
        double[] weight = new double[n];
        double[] sumIn = new double[n];
        double[] sumOut = new double[n];
        for (int k = 0; k < n; k++) {
            inBin[k] = d.cellInBin(k);
            outBin[k] = d.cellOutBin(k);
            weight[k] = d.cellWeight(k);
            sumIn[k] = d.cellSumInput(k);
            sumOut[k] = d.cellSumOutput(k);
        }
        DistributionDto.ExactRowsDto rows = null;
        if (d.hasRows()) {
            int m = d.rowCount();
            long[] ri = new long[m];
            long[] ro = new long[m];
            double[] rw = new double[m];
            for (int k = 0; k < m; k++) {
                ri[k] = d.rowInput(k);
                ro[k] = d.rowOutput(k);
                rw[k] = d.rowWeight(k);
            }
            rows = new DistributionDto.ExactRowsDto(ri, ro, rw);
        }
        return new DistributionDto(d.rows(), d.maxInput(), d.maxOutput(),
                new DistributionDto.CellsDto(inBin, outBin, weight, sumIn, sumOut), rows);
    }
}
