package com.cp1ki.engine.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Spearman rank correlation and the contribution to variance it gives (rho squared, normalised). */
final class Ranks {
    private Ranks() {
    }

    /** The ranks of the values (1 = lowest; ties share their average rank); NaN values keep NaN. */
    static double[] of(double[] v) {
        return Sorted.of(v).ranks;
    }

    /**
     * Every ranged input's ranks, row-major ({@code [draw * inputs + input]}) so that one pass over
     * the draws reads every input's rank of a draw, and centred once over the draws that gave numbers
     * (the same for every input: a refused draw gives none), so that the correlations with an output
     * defined on those same draws are one pass for all inputs at once. Each input's sums are the same
     * sums in the same order (draw order) as a correlation of that input alone, so the same bits
     * whichever the layout.
     */
    static final class Inputs {
        /** how many inputs */
        private final int m;
        /** ranks[i * m + j]: input j's rank in draw i, NaN in a draw that gave no numbers */
        private final double[] ranks;
        /** ranks minus their input's mean where defined, 0 elsewhere (row-major as ranks) */
        private final double[] centred;
        /** sum of squares of each input's centred ranks */
        private final double[] squares;
        private final boolean[] defined;
        private final int n;
        /** whether every input has a rank exactly in the draws that gave numbers (no drawn NaN) */
        private final boolean aligned;

        /**
         * The ranks of each input's draws ({@code values[j][i]}: input j in draw i) over the draws that
         * gave numbers ({@code defined}).
         */
        Inputs(double[][] values, boolean[] defined) {
            this.defined = defined;
            int draws = defined.length;
            m = values.length;
            int count = 0;
            for (boolean d : defined) {
                count += d ? 1 : 0;
            }
            n = count;
            ranks = new double[m * draws];
            centred = new double[m * draws];
            squares = new double[m];
            if (m == 0) {
                aligned = true;
                return;
            }
            Sorted sorted = new Sorted(draws);
            double[] masked = new double[draws];
            for (int j = 0; j < m; j++) {
                for (int i = 0; i < draws; i++) {
                    masked[i] = defined[i] ? values[j][i] : Double.NaN;
                }
                double[] r = sorted.sort(masked).ranks;
                double sum = 0;
                for (int i = 0; i < draws; i++) {
                    ranks[i * m + j] = r[i];
                    if (defined[i]) {
                        sum += r[i];
                    }
                }
                double mean = sum / n;
                double ss = 0;
                for (int i = 0; i < draws; i++) {
                    if (defined[i]) {
                        double c = r[i] - mean;
                        centred[i * m + j] = c;
                        ss += c * c;
                    }
                }
                squares[j] = ss;
            }
            boolean a = true;
            for (int i = 0; i < ranks.length && a; i++) {
                a = Double.isNaN(ranks[i]) != defined[i / m];
            }
            aligned = a;
        }

        /** How many inputs. */
        int size() {
            return m;
        }

        /**
         * The rank correlation of every input with an output's ranks (NaN where either does not vary),
         * with {@code scratch}, an array of one number a draw, as working space.
         */
        double[] correlations(double[] out, double[] scratch) {
            double[] rho = new double[m];
            boolean same = true;
            for (int i = 0; i < out.length && same; i++) {
                same = Double.isNaN(out[i]) != defined[i];
            }
            if (!same) {
                // the output has no number in some draws that gave numbers (a crossover that did not exist)
                return aligned ? sameDraws(out) : general(out);
            }
            if (n < 3) {
                java.util.Arrays.fill(rho, Double.NaN);
                return rho;
            }
            double sum = 0;
            for (int i = 0; i < out.length; i++) {
                if (defined[i]) {
                    sum += out[i];
                }
            }
            double mean = sum / n;
            double[] d = scratch;
            double ss = 0;
            for (int i = 0; i < out.length; i++) {
                if (defined[i]) {
                    d[i] = out[i] - mean;
                    ss += d[i] * d[i];
                }
            }
            // every input's products in one pass over the draws: m independent sums (a draw that gave
            // no numbers adds 0 x 0 = +0.0, which leaves a sum as it was, so it is skipped)
            double[] cab = new double[m];
            if (ss > 0) {
                // two draws at a time, each sum still in draw order: (cab + c0 d0) + c1 d1
                int i = 0;
                for (; i + 1 < out.length; i += 2) {
                    double d0 = defined[i] ? d[i] : 0;
                    double d1 = defined[i + 1] ? d[i + 1] : 0;
                    int r0 = i * m;
                    int r1 = r0 + m;
                    for (int j = 0; j < m; j++) {
                        cab[j] = cab[j] + centred[r0 + j] * d0 + centred[r1 + j] * d1;
                    }
                }
                for (; i < out.length; i++) {
                    if (defined[i]) {
                        double di = d[i];
                        int row = i * m;
                        for (int j = 0; j < m; j++) {
                            cab[j] += centred[row + j] * di;
                        }
                    }
                }
            }
            for (int j = 0; j < m; j++) {
                rho[j] = squares[j] > 0 && ss > 0 ? cab[j] / Math.sqrt(squares[j] * ss) : Double.NaN;
            }
            return rho;
        }

