package com.studyhall.simulation.trace;

import com.studyhall.simulation.heap.PyObject;
import java.util.Arrays;

/**
 * The objects a step touched, in the order they were first touched, each with an int (the
 * refcount before the step). It behaves as a LinkedHashMap keyed by identity — adding a present
 * object keeps its place, one removed and added again goes to the end — but every reference count
 * change of a traced run lands here, and the map's entry and boxed Integer per change (with the
 * hashing) were about a tenth of a traced recursion's profile. Emptied at every step.
 */
final class ObjectsInOrder {
    private static final int SMALL_TABLE = 256;

    /** Objects in the order they were added; an entry stays after removal (marked gone) until {@link #clear}. */
    private PyObject[] items = new PyObject[32];
    private int[] values = new int[32];
    private boolean[] gone = new boolean[32];
    private int count;
    /** Open addressing by identity hash: index + 1 into items, 0 for an empty slot. */
    private int[] table = new int[64];

    /** Adds o with value unless o is present (a removed object is added again, at the end). */
    void addIfAbsent(PyObject o, int value) {
        int mask = table.length - 1;
        int h = hash(o) & mask;
        for (int at; (at = table[h]) != 0; h = (h + 1) & mask) {
            if (items[at - 1] == o) {
                if (!gone[at - 1]) return;
                table[h] = append(o, value) + 1;
                return;
            }
        }
        table[h] = append(o, value) + 1;
        // Kept under half full, counting the removed entries that still sit in the table.
        if (2 * count > table.length) rehash(table.length * 2);
    }

    void remove(PyObject o) {
        int mask = table.length - 1;
        for (int h = hash(o) & mask, at; (at = table[h]) != 0; h = (h + 1) & mask) {
            if (items[at - 1] == o) {
                gone[at - 1] = true;
                return;
            }
        }
    }

    boolean isEmpty() {
        for (int i = 0; i < count; i++) if (!gone[i]) return false;
        return true;
    }

    /** Positions 0 to {@link #end} - 1: {@link #at} is null where an object was removed. */
    int end() {
        return count;
    }

    PyObject at(int i) {
        return gone[i] ? null : items[i];
    }

    int valueAt(int i) {
        return values[i];
    }

    void clear() {
        if (count == 0) return;
        Arrays.fill(items, 0, count, null);
        Arrays.fill(gone, 0, count, false);
        count = 0;
        if (table.length > SMALL_TABLE) table = new int[SMALL_TABLE];
        else Arrays.fill(table, 0);
    }

    private int append(PyObject o, int value) {
        if (count == items.length) {
            items = Arrays.copyOf(items, count * 2);
            values = Arrays.copyOf(values, count * 2);
            gone = Arrays.copyOf(gone, count * 2);
        }
        items[count] = o;
        values[count] = value;
        return count++;
    }

    private void rehash(int size) {
        table = new int[size];
        int mask = size - 1;
        for (int i = 0; i < count; i++) {
            // A removed object need not be found: added again, it goes to the end as a new entry.
            if (gone[i]) continue;
            int h = hash(items[i]) & mask;
            while (table[h] != 0) h = (h + 1) & mask;
            table[h] = i + 1;
        }
    }

    private static int hash(PyObject o) {
        int h = System.identityHashCode(o);
        return h ^ (h >>> 16);
    }
}
