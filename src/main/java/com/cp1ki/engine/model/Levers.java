package com.cp1ki.engine.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A stack's optimisation levers, applied in this order (docs/cost-model.md, "Optimisation
 * levers"): prompt compression, semantic cache, cascade, batching. Each is off at its zero value;
 * {@link #NONE} changes nothing. A managed API's batching lever is its serving's batch share and
 * discount, so {@link #batching()} only holds a self-hosted fleet's off-peak share.
 *
 * @param compression prompt compression
 * @param cache       semantic cache
 * @param cascade     a cheaper stack answering first
 * @param batching    off-peak batching of a self-hosted fleet
 */
public record Levers(Compression compression, SemanticCache cache, Cascade cascade, Batching batching) {

    /** No levers. */
    public static final Levers NONE = new Levers(Compression.NONE, SemanticCache.NONE, Cascade.NONE, Batching.NONE);

    public Levers {
        Check.present("compression", compression);
        Check.present("semantic cache", cache);
        Check.present("cascade", cascade);
        Check.present("batching", batching);
    }

    /** Whether any lever of this record is on (an API's batch share is not counted here). */
    public boolean any() {
        return compression.on() || cache.on() || cascade.on() || batching.on();
    }

    /** The other stacks these levers use: the cascade's first stack, then the compressor. */
    public List<String> stacksUsed() {
        List<String> out = new ArrayList<>(2);
        if (cascade.firstStack() != null) {
            out.add(cascade.firstStack());
        }
        if (compression.compressor() != null && !out.contains(compression.compressor())) {
            out.add(compression.compressor());
        }
        return out;
    }

    /** These levers with every use of stack {@code from} renamed to {@code to}. */
    public Levers withStackRenamed(String from, String to) {
        Compression c = from.equals(compression.compressor()) ? compression.withCompressor(to) : compression;
        Cascade k = from.equals(cascade.firstStack()) ? cascade.withFirstStack(to) : cascade;
        return c == compression && k == cascade ? this : new Levers(c, cache, k, batching);
    }

    /** These levers made to fit a serving kind: a managed API has no off-peak share (its batching is its batch share). */
    public Levers adaptedTo(Serving serving) {
        return serving instanceof ManagedApi && batching.on() ? withBatching(Batching.NONE) : this;
    }

    public Levers withCompression(Compression c) {
        return new Levers(c, cache, cascade, batching);
    }

    public Levers withCache(SemanticCache c) {
        return new Levers(compression, c, cascade, batching);
    }

    public Levers withCascade(Cascade c) {
        return new Levers(compression, cache, c, batching);
    }

    public Levers withBatching(Batching b) {
        return new Levers(compression, cache, cascade, b);
    }
}