        /**
         * As {@link #general} when every input has a rank exactly in the draws that gave numbers: the
         * draws where an input and the output both have one are then the same for every input, so the
         * output's sums (the same additions in the same order for each input) are made once.
         */
        private double[] sameDraws(double[] b) {
            double[] sa = new double[m];
            double sb = 0;
            int count = 0;
            for (int i = 0; i < b.length; i++) {
                if (defined[i] && !Double.isNaN(b[i])) {
                    sb += b[i];
                    count++;
                    int row = i * m;
                    for (int j = 0; j < m; j++) {
                        sa[j] += ranks[row + j];
                    }
                }
            }
            double[] rho = new double[m];
            if (count < 3) {
                java.util.Arrays.fill(rho, Double.NaN);
                return rho;
            }
            double[] ma = new double[m];
            for (int j = 0; j < m; j++) {
                ma[j] = sa[j] / count;
            }
            double mb = sb / count;
            double[] cab = new double[m];
            double[] caa = new double[m];
            double cbb = 0;
            for (int i = 0; i < b.length; i++) {
                if (defined[i] && !Double.isNaN(b[i])) {
                    double db = b[i] - mb;
                    cbb += db * db;
                    int row = i * m;
                    for (int j = 0; j < m; j++) {
                        double da = ranks[row + j] - ma[j];
                        cab[j] += da * db;
                        caa[j] += da * da;
                    }
                }
            }
            for (int j = 0; j < m; j++) {
                rho[j] = caa[j] > 0 && cbb > 0 ? cab[j] / Math.sqrt(caa[j] * cbb) : Double.NaN;
            }
            return rho;
        }

        /**
         * Pearson correlation of each input's ranks with the output's ranks over the draws where both
         * are numbers (NaN if either is constant there, or fewer than 3 draws): each input's sums in
         * draw order, all inputs in two passes over the draws.
         */
        private double[] general(double[] b) {
            double[] sa = new double[m];
            double[] sb = new double[m];
            int[] count = new int[m];
            for (int i = 0; i < b.length; i++) {
                if (!Double.isNaN(b[i])) {
                    int row = i * m;
                    for (int j = 0; j < m; j++) {
                        double a = ranks[row + j];
                        if (!Double.isNaN(a)) {
                            sa[j] += a;
                            sb[j] += b[i];
                            count[j]++;
                        }
                    }
                }
            }
            double[] ma = new double[m];
            double[] mb = new double[m];
            for (int j = 0; j < m; j++) {
                ma[j] = sa[j] / count[j];
                mb[j] = sb[j] / count[j];
            }
            double[] cab = new double[m];
            double[] caa = new double[m];
            double[] cbb = new double[m];
            for (int i = 0; i < b.length; i++) {
                if (!Double.isNaN(b[i])) {
                    int row = i * m;
                    for (int j = 0; j < m; j++) {
                        double a = ranks[row + j];
                        if (!Double.isNaN(a)) {
                            double da = a - ma[j];
                            double db = b[i] - mb[j];
                            cab[j] += da * db;
                            caa[j] += da * da;
                            cbb[j] += db * db;
                        }
                    }
                }
            }
            double[] rho = new double[m];
            for (int j = 0; j < m; j++) {
                rho[j] = count[j] >= 3 && caa[j] > 0 && cbb[j] > 0 ? cab[j] / Math.sqrt(caa[j] * cbb[j]) : Double.NaN;
            }
            return rho;
        }
    }

    /**
     * Each ranged input's share of the output's spread, largest first ({@code fields}: the inputs' field
     * paths); empty when the output does not vary.
     */
    static List<Contribution> contributions(double[] outputRanks, Inputs inputs, List<String> fields, double[] scratch) {
        if (inputs.size() == 0) {
            return List.of();
        }
        double[] rho = inputs.correlations(outputRanks, scratch);
        double total = 0;
        for (int j = 0; j < rho.length; j++) {
            if (!Double.isNaN(rho[j])) {
                total += rho[j] * rho[j];
            }
        }
        List<Contribution> list = new ArrayList<>();
        if (!(total > 0)) {
            return list;
        }
        for (int j = 0; j < rho.length; j++) {
            if (!Double.isNaN(rho[j])) {
                list.add(new Contribution(fields.get(j), rho[j], rho[j] * rho[j] / total));
            }
        }
        list.sort(Comparator.comparingDouble(Contribution::share).reversed().thenComparing(Contribution::field));
        return list;
    }
}
