package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.Heap.FreeList;
import com.studyhall.simulation.syntax.StarImports;
import java.util.Set;

/**
 * What CPython 3.11 makes and frees around {@code from m import ...} of a module already imported,
 * counted in generation 0 without objects (measured with gc.get_count() after gc.collect()).
 */
final class ImportCounts {
    /** The engine's modules that are packages: their __path__ sends the names through _handle_fromlist. */
    private static final Set<String> PACKAGES = Set.of("collections", "ctypes");

    private ImportCounts() { }

    /**
     * IMPORT_NAME with a fromlist asks a module that is not a package for __path__: the generic
     * getattr's AttributeError is normalized to attach its name and object (set_attribute_error_context),
     * which calls the class with a 1-tuple of the message (the exception keeps it as args); the
     * lookup clears the error, the tuple goes to its free list and the exception is freed. After a
     * full collection (empty free lists) that leaves one count more; a package leaves none.
     */
    static void fromImport(Heap heap, String module) {
        if (PACKAGES.contains(module)) return;
        attributeErrorMiss(heap);
    }

    /** A generic getattr that misses through PyObject_GetAttr: the AttributeError normalized, then cleared. */
    static void attributeErrorMiss(Heap heap) {
        heap.countUnmodelledAllocation(FreeList.TUPLE, 1);
        heap.countUnmodelledAllocation(FreeList.NONE, 0);
        heap.countUnmodelledDeallocation(FreeList.TUPLE, 1);
        heap.countUnmodelledDeallocation(FreeList.NONE, 0);
    }

    /** import_all_from on a module without __all__ reads its dict's keys into a list (PyMapping_Keys). */
    static boolean makesKeysList(String module) {
        return StarImports.WITHOUT_ALL.contains(module);
    }
}
