package com.cp1ki.app.editor.stack;

import com.cp1ki.app.editor.EditorViewModel;
import com.cp1ki.app.form.ChoiceField;
import com.cp1ki.app.form.FieldSet;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Rule;
import com.cp1ki.app.form.Target;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Batching;
import com.cp1ki.engine.model.Cascade;
import com.cp1ki.engine.model.Compression;
import com.cp1ki.engine.model.Levers;
import com.cp1ki.engine.model.SemanticCache;
import com.cp1ki.engine.model.Stack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A stack's optimisation levers (docs/cost-model.md, "Optimisation levers"), in the order they
 * apply: prompt compression, semantic cache, cascade and, for a self-hosted fleet, off-peak
 * batching (a managed API's batching is its batch share and discount in the serving section).
 * Every field is one undoable edit through the stack's levers record, so the model's checks run.
 */
public final class LeversViewModel extends EditorViewModel {
    /** The choice meaning "no stack" in the cascade and compressor pickers. */
    public static final String NONE = "(none)";

    private final Supplier<String> stack;
    private final boolean gpu;
    private final List<FormField> compression;
    private final ChoiceField<String> compressor;
    private final List<FormField> cache;
    private final ChoiceField<String> firstStack;
    private final List<FormField> cascade;
    private final List<FormField> batching;

    public LeversViewModel(ProjectSession session, Supplier<String> stack, boolean gpu) {
        super(session);
        this.stack = stack;
        this.gpu = gpu;
        FieldSet<Compression> c = fields(part(Levers::compression, Levers::withCompression), "leversCompression");
        compression = List.of(
                c.percent("ratio", "Prompt compression", "Share of each prompt's input tokens the compressor removes;"
                        + " the model reads I x (1 - r). Applied first, before the cache and the cascade.", Rule.PERCENT),
                c.number("costPerRequest", "Compressor fee", "USD / request", "What the compression costs per request"
                        + " that reaches the model (cache hits skip it); 0 when a stack below does the compressing.",
                        Rule.NON_NEGATIVE));
        compressor = stackChoice("leversCompressor", "Compressor stack", "Another stack of the project that does the"
                        + " compressing: it reads the whole prompt and writes the shorter one, at its own prices or fleet.",
                l -> l.compression().compressor(), (l, n) -> l.withCompression(l.compression().withCompressor(n)));
        FieldSet<SemanticCache> h = fields(part(Levers::cache, Levers::withCache), "leversCache");
        cache = List.of(
                h.percent("hitShare", "Cache hits", "Share of requests answered from the semantic cache; they reach"
                        + " neither the compressor nor any model.", Rule.PERCENT),
                h.number("lookupCost", "Lookup cost", "USD / request", "Embedding and vector search paid by every"
                        + " request, hit or miss.", Rule.NON_NEGATIVE),
                h.percent("staleShare", "Stale hits", "Share of cache hits whose answer is out of date: shown as a quality"
                        + " note, never priced.", Rule.PERCENT));
        firstStack = stackChoice("leversFirstStack", "Cascade from", "A cheaper stack of the project that answers every"
                        + " request first (after the cache); a share is escalated to this stack and paid twice.",
                l -> l.cascade().firstStack(), (l, n) -> l.withCascade(l.cascade().withFirstStack(n)));
        FieldSet<Cascade> k = fields(part(Levers::cascade, Levers::withCascade), "leversCascade");
        cascade = List.of(k.percent("escalationShare", "Escalated", "Share of the first stack's answers sent on to"
                + " this stack as well.", Rule.PERCENT));
        batching = gpu ? List.of(fields(part(Levers::batching, Levers::withBatching), "leversBatching").percent(
                "offPeakShare", "Off-peak share", "Share of requests deferred to off-peak hours: they still use GPU"
                        + " time but no longer raise the peak, so the fleet is sized for max(P x (1 - b), 1).",
                Rule.PERCENT)) : List.of();
        refresh();
    }

    /** One lever's record of this stack, read and written through the stack's levers. */
    private <T extends Record> Target<T> part(Function<Levers, T> get, BiFunction<Levers, T, Levers> with) {
        return Targets.of(() -> "stack '" + stack.get() + "'", p -> get.apply(p.stack(stack.get()).orElseThrow().levers()),
                (p, v) -> ProjectEdits.replaceStack(p, stack.get(), s -> s.withLevers(with.apply(s.levers(), v))));
    }

    private ChoiceField<String> stackChoice(String id, String label, String tip, Function<Levers, String> read,
                                            BiFunction<Levers, String, Levers> with) {
        return new ChoiceField<>(id, label, tip, this::otherStacks, n -> n, session, () -> {
            String n = read.apply(current().levers());
            return n == null ? NONE : n;
        }, n -> new Edit("Set " + label.toLowerCase() + " of stack '" + stack.get() + "' to " + n,
                p -> ProjectEdits.replaceStack(p, stack.get(), s -> s.withLevers(with.apply(s.levers(),
                        NONE.equals(n) ? null : n)))));
    }

    /** "(none)" and the project's other enabled stacks, in project order. */
    private List<String> otherStacks() {
        List<String> out = new ArrayList<>();
        out.add(NONE);
        for (Stack s : session.project().stacks()) {
            if (s.enabled() && !s.name().equals(stack.get())) {
                out.add(s.name());
            }
        }
        return out;
    }

    private Stack current() {
        return session.project().stack(stack.get()).orElseThrow();
    }

    @Override
    protected void refresh() {
        super.refresh();
        if (compressor != null) {
            compressor.refresh();
        }
        if (firstStack != null) {
            firstStack.refresh();
        }
    }

    public boolean isGpu() {
        return gpu;
    }

    public List<FormField> compression() {
        return compression;
    }

    public ChoiceField<String> compressor() {
        return compressor;
    }

    public List<FormField> cache() {
        return cache;
    }

    public ChoiceField<String> firstStack() {
        return firstStack;
    }

    public List<FormField> cascade() {
        return cascade;
    }

    /** The off-peak share (empty for a managed API, whose batching is its batch share). */
    public List<FormField> batching() {
        return batching;
    }
}
