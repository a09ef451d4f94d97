package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.FieldSetter;
import com.cp1ki.engine.field.MissingFieldException;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Monte Carlo simulation being run: draw {@code i} sets every ranged input to its draw (which
 * depends only on the seed, the input's path and i) and computes the followed numbers of that
 * project ({@link Evaluator}: the engine's fast path, equal to the full report to rounding; a draw
 * whose inputs all sit at the project's values takes the point report's numbers). Run
 * the draws in blocks, in any order and on any number of threads (each block writes its own
 * draws only), then read the {@link #result()}: the same project and seed give the same bits
 * whichever way the blocks were run.
 *
 * <p>Not thread-safe beyond that: run disjoint blocks, and read the result once all have finished.
 */
public final class Simulator {
    /** Draws a block of {@link #run} keeps as rows before moving them to the outputs' arrays. */
    private static final int CHUNK = 32;
    private final Project project;
    private final Ranged ranged;
    private final Outputs outputs;
    private final Evaluator evaluator;
    private final double[] base;
    private final long[] streams;
    /** input j's setter in the batch (null for a token scale) */
    private final FieldSetter[] setters;
    private final FieldSetter.Batch batch;
    /** input j's place in the batch's values: the numbers first, then the token scales */
    private final int[] slot;
    private final int draws;
    private final long seed;
    /** values[j][i]: input j in draw i */
    private final double[][] values;
    /** out[k][i]: output k in draw i (NaN when the draw gave none) */
    private final double[][] out;
    private final String[] refused;
    /** each output's statistics, once summarised */
    private final Simulation.Result[] summaries;
    private Ranks.Inputs inputRanks;
    /** the ranged inputs' field paths, as contributions name them */
    private final List<String> inputFields;

    /**
     * About how many bytes a simulation of {@code draws} keeps: every draw of every ranged input
     * (with its ranks, masked copy and centred ranks: four numbers) and of every output (one), and the
     * statistics' working arrays of the outputs summarised at once (about 50 numbers a draw). Eight
     * bytes a number.
     */
    public static long bytesFor(int inputs, int outputs, int draws) {
        return 8L * draws * (outputs + 4L * inputs + 50);
    }

    Simulator(Project project, long seed, int draws) {
        this(project, seed, draws, Long.MAX_VALUE);
    }

    Simulator(Project project, long seed, int draws, long memoryBytes) {
        this.project = project;
        this.seed = seed;
        this.draws = draws;
        // a forecast rate moves only the months ahead (the forecast's fan draws it), never this month's numbers
        this.ranged = Ranged.of(project, Inputs::movesTheReport);
        Report point = CostEngine.report(project, CostEngine.Detail.NOW);
        this.outputs = new Outputs(point);
        this.base = outputs.row(point);
        this.evaluator = new Evaluator(project, point, outputs);
        int m = ranged.inputs().size();
        long need = bytesFor(m, outputs.size(), draws);
        if (need > memoryBytes) {
            long fit = memoryBytes / bytesFor(m, outputs.size(), 1);
            throw new InvalidInputException("draws", String.format(java.util.Locale.ROOT, "%,d draws of this "
                    + "project would keep about %,d MB of numbers (%,d outputs and %,d ranged inputs a draw), more "
                    + "than the %,d MB this program may use for them: use at most %,d draws, or give Java more "
                    + "memory (-Xmx)", draws, need >> 20, outputs.size(), m, memoryBytes >> 20, fit));
        }
        streams = new long[m];
        setters = new FieldSetter[m];
        slot = new int[m];
        List<FieldSetter> fields = new ArrayList<>();
        List<FieldPath> scales = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            FieldPath path = ranged.inputs().get(j).path();
            if (Inputs.isScale(path)) {
                scales.add(path);
            } else {
                setters[j] = FieldSetter.of(project, path);
                slot[j] = fields.size();
                fields.add(setters[j]);
            }
            streams[j] = SeededDraws.stream(seed, path.toString());
        }
        int[] scaleAt = new int[scales.size()];
        for (int j = 0, k = 0; j < m; j++) {
            if (setters[j] == null) {
                slot[j] = fields.size() + k;
                scaleAt[k++] = slot[j];
            }
        }
        // one copy of the project a draw: the token scales are set in the same pass as the drawn numbers
        batch = new FieldSetter.Batch(project, fields, Inputs.scaleChanges(project, scales, scaleAt));
        values = new double[m][draws];
        out = new double[outputs.size()][draws];
        refused = new String[draws];
        summaries = new Simulation.Result[outputs.size()];
        inputFields = ranged.inputs().stream().map(r -> r.path().toString()).toList();
    }

    public int draws() {
        return draws;
    }

    public long seed() {
        return seed;
    }

    /** Runs draws {@code from} (inclusive) to {@code to} (exclusive). */
    public void run(int from, int to) {
        if (from < 0 || to > draws || from > to) {
            throw new IllegalArgumentException("draws " + from + " to " + to + " of " + draws);
        }
        List<Ranged.Input> in = ranged.inputs();
        double[] v = new double[in.size()];
        double[] batchValues = new double[in.size()];
        int width = out.length;
        // each draw's outputs go into a row of a small row-major buffer, moved into the outputs' own
        // arrays (the layout the statistics read) CHUNK draws at a time: a few contiguous writes per
        // output instead of a write into each of the hundreds of outputs' arrays every draw
        double[] rows = new double[Math.min(CHUNK, to - from) * width];
        int first = from;
        for (int i = from; i < to; i++) {
            int at = (i - first) * width;
            try {
                for (int j = 0; j < in.size(); j++) {
                    v[j] = in.get(j).draw(streams[j], i);
                    batchValues[slot[j]] = v[j];
                }
                // every ranged input set at once, each record on their paths (and the project) copied once
                Project q = batch.with(project, batchValues);
                boolean atBase = true;
                for (int j = 0; j < in.size(); j++) {
                    values[j][i] = setters[j] == null ? v[j] : setters[j].number(q);
                    atBase &= values[j][i] == in.get(j).base();
                }
                if (atBase) {
                    // every input where the project has it: the draw is the project, its numbers the point report's
                    System.arraycopy(base, 0, rows, at, width);
                } else {
                    evaluator.read(q, rows, at);
                }
            } catch (InvalidInputException | MissingFieldException e) {
                refused[i] = e.getMessage();
                Arrays.fill(rows, at, at + width, Double.NaN);
            }
            if (i + 1 - first == CHUNK || i + 1 == to) {
                store(rows, first, i + 1);
                first = i + 1;
            }
        }
    }

    /** Moves draws {@code first} to {@code end} (exclusive) from the rows of {@link #run} into each output's array. */
    private void store(double[] rows, int first, int end) {
        int width = out.length;
        for (int k = 0; k < width; k++) {
            double[] column = out[k];
            for (int i = first, at = k; i < end; i++, at += width) {
                column[i] = rows[at];
            }
        }
    }

    /** The outputs of draw {@code i} (after it has run), in the order of {@link Simulation#outputs()}. */
    double[] drawRow(int i) {
        double[] row = new double[out.length];
        for (int k = 0; k < row.length; k++) {
            row[k] = out[k][i];
        }
        return row;
    }

    /** How many outputs the simulation follows (for {@link #summarise} in blocks). */
    public int outputCount() {
        return out.length;
    }

    /**
     * Computes the statistics of outputs {@code from} (inclusive) to {@code to} (exclusive), once
     * every draw has run; disjoint blocks may run on any threads before {@link #result()}, which
     * computes whatever is left (the statistics of a large project's hundreds of outputs are then
     * spread over the cores like its draws). Any split gives the same bits.
     */
    public void summarise(int from, int to) {
        if (from < 0 || to > out.length || from > to) {
            throw new IllegalArgumentException("outputs " + from + " to " + to + " of " + out.length);
        }
        Ranks.Inputs ranks = inputRanks();
        // one set of working arrays for the block's outputs, sorted one after another
        Sorted sorted = null;
        double[] scratch = null;
        for (int k = from; k < to; k++) {
            if (summaries[k] == null) {
                if (sorted == null) {
                    sorted = new Sorted(draws);
                    scratch = new double[draws];
                }
                // one sort of the output's draws gives both its percentiles and its ranks
                sorted.sort(out[k]);
                summaries[k] = new Simulation.Result(outputs.list.get(k), base[k], Stats.of(out[k], sorted),
                        Ranks.contributions(sorted.ranks, ranks, inputFields, scratch));
            }
        }
    }

    /** The ranks of every input's draws over the draws that gave numbers, computed once. */
    private synchronized Ranks.Inputs inputRanks() {
        if (inputRanks == null) {
            boolean[] ok = new boolean[draws];
            for (int i = 0; i < draws; i++) {
                ok[i] = refused[i] == null;
            }
            inputRanks = new Ranks.Inputs(values, ok);
        }
        return inputRanks;
    }

    /** The simulation's result; every draw must have run. */
    public Simulation result() {
        int refusedCount = 0;
        String firstRefusal = null;
        boolean[] ok = new boolean[draws];
        for (int i = 0; i < draws; i++) {
            ok[i] = refused[i] == null;
            if (!ok[i]) {
                refusedCount++;
                firstRefusal = firstRefusal == null ? "draw " + (i + 1) + ": " + refused[i] : firstRefusal;
            }
        }
        List<String> warnings = new ArrayList<>(ranged.warnings());
        if (refusedCount > 0) {
            warnings.add(String.format(java.util.Locale.ROOT, "%,d of %,d draws broke a rule of the model and give "
                    + "no numbers (first: %s).", refusedCount, draws, firstRefusal));
        }
        summarise(0, out.length);
        List<Simulation.Result> results = List.of(summaries);
        List<Simulation.Input> inputs = ranged.inputs().stream()
                .map(r -> new Simulation.Input(r.path().toString(), r.range(), r.base())).toList();
        return new Simulation(seed, draws, inputs, results, cheapest(), refusedCount, warnings);
    }

    private List<Simulation.Cheapest> cheapest() {
        List<Simulation.Cheapest> list = new ArrayList<>();
        for (int w = 0; w < outputs.workloads.size(); w++) {
            int[] monthly = outputs.monthlyByWorkload.get(w);
            long[] wins = new long[monthly.length];
            long counted = 0;
            for (int i = 0; i < draws; i++) {
                int best = -1;
                for (int s = 0; s < monthly.length; s++) {
                    double c = out[monthly[s]][i];
                    if (!Double.isNaN(c) && (best < 0 || c < out[monthly[best]][i])) {
                        best = s;
                    }
                }
                if (best >= 0) {
                    wins[best]++;
                    counted++;
                }
            }
            List<String> stacks = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (int s = 0; s < monthly.length; s++) {
                stacks.add(outputs.list.get(monthly[s]).stack());
                shares.add(counted == 0 ? Double.NaN : (double) wins[s] / counted);
            }
            list.add(new Simulation.Cheapest(outputs.workloads.get(w), stacks, shares));
        }
        return list;
    }
}
