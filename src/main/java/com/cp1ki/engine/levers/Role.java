package com.cp1ki.engine.levers;

/** What a stack does in a lever stage. */
public enum Role {
    /** the stack that carries the levers, answering what reaches it */
    OWN,
    /** a cascade's first stack, answering every request that misses the cache */
    FIRST,
    /** the compressor stack, reading the prompt and writing it shorter */
    COMPRESSOR
}
