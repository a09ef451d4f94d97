package com.cp1ki.engine.levers;

/** Prices one use of a stack for the workload at hand (the engine's cost model, with its fleet sizing). */
@FunctionalInterface
public interface Pricer {
    Priced price(Use use);
}
