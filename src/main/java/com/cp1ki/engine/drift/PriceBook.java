package com.cp1ki.engine.drift;

import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Stack;

import java.time.LocalDate;
import java.util.List;

/**
 * The prices of a managed-API stack on a given day, so that a historical log is priced at the
 * price of its day. {@link #PROJECT} uses the stack's own prices for every day; {@link #dated}
 * lays dated prices (a catalog entry's or a contract's validity) over them.
 */
@FunctionalInterface
public interface PriceBook {

    /** The stack's prices on {@code day}; {@code stack.serving()} is a {@link ManagedApi}. */
    ManagedApi on(Stack stack, LocalDate day);

    /** Every day at the project's prices. */
    PriceBook PROJECT = (stack, day) -> (ManagedApi) stack.serving();

    /**
     * Dated prices over the project's: on a day inside an entry's [from, to) for the stack, that
     * entry's prices (the first such entry in the list); otherwise the stack's own.
     */
    static PriceBook dated(List<DatedPrice> prices) {
        List<DatedPrice> copy = List.copyOf(prices);
        return (stack, day) -> {
            for (DatedPrice p : copy) {
                if (p.stack().equals(stack.name()) && p.covers(day)) {
                    return p.prices();
                }
            }
            return (ManagedApi) stack.serving();
        };
    }
}
