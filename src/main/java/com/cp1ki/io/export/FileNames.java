package com.cp1ki.io.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * File names made from user names (workloads, stacks, plans): portable, short and unique. A stem is
 * lower-case ASCII letters, digits and single dashes (accents dropped: "Résumé" gives "resume");
 * one longer than {@link #MAX_STEM} characters is cut and ends with a hash of the whole, so two long
 * names that differ only at the end still get different files, and no name we make comes near
 * the 255-byte limit of common file systems.
 */
public final class FileNames {
    /** The longest stem we make, in characters (= bytes: stems are ASCII). */
    public static final int MAX_STEM = 120;

    private FileNames() {
    }

    /** The stem of words joined by dashes; {@code fallback} when nothing of them is left. */
    public static String stem(String fallback, String... parts) {
        String joined = Normalizer.normalize(String.join("-", parts), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String base = joined.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            return fallback;
        }
        if (base.length() <= MAX_STEM) {
            return base;
        }
        CRC32 crc = new CRC32();
        crc.update(joined.getBytes(StandardCharsets.UTF_8));
        String hash = String.format(Locale.ROOT, "%08x", crc.getValue());
        String head = base.substring(0, MAX_STEM - hash.length() - 1).replaceAll("-+$", "");
        return head + "-" + hash;
    }

    /** {@code stem + ext}, or {@code stem-2 + ext}, {@code stem-3 + ext}... the first not in {@code used}, which takes it. */
    public static String unique(Set<String> used, String stem, String ext) {
        String n = stem;
        for (int k = 2; !used.add(n); k++) {
            n = stem + "-" + k;
        }
        return n + ext;
    }
}
