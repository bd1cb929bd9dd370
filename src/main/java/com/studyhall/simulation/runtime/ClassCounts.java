package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.Heap.FreeList;

/**
 * The objects CPython 3.11 makes and frees around a class statement that the engine keeps no
 * object for, counted in generation 0 as CPython counts them (taken from and given back to the
 * tuple, dict and list free lists where CPython's are): builtin___build_class__'s function, bases
 * tuple, keyword dict and namespace, the bound __prepare__, type_call's argument tuple, and
 * type_new's temporaries. What type_new keeps for the class (its __mro__ tuple, getset and member
 * descriptors, the weak reference its bases' tp_subclasses dicts hold) is counted by
 * {@code Interpreter.newClass}.
 */
final class ClassCounts {
    private final Heap heap;
    /**
     * While an enum class statement runs: its counts are EnumClasses' measured figure for the
     * whole statement (EnumType's own Python code builds it), not this model's.
     */
    private boolean suspended;

    ClassCounts(Heap heap) {
        this.heap = heap;
    }

    /** Stops counting for an enum class statement; returns what {@link #resume} puts back. */
    boolean suspend() {
        boolean was = suspended;
        suspended = true;
        return was;
    }

    void resume(boolean was) {
        suspended = was;
    }

    boolean suspended() {
        return suspended;
    }

    void alloc(FreeList kind, int size) {
        if (!suspended) heap.countUnmodelledAllocation(kind, size);
    }

    void free(FreeList kind, int size) {
        if (!suspended) heap.countUnmodelledDeallocation(kind, size);
    }

    /** LOAD_BUILD_CLASS, MAKE_FUNCTION: the body's function, with its closure tuple when the body has free variables. */
    void bodyFunction(int frees) {
        if (frees > 0) alloc(FreeList.TUPLE, frees);
        alloc(FreeList.NONE, 0);
    }

    /** The function and its closure tuple, freed when __build_class__ returns. */
    void bodyFunctionFreed(int frees) {
        free(FreeList.NONE, 0);
        if (frees > 0) free(FreeList.TUPLE, frees);
    }

    /**
     * __build_class__ up to the namespace: the bases tuple (_PyTuple_FromArray; the empty one is a
     * singleton), the keyword dict, and the bound type.__prepare__ (called through a kwnames tuple
     * when there are keywords).
     */
    void beforeNamespace(int bases, int keywords, boolean keywordDict) {
        if (bases > 0) alloc(FreeList.TUPLE, bases);
        if (keywordDict) alloc(FreeList.DICT, 0);
        alloc(FreeList.NONE, 0);
        if (keywords > 0) alloc(FreeList.TUPLE, keywords);
    }

    /** After __prepare__ returned the namespace: its kwnames tuple and the bound method go. */
    void afterNamespace(int keywords) {
        if (keywords > 0) free(FreeList.TUPLE, keywords);
        free(FreeList.NONE, 0);
    }

    /**
     * type_vectorcall's _PyObject_MakeTpCall: the argument tuple and the keyword dict; called from
     * __build_class__ with a dict of keywords (unpacked), a kwnames tuple is made first.
     */
    void typeCall(int keywords, boolean unpacked) {
        if (keywords > 0 && unpacked) alloc(FreeList.TUPLE, keywords);
        alloc(FreeList.TUPLE, 3);
        if (keywords > 0) alloc(FreeList.DICT, 0);
    }

    void typeCallDone(int keywords, boolean unpacked) {
        if (keywords > 0) free(FreeList.DICT, 0);
        free(FreeList.TUPLE, 3);
        if (keywords > 0 && unpacked) free(FreeList.TUPLE, keywords);
    }

    /** __build_class__'s end: the namespace (the engine keeps it as the class dict) and the keyword dict go. */
    void namespaceFreed(boolean keywordDict) {
        free(FreeList.DICT, 0);
        if (keywordDict) free(FreeList.DICT, 0);
    }

    /**
     * type_new_get_slots and type_new_copy_slots: a string becomes a 1-tuple and another
     * non-tuple sequence a tuple (of all declaredNames); the names but '__weakref__' are copied into
     * a list, sorted, and made the ht_slots tuple (kept, its length returned); the list and the
     * temporary tuple go.
     */
    int slots(Object declared, int declaredNames, int names) {
        int temporary = declared instanceof com.studyhall.simulation.heap.PyStr ? 1
                : declared instanceof com.studyhall.simulation.heap.PyTuple ? 0 : declaredNames;
        if (temporary > 0) alloc(FreeList.TUPLE, temporary);
        alloc(FreeList.LIST, 0);
        if (names > 0) alloc(FreeList.TUPLE, names);
        free(FreeList.LIST, 0);
        if (temporary > 0) free(FreeList.TUPLE, temporary);
        return names;
    }

    /**
     * type_new_init failing in type_new_slots (nonempty __slots__ over int, a second '__weakref__'):
     * the namespace copy and type_new_get_slots' temporary tuple (a string or a non-tuple
     * sequence of declaredNames) were made, and both go.
     */
    void slotsRejected(Object declared, int declaredNames) {
        int temporary = declared instanceof com.studyhall.simulation.heap.PyStr ? 1
                : declared instanceof com.studyhall.simulation.heap.PyTuple ? 0 : declaredNames;
        alloc(FreeList.DICT, 0);
        if (temporary > 0) alloc(FreeList.TUPLE, temporary);
        if (temporary > 0) free(FreeList.TUPLE, temporary);
        free(FreeList.DICT, 0);
    }

    /**
     * type_new failing in PyType_Ready's mro_internal (no consistent MRO): the namespace copy and
     * the type object are made, the merge list and set_mro_error's dict of blocked heads come and
     * go, then type_dealloc frees the type and its dict.
     */
    void mroFailed() {
        alloc(FreeList.DICT, 0);
        alloc(FreeList.NONE, 0);
        alloc(FreeList.LIST, 0);
        alloc(FreeList.DICT, 0);
        free(FreeList.DICT, 0);
        free(FreeList.LIST, 0);
        free(FreeList.DICT, 0);
        free(FreeList.NONE, 0);
    }

    /** type_new failing at check_duplicates: the namespace copy and the type object come and go. */
    void duplicateBase() {
        alloc(FreeList.DICT, 0);
        alloc(FreeList.NONE, 0);
        free(FreeList.DICT, 0);
        free(FreeList.NONE, 0);
    }

    /**
     * mro_invoke for a class whose metaclass is the program's: it calls type.mro(), which turns
     * mro_implementation's tuple into a list; the tuple goes and PySequence_Tuple makes __mro__
     * from the list (taking the freed tuple back from the free list), then the list goes.
     */
    void customMro(int bases, int length) {
        mro(bases, length);
        alloc(FreeList.LIST, 0);
        free(FreeList.TUPLE, length);
        alloc(FreeList.TUPLE, length);
        free(FreeList.LIST, 0);
    }

    /** mro_implementation: one base makes the tuple directly, several merge into a list first. */
    void mro(int bases, int length) {
        if (bases > 1) alloc(FreeList.LIST, 0);
        alloc(FreeList.TUPLE, length);
        if (bases > 1) free(FreeList.LIST, 0);
    }
}
