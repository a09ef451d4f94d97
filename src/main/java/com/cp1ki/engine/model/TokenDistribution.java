package com.cp1ki.engine.model;

import com.cp1ki.engine.dist.ExactRows;
import com.cp1ki.engine.dist.TokenBins;

import java.util.Arrays;

/**
 * A token distribution: per-request (input, output) tokens with weights, held as exact weighted
 * sums and a sparse, log-binned 2-D histogram, so a log of any size costs the same memory.
 *
 * <p>Each histogram cell keeps its weight and the exact weighted sums of input and output tokens of
 * the requests that fell in it, so every cost that is linear in tokens is exact, and the overall
 * means are exact. Percentiles read from the cells are within 1% of the exact nearest-rank value
 * (see {@link TokenBins}). A distribution of at most {@link #MAX_EXACT_ROWS} rows also keeps the
 * rows themselves, and then its percentiles are exact.
 *
 * <p>Immutable: build one with {@link Builder}, or restore one with {@link #restore}.
 */
public final class TokenDistribution implements TokenProfile {

    /** Distributions with at most this many rows keep them exactly. */
    public static final int MAX_EXACT_ROWS = 10_000;

    private final long rows;
    private final long maxInput;
    private final long maxOutput;
    // cells, sorted by (inBin, outBin)
    private final int[] inBin;
    private final int[] outBin;
    private final double[] weight;
    private final double[] sumIn;
    private final double[] sumOut;
    // exact rows, or null
    private final long[] rowIn;
    private final long[] rowOut;
    private final double[] rowWeight;
    // derived
    private final double totalWeight;
    private final double totalIn;
    private final double totalOut;

    private TokenDistribution(long rows, long maxInput, long maxOutput, int[] inBin, int[] outBin, double[] weight,
                              double[] sumIn, double[] sumOut, long[] rowIn, long[] rowOut, double[] rowWeight) {
        this.rows = rows;
        this.maxInput = maxInput;
        this.maxOutput = maxOutput;
        this.inBin = inBin;
        this.outBin = outBin;
        this.weight = weight;
        this.sumIn = sumIn;
        this.sumOut = sumOut;
        this.rowIn = rowIn;
        this.rowOut = rowOut;
        this.rowWeight = rowWeight;
        double w = 0;
        double i = 0;
        double o = 0;
        for (int k = 0; k < weight.length; k++) {
            w += weight[k];
            i += sumIn[k];
            o += sumOut[k];
        }
        this.totalWeight = w;
        this.totalIn = i;
        this.totalOut = o;
    }

    private static String cellName(int k) {
        return "histogram cell " + (k + 1);
    }

