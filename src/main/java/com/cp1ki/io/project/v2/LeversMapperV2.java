package com.cp1ki.io.project.v2;

import com.cp1ki.engine.model.Batching;
import com.cp1ki.engine.model.Cascade;
import com.cp1ki.engine.model.Compression;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.LeverReferences;
import com.cp1ki.engine.model.Levers;
import com.cp1ki.engine.model.SemanticCache;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.io.project.Where;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.cp1ki.io.project.v2.Values.or;
import static java.util.Map.entry;

/** Maps a stack's levers (format 3) between DTO and engine records, and checks the stacks they name. */
final class LeversMapperV2 {

    /** Engine field names to JSON property paths below a stack. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            entry("compression ratio", "levers.compression.ratio"),
            entry("compressor cost per request", "levers.compression.costPerRequestUsd"),
            entry(LeverReferences.COMPRESSOR_FIELD, "levers.compression.compressorStack"),
            entry("cache hit share", "levers.semanticCache.hitShare"),
            entry("cache lookup cost", "levers.semanticCache.lookupUsdPerRequest"),
            entry("stale-answer share", "levers.semanticCache.staleShare"),
            entry(LeverReferences.CASCADE_FIELD, "levers.cascade.firstStack"),
            entry("escalation share", "levers.cascade.escalationShare"),
            entry("off-peak share", "levers.batching.offPeakShare"));

    private LeversMapperV2() {
    }

    static Levers fromDto(LeversDto d, Where at) {
        if (d == null) {
            return Levers.NONE;
        }
        try {
            var c = d.compression();
            var h = d.semanticCache();
            var k = d.cascade();
            var b = d.batching();
            return new Levers(
                    c == null ? Compression.NONE
                            : new Compression(or(c.ratio(), 0), or(c.costPerRequestUsd(), 0), c.compressorStack()),
                    h == null ? SemanticCache.NONE
                            : new SemanticCache(or(h.hitShare(), 0), or(h.lookupUsdPerRequest(), 0), or(h.staleShare(), 0)),
                    k == null ? Cascade.NONE : new Cascade(k.firstStack(), or(k.escalationShare(), 0)),
                    b == null ? Batching.NONE : new Batching(or(b.offPeakShare(), 0)));
        } catch (InvalidInputException e) {
            throw at.invalid(e, FIELDS);
        }
    }

    /** The DTO of a stack's levers, null when none is set (so a file without levers is written as in format 2). */
    static LeversDto toDto(Levers l) {
        if (l.equals(Levers.NONE)) {
            return null;
        }
        Compression c = l.compression();
        SemanticCache h = l.cache();
        Cascade k = l.cascade();
        return new LeversDto(
                c.equals(Compression.NONE) ? null
                        : new LeversDto.CompressionDto(c.ratio(), c.costPerRequest(), c.compressor()),
                h.equals(SemanticCache.NONE) ? null
                        : new LeversDto.SemanticCacheDto(h.hitShare(), h.lookupCost(), h.staleShare()),
                k.equals(Cascade.NONE) ? null : new LeversDto.CascadeDto(k.firstStack(), k.escalationShare()),
                l.batching().equals(Batching.NONE) ? null : new LeversDto.BatchingDto(l.batching().offPeakShare()));
    }

    /** Every stack's lever references name another, enabled stack and form no cycle; the error names the field. */
    static void checkReferences(List<Stack> stacks, Where root) {
        Map<String, Stack> byName = stacks.stream().collect(Collectors.toMap(Stack::name, Function.identity(), (a, b) -> a));
        for (int i = 0; i < stacks.size(); i++) {
            Stack s = stacks.get(i);
            try {
                LeverReferences.checkStack(s, byName);
            } catch (InvalidInputException e) {
                throw root.field("stacks").index(i).named(s.name()).invalid(e, FIELDS);
            }
        }
    }
}
