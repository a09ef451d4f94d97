package com.cp1ki.io.catalog;

/**
 * One price of a project's stack that differs from the catalog's price for the same model or
 * instance type.
 *
 * @param stack        the stack's name
 * @param field        what the price is, in words ("input price", "on-demand rate")
 * @param unit         "USD/1M tokens", "USD/hour", "USD/request" or "share"
 * @param project      the project's value
 * @param catalog      the catalog's value
 * @param entryId      the catalog entry's id
 * @param catalogDate  the date the catalog's price is as of
 * @param source       where the catalog's price comes from
 */
public record PriceDifference(String stack, String field, String unit, double project, double catalog, String entryId,
                              String catalogDate, String source) {

    /** The change from the project's price to the catalog's, in percent; null when the project's price is 0. */
    public Double changePct() {
        return project == 0 ? null : (catalog - project) / project * 100;
    }
}
