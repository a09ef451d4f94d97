package com.cp1ki.io.catalog.lists;

/**
 * An entry of a price list that was not taken, and why ("priced per image, not per token").
 *
 * @param entry  the entry's key or id in the list
 * @param reason why it cannot be priced per token
 */
public record Skipped(String entry, String reason) {
}
