package com.studyhall.simulation.gc;

/**
 * Garbage the lab keeps no objects for (a library module's first import leaves some:
 * runtime.FirstImports), as the collections CPython runs next find it, measured: right after
 * `import datetime`, gc.collect(0) finds 94 objects and a later gc.collect(1) 173 more, where a
 * first gc.collect(1) finds 290 (the import's mid-way collection moved part of it to generation 1,
 * and freeing the young part frees some of the rest by reference count).
 */
public final class UnmodelledGarbage {
    /** What a collection of generation 0 finds. */
    private long young;
    /** What a collection of an older generation finds after that one. */
    private long olderAfterYoung;
    /** What a collection of an older generation finds first. */
    private long all;

    /** More garbage: found as the three figures say. */
    public void add(long young, long olderAfterYoung, long all) {
        this.young += young;
        this.olderAfterYoung += olderAfterYoung;
        this.all += all;
    }

    /** The objects a collection of this generation finds among it (and forgets). */
    long found(int generation) {
        if (generation == 0) {
            long m = young;
            young = 0;
            all = olderAfterYoung;
            return m;
        }
        long m = all;
        young = olderAfterYoung = all = 0;
        return m;
    }
}
