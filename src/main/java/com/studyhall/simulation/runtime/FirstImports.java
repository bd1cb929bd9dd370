package com.studyhall.simulation.runtime;

import com.studyhall.simulation.gc.Collector;
import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.HeapListener;
import com.studyhall.simulation.library.ImportFootprints;
import com.studyhall.simulation.library.ImportFootprints.AfterCollection;
import com.studyhall.simulation.library.ImportFootprints.Footprint;
import com.studyhall.simulation.library.ImportFootprints.FreeLists;
import java.util.HashSet;
import java.util.Set;

/**
 * The first import of a library module python3 has not loaded at start-up (json, dataclasses...):
 * CPython runs the module's code then, and the lab replays what that does to the collector as
 * measured (library.ImportFootprints): the automatic collections it starts, each collecting the
 * program's objects as any collection does, the objects of its own they find, the count it leaves
 * and the garbage it leaves for the next collection. The module's own objects are not made.
 * Exact in one state: the program's first such import right after gc.collect(); the checker refuses
 * what could see the others (syntax.FirstImportChecks).
 */
final class FirstImports {
    private final Heap heap;
    private final Collector collector;
    private final HeapListener listener;
    /** The modules the table's imports have loaded so far in this run (inspect, ast... with dataclasses). */
    private final Set<String> loaded = new HashSet<>();

    FirstImports(Heap heap, Collector collector, HeapListener listener) {
        this.heap = heap;
        this.collector = collector;
        this.listener = listener;
    }

    /** IMPORT_NAME of this module: loads it the first time. */
    void imported(String module) {
        if (!ImportFootprints.modules().contains(module) || loaded.contains(module)) return;
        // The process's first such import right after gc.collect() (count 0, free lists empty) is the
        // measured row of that state, with the free lists the import leaves; elsewhere the row of the
        // count, measured with start-up's free lists (the checker lets no program observe the difference).
        boolean first = loaded.isEmpty();
        loaded.addAll(ImportFootprints.loads(module));
        AfterCollection afterCollection = first && heap.counts[0] == 0 && heap.freeListsEmpty()
                ? ImportFootprints.afterCollection(module) : null;
        Footprint f = afterCollection != null ? afterCollection.footprint() : ImportFootprints.at(module, heap.counts[0]);
        for (int i = 0; i < f.collections() && heap.enabled; i++) {
            // The allocation that passes the threshold starts collect_generations, as _PyObject_GC_Link does.
            heap.counts[0] = heap.thresholds[0] + 1;
            if (i == f.collections() - 1) collector.unmodelledGarbage.add(f.collected(), 0, f.collected());
            listener.collectionDue();
        }
        heap.counts[0] = f.countAfter();
        // Without a measured split, a young collection is taken to find all of it.
        long young = afterCollection != null ? afterCollection.garbageYoung() : f.garbageLeft();
        long olderAfter = afterCollection != null ? afterCollection.garbageOlderAfterYoung() : 0;
        collector.unmodelledGarbage.add(young, olderAfter, f.garbageLeft());
        if (afterCollection != null) {
            FreeLists left = afterCollection.freeLists();
            heap.setFreeLists(left.lists(), left.dicts(), left.tuples());
        }
    }
}