    /**
     * Restores a saved distribution, checking every cell. Rows may be null.
     *
     * @throws InvalidInputException naming the cell or row at fault
     */
    public static TokenDistribution restore(long rows, long maxInput, long maxOutput, int[] inBin, int[] outBin,
                                            double[] weight, double[] sumIn, double[] sumOut,
                                            long[] rowIn, long[] rowOut, double[] rowWeight) {
        int n = inBin.length;
        if (outBin.length != n || weight.length != n || sumIn.length != n || sumOut.length != n) {
            throw new InvalidInputException("histogram", "histogram arrays differ in length");
        }
        if (n == 0) {
            throw new InvalidInputException("histogram", "a token distribution needs at least one request");
        }
        Builder b = new Builder();
        int maxInBin = 0;
        int maxOutBin = 0;
        for (int k = 0; k < n; k++) {
            // the cell's name is built only for a failure: an import restores ~16,000 cells
            int ib = inBin[k];
            int ob = outBin[k];
            if (ib < 0 || ib > TokenBins.maxBin() || ob < 0 || ob > TokenBins.maxBin()) {
                throw new InvalidInputException(cellName(k), cellName(k) + ": bin out of range");
            }
            double w = weight[k];
            if (!(w > 0) || !Double.isFinite(w)) {
                Check.positive(cellName(k) + " weight", w);
            }
            if (!(sumIn[k] >= 0) || !Double.isFinite(sumIn[k])) {
                Check.nonNegative(cellName(k) + " input sum", sumIn[k]);
            }
            if (!(sumOut[k] >= 0) || !Double.isFinite(sumOut[k])) {
                Check.nonNegative(cellName(k) + " output sum", sumOut[k]);
            }
            double mi = sumIn[k] / w;
            double mo = sumOut[k] / w;
            // the mean of a cell must lie inside its bins (1e-9 slack for rounding)
            if (mi < TokenBins.lowerBound(ib) * (1 - 1e-9) || mi > TokenBins.upperBoundExclusive(ib)
                    || mo < TokenBins.lowerBound(ob) * (1 - 1e-9) || mo > TokenBins.upperBoundExclusive(ob)) {
                throw new InvalidInputException(cellName(k), cellName(k) + ": its token sums do not fit its bins");
            }
            int before = b.size;
            b.addCell(ib, ob, w, sumIn[k], sumOut[k]);
            if (b.size == before) {
                throw new InvalidInputException(cellName(k), cellName(k) + ": the same bins (" + ib + ", " + ob
                        + ") as an earlier cell; each pair of bins is one cell");
            }
            maxInBin = Math.max(maxInBin, ib);
            maxOutBin = Math.max(maxOutBin, ob);
        }
        if (rows < 0) {
            throw new InvalidInputException("rows", "rows must be >= 0, was " + rows);
        }
        largest("maxInputTokens", "input", maxInput, maxInBin);
        largest("maxOutputTokens", "output", maxOutput, maxOutBin);
        b.rows = rows;
        b.maxIn = maxInput;
        b.maxOut = maxOutput;
        b.dropRows();
        TokenDistribution d = b.build();
        if (!Double.isFinite(d.totalWeight) || !Double.isFinite(d.totalIn) || !Double.isFinite(d.totalOut)) {
            throw new InvalidInputException("histogram", "the cells' weights or token sums add up to more than "
                    + "a number can hold (" + d.totalWeight + " requests), so every mean would be wrong");
        }
        if (rowIn != null) {
            if (rowOut == null || rowWeight == null || rowOut.length != rowIn.length || rowWeight.length != rowIn.length) {
                throw new InvalidInputException("rows", "exact rows: arrays differ in length");
            }
            if (rowIn.length > MAX_EXACT_ROWS) {
                throw new InvalidInputException("rows", "exact rows: more than " + MAX_EXACT_ROWS);
            }
            Builder check = new Builder();
            for (int k = 0; k < rowIn.length; k++) {
                String row = "exact row " + (k + 1);
                if (rowIn[k] < 0 || rowOut[k] < 0) {
                    throw new InvalidInputException(row, row + ": token counts must be >= 0");
                }
                Check.positive(row + " weight", rowWeight[k]);
                check.add(rowIn[k], rowOut[k], rowWeight[k]);
            }
            TokenDistribution fromRows = check.build();
            if (!fromRows.sameHistogram(d)) {
                throw new InvalidInputException("rows", "exact rows do not match the histogram");
            }
            return fromRows;
        }
        return d;
    }

    /** The largest token count of the rows lies in the highest bin any cell has. */
    private static void largest(String field, String what, long max, int highestBin) {
        if (max < 0 || max > TokenBins.MAX_VALUE || TokenBins.binOf(max) != highestBin) {
            throw new InvalidInputException(field, "largest " + what + " tokens " + max
                    + " does not fit the cells: their highest " + what + " bin holds " + TokenBins.lowerBound(highestBin)
                    + " to " + (TokenBins.upperBoundExclusive(highestBin) - 1) + " tokens");
        }
    }

