package com.studyhall.simulation.heap;

/**
 * A base type's {@code tp_subclasses} dict (a dict of weak references to its subclasses, hidden
 * from programs): add_subclass makes it when the first subclass is made, and remove_subclass
 * clears it when the last one is deallocated, so the next subclass makes a new one. Counted in
 * {@code gc.get_count()} only; a builtin type that has subclasses from start-up keeps its dict.
 */
public final class Subclasses {
    private int live;
    private final boolean permanent;

    public Subclasses(boolean permanent) {
        this.permanent = permanent;
    }

    /** add_subclass: the dict is made (counted) when there is none. */
    public void add(Heap heap) {
        if (live++ == 0 && !permanent) heap.countUnmodelledAllocation(Heap.FreeList.DICT, 0);
    }

    /** remove_subclass at the subclass's type_dealloc: an emptied dict is freed. */
    public void remove(Heap heap) {
        if (--live == 0 && !permanent) heap.countUnmodelledDeallocation(Heap.FreeList.DICT, 0);
    }
}
