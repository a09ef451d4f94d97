package com.cp1ki.io.tokens;

import java.util.Arrays;

/**
 * The cells of one row that a drift read needs beside the token counts: model, cached and cache
 * tokens, cost and outcome, as byte spans. Delimited parsers point into the block; the JSON Lines
 * parser copies each value's text into {@link #scratch}. An absent cell has start -1.
 */
final class RowDetail {
    static final Role[] ROLES = {Role.MODEL, Role.CACHED, Role.CACHE_READ, Role.CACHE_WRITE, Role.COST, Role.STATUS,
        Role.FAILED};
    static final int MODEL = 0;
    static final int CACHED = 1;
    static final int CACHE_READ = 2;
    static final int CACHE_WRITE = 3;
    static final int COST = 4;
    static final int STATUS = 5;
    static final int FAILED = 6;

    /** The bytes the spans point into. */
    byte[] bytes;
    final int[] start = new int[ROLES.length];
    final int[] end = new int[ROLES.length];
    /** JSON: where value texts are copied. */
    byte[] scratch = new byte[256];
    private int used;

    RowDetail() {
        reset();
    }

    /** The slot of a role, or -1 for roles that are not detail. */
    static int slot(Role r) {
        for (int i = 0; i < ROLES.length; i++) {
            if (ROLES[i] == r) {
                return i;
            }
        }
        return -1;
    }

    void reset() {
        Arrays.fill(start, -1);
        used = 0;
    }

    boolean has(int slot) {
        return start[slot] >= 0;
    }

    /** Copies a JSON value's characters (UTF-8 encoded) into the scratch buffer as the slot's span. */
    void copy(int slot, char[] c, int off, int len) {
        if (used + 3 * len > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, used + 3 * len));
        }
        int p = used;
        for (int i = 0; i < len; i++) {
            char ch = c[off + i];
            if (ch < 0x80) {
                scratch[p++] = (byte) ch;
            } else {
                byte[] u = String.valueOf(ch).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                for (byte x : u) {
                    scratch[p++] = x;
                }
            }
        }
        bytes = scratch;
        start[slot] = used;
        end[slot] = p;
        used = p;
    }
}