    private boolean sameHistogram(TokenDistribution o) {
        if (o.inBin.length != inBin.length || !Arrays.equals(inBin, o.inBin) || !Arrays.equals(outBin, o.outBin)) {
            return false;
        }
        for (int k = 0; k < weight.length; k++) {
            if (!close(weight[k], o.weight[k]) || !close(sumIn[k], o.sumIn[k]) || !close(sumOut[k], o.sumOut[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Source rows counted into this distribution (a row may carry a weight above 1). */
    public long rows() {
        return rows;
    }

    public long maxInput() {
        return maxInput;
    }

    public long maxOutput() {
        return maxOutput;
    }

    /** Weighted sum of input tokens over all requests. */
    public double sumInput() {
        return totalIn;
    }

    /** Weighted sum of output tokens over all requests. */
    public double sumOutput() {
        return totalOut;
    }

    public int cellCount() {
        return weight.length;
    }

    public int cellInBin(int k) {
        return inBin[k];
    }

    public int cellOutBin(int k) {
        return outBin[k];
    }

    public double cellWeight(int k) {
        return weight[k];
    }

    public double cellSumInput(int k) {
        return sumIn[k];
    }

    public double cellSumOutput(int k) {
        return sumOut[k];
    }

    /** Whether the exact rows are kept. */
    public boolean hasRows() {
        return rowIn != null;
    }

    public int rowCount() {
        return rowIn == null ? 0 : rowIn.length;
    }

    public long rowInput(int k) {
        return rowIn[k];
    }

    public long rowOutput(int k) {
        return rowOut[k];
    }

    public double rowWeight(int k) {
        return rowWeight[k];
    }

    @Override
    public double meanInput() {
        return totalIn / totalWeight;
    }

    @Override
    public double meanOutput() {
        return totalOut / totalWeight;
    }

    @Override
    public double totalWeight() {
        return totalWeight;
    }

    @Override
    public int pointCount() {
        return rowIn != null ? rowIn.length : weight.length;
    }

    @Override
    public double pointWeight(int i) {
        return rowIn != null ? rowWeight[i] : weight[i];
    }

    @Override
    public double pointInput(int i) {
        return rowIn != null ? rowIn[i] : sumIn[i] / weight[i];
    }

    @Override
    public double pointOutput(int i) {
        return rowIn != null ? rowOut[i] : sumOut[i] / weight[i];
    }

    @Override
    public boolean exact() {
        return rowIn != null;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TokenDistribution d)) {
            return false;
        }
        return rows == d.rows && maxInput == d.maxInput && maxOutput == d.maxOutput
                && Arrays.equals(inBin, d.inBin) && Arrays.equals(outBin, d.outBin)
                && Arrays.equals(weight, d.weight) && Arrays.equals(sumIn, d.sumIn) && Arrays.equals(sumOut, d.sumOut)
                && Arrays.equals(rowIn, d.rowIn) && Arrays.equals(rowOut, d.rowOut) && Arrays.equals(rowWeight, d.rowWeight);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(inBin) * 31 + Arrays.hashCode(weight) + Long.hashCode(rows);
    }

    @Override
    public String toString() {
        return String.format("TokenDistribution[rows=%d, weight=%.0f, meanIn=%.1f, meanOut=%.1f, cells=%d%s]",
                rows, totalWeight, meanInput(), meanOutput(), weight.length, rowIn != null ? ", exact" : "");
    }

    /**
     * Accumulates requests into a distribution. Not thread-safe: give each thread its own builder
     * and {@link #merge} them. Adding is O(1) amortised and allocation-free once cells exist.
     */
    public static final class Builder {
        private static final long EMPTY = -1L;
        private long[] keys = new long[1024];
        private int[] slots = new int[1024];
        private int size;
        private int[] cIn = new int[256];
        private int[] cOut = new int[256];
        private double[] cW = new double[256];
        private double[] cSi = new double[256];
        private double[] cSo = new double[256];
        private long rows;
        private long maxIn;
        private long maxOut;
        /** The rows themselves while they fit in {@link #MAX_EXACT_ROWS}; null after. */
        private ExactRows exact = new ExactRows(MAX_EXACT_ROWS);

        public Builder() {
            Arrays.fill(keys, EMPTY);
        }

        /**
         * Adds one row: {@code weight} requests of {@code in} input and {@code out} output tokens.
         *
         * @throws IllegalArgumentException for negative counts or a weight that is not positive
         */
        public Builder add(long in, long out, double weight) {
            if (in < 0 || out < 0) {
                throw new IllegalArgumentException("token counts must be >= 0, were " + in + ", " + out);
            }
            if (!(weight > 0) || weight == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("weight must be a positive number, was " + weight);
            }
            int ib = TokenBins.binOf(in);
            int ob = TokenBins.binOf(out);
            addCell(ib, ob, weight, in * weight, out * weight);
            rows++;
            if (in > maxIn) {
                maxIn = in;
            }
            if (out > maxOut) {
                maxOut = out;
            }
            if (exact != null && !exact.add(in, out, weight)) {
                dropRows();
            }
            return this;
        }

        /** Adds one request of weight 1. */
        public Builder add(long in, long out) {
            return add(in, out, 1.0);
        }

        /** Adds everything another builder holds (its rows stay exact only while both fit). */
        public Builder merge(Builder other) {
            for (int k = 0; k < other.size; k++) {
                addCell(other.cIn[k], other.cOut[k], other.cW[k], other.cSi[k], other.cSo[k]);
            }
            if (exact == null || other.exact == null || !exact.addAll(other.exact)) {
                dropRows();
            }
            rows += other.rows;
            maxIn = Math.max(maxIn, other.maxIn);
            maxOut = Math.max(maxOut, other.maxOut);
            return this;
        }

        /** Rows added so far. */
        public long rows() {
            return rows;
        }

        /** Whether nothing has been added. */
        public boolean isEmpty() {
            return size == 0;
        }

        void dropRows() {
            exact = null;
        }

        void addCell(int ib, int ob, double w, double si, double so) {
            long key = ((long) ib << 32) | (ob & 0xffffffffL);
            int mask = keys.length - 1;
            int h = mix(key) & mask;
            while (true) {
                long k = keys[h];
                if (k == key) {
                    int s = slots[h];
                    cW[s] += w;
                    cSi[s] += si;
                    cSo[s] += so;
                    return;
                }
                if (k == EMPTY) {
                    break;
                }
                h = (h + 1) & mask;
            }
            if (size == cW.length) {
                int n = size * 2;
                cIn = Arrays.copyOf(cIn, n);
                cOut = Arrays.copyOf(cOut, n);
                cW = Arrays.copyOf(cW, n);
                cSi = Arrays.copyOf(cSi, n);
                cSo = Arrays.copyOf(cSo, n);
            }
            cIn[size] = ib;
            cOut[size] = ob;
            cW[size] = w;
            cSi[size] = si;
            cSo[size] = so;
            keys[h] = key;
            slots[h] = size;
            size++;
            if (size * 2 > keys.length) {
                rehash();
            }
        }

        private void rehash() {
            long[] nk = new long[keys.length * 2];
            int[] ns = new int[keys.length * 2];
            Arrays.fill(nk, EMPTY);
            int mask = nk.length - 1;
            for (int s = 0; s < size; s++) {
                long key = ((long) cIn[s] << 32) | (cOut[s] & 0xffffffffL);
                int h = mix(key) & mask;
                while (nk[h] != EMPTY) {
                    h = (h + 1) & mask;
                }
                nk[h] = key;
                ns[h] = s;
            }
            keys = nk;
            slots = ns;
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29));
        }

        /**
         * The distribution of everything added.
         *
         * @throws IllegalStateException when nothing was added
         */
        public TokenDistribution build() {
            if (size == 0) {
                throw new IllegalStateException("a token distribution needs at least one request");
            }
            Integer[] order = new Integer[size];
            for (int k = 0; k < size; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> cIn[a] != cIn[b] ? Integer.compare(cIn[a], cIn[b]) : Integer.compare(cOut[a], cOut[b]));
            int[] ib = new int[size];
            int[] ob = new int[size];
            double[] w = new double[size];
            double[] si = new double[size];
            double[] so = new double[size];
            for (int k = 0; k < size; k++) {
                int s = order[k];
                ib[k] = cIn[s];
                ob[k] = cOut[s];
                w[k] = cW[s];
                si[k] = cSi[s];
                so[k] = cSo[s];
            }
            return exact == null
                    ? new TokenDistribution(rows, maxIn, maxOut, ib, ob, w, si, so, null, null, null)
                    : new TokenDistribution(rows, maxIn, maxOut, ib, ob, w, si, so,
                    exact.inputs(), exact.outputs(), exact.weights());
        }
    }
}
