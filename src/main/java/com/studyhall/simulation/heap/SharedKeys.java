package com.studyhall.simulation.heap;

import java.util.ArrayList;
import java.util.List;

/**
 * A class's shared attribute names (CPython 3.11's {@code ht_cached_keys}): every instance keeps
 * its attribute values in slots numbered by this table, and a materialized {@code __dict__} is a
 * split dict over it. Its room is what {@code sys.getsizeof(obj.__dict__)} reports, so the two
 * ways it shrinks are kept: each new name takes one place, and each new instance gives one up
 * (init_inline_values) until a single place is left.
 */
public final class SharedKeys {
    /** SHARED_KEYS_MAX_SIZE: at most 30 names before instances fall back to ordinary dicts. */
    static final int MAX_SIZE = 30;
    /** log2 of the table's index size (NEXT_LOG2_SHARED_KEYS_MAX_SIZE): a split dict resized in place keeps it. */
    public static final int LOG2_SIZE = 6;

    private final List<String> names = new ArrayList<>();
    /** Each name's slot: the collector orders an instance's values by it on every traverse. */
    private final java.util.Map<String, Integer> slots = new java.util.HashMap<>();
    private int usable = MAX_SIZE;

    /** An instance is being made: its values array has room for the names plus what is still usable. */
    public void instanceCreated() {
        if (usable > 1) usable--;
    }

    /** insert_into_dictkeys: the name's slot, adding it when there is room; -1 when the table is full. */
    public int insert(String name) {
        Integer at = slots.get(name);
        if (at != null) return at;
        if (usable <= 0) return -1;
        names.add(name);
        slots.put(name, names.size() - 1);
        usable--;
        return names.size() - 1;
    }

    /** The name's slot, or -1 when no instance has used it. */
    public int indexOf(String name) {
        return slots.getOrDefault(name, -1);
    }

    /** shared_keys_usable_size: the values a split dict over this table is counted with. */
    public int usableSize() {
        return names.size() + usable;
    }
}
