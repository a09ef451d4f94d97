package com.cp1ki.io.tokens;

import java.util.List;

/**
 * Rows skipped for one reason: how many, and the line numbers (1-based, in the file) of the first
 * {@link SkipTally#FIRST_LINES} of them.
 */
public record Skipped(long count, List<Long> firstLines) {
    public Skipped {
        firstLines = List.copyOf(firstLines);
    }
}
