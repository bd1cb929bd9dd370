package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/**
 * product, permutations, combinations and combinations_with_replacement: the iterator keeps its last result tuple and updates it
 * in place when nobody else holds it (a new copy otherwise), as itertoolsmodule.c does. Refs are
 * the pools (or pool) tuple and the result tuple.
 */
final class Combinatorics {
    private Combinatorics() { }

    static PyObject next(ItertoolsType type, PyItertool it) {
        if (it.stopped) return null;
        Heap heap = type.heap;
        PyTuple pools = (PyTuple) it.refs[0];
        boolean more = switch (it.kind) {
            case "product" -> it.refs[1] == null ? productFirst(type, it, pools) : productStep(heap, it, pools);
            case "permutations" -> it.refs[1] == null ? firstByIndices(type, it, pools, (int) it.state[0])
                    : permutationStep(heap, it, pools);
            case "combinations_with_replacement" -> it.refs[1] == null ? firstByIndices(type, it, pools, (int) it.state[0])
                    : replacementStep(heap, it, pools);
            default -> it.refs[1] == null ? firstByIndices(type, it, pools, (int) it.state[0]) : combinationStep(heap, it, pools);
        };
        if (!more) {
            it.stopped = true;
            return null;
        }
        return heap.newRef(it.refs[1]);
    }

    private static PyTuple newResult(ItertoolsType type, PyObject[] items) {
        return items.length == 0 ? (PyTuple) type.heap.newRef(type.v.emptyTuple) : type.heap.alloc(new PyTuple(items));
    }

    private static boolean productFirst(ItertoolsType type, PyItertool it, PyTuple pools) {
        PyObject[] items = new PyObject[pools.items.length];
        for (PyObject p : pools.items) if (((PyTuple) p).items.length == 0) return false;
        for (int i = 0; i < items.length; i++) items[i] = type.heap.newRef(((PyTuple) pools.items[i]).items[0]);
        it.set(1, newResult(type, items), type.heap);
        return true;
    }

    /** The result is copied when another reference to it is alive, else retracked and reused. */
    private static PyTuple writable(Heap heap, PyItertool it) {
        PyTuple result = (PyTuple) it.refs[1];
        if (result.refcnt > 1) {
            PyObject[] copy = result.items.clone();
            for (PyObject o : copy) heap.incref(o);
            result = heap.alloc(new PyTuple(copy));
            it.set(1, result, heap);
        } else if (!result.isTracked() && result.items.length > 0) {
            heap.track(result);
        }
        return result;
    }

    private static void put(Heap heap, PyTuple result, int i, PyObject item) {
        heap.incref(item);
        PyObject old = result.items[i];
        result.items[i] = item;
        heap.decref(old);
    }

    private static boolean productStep(Heap heap, PyItertool it, PyTuple pools) {
        int n = pools.items.length;
        if (n == 0) return false;
        PyTuple result = writable(heap, it);
        for (int i = n - 1; i >= 0; i--) {
            PyTuple pool = (PyTuple) pools.items[i];
            it.indices[i]++;
            if (it.indices[i] == pool.items.length) {
                it.indices[i] = 0;
                put(heap, result, i, pool.items[0]);
            } else {
                put(heap, result, i, pool.items[it.indices[i]]);
                return true;
            }
        }
        return false;
    }

    private static boolean firstByIndices(ItertoolsType type, PyItertool it, PyTuple pool, int r) {
        PyObject[] items = new PyObject[r];
        for (int i = 0; i < r; i++) items[i] = type.heap.newRef(pool.items[it.indices[i]]);
        it.set(1, newResult(type, items), type.heap);
        return true;
    }

    private static boolean combinationStep(Heap heap, PyItertool it, PyTuple pool) {
        int r = (int) it.state[0];
        int n = pool.items.length;
        PyTuple result = writable(heap, it);
        int i = r - 1;
        while (i >= 0 && it.indices[i] == i + n - r) i--;
        if (i < 0) return false;
        it.indices[i]++;
        for (int j = i + 1; j < r; j++) it.indices[j] = it.indices[j - 1] + 1;
        for (; i < r; i++) put(heap, result, i, pool.items[it.indices[i]]);
        return true;
    }

    /** cwr_next: the rightmost index below n - 1 goes up by one and every index right of it takes its value. */
    private static boolean replacementStep(Heap heap, PyItertool it, PyTuple pool) {
        int r = (int) it.state[0];
        int n = pool.items.length;
        PyTuple result = writable(heap, it);
        int i = r - 1;
        while (i >= 0 && it.indices[i] == n - 1) i--;
        if (i < 0) return false;
        int index = it.indices[i] + 1;
        for (; i < r; i++) {
            it.indices[i] = index;
            put(heap, result, i, pool.items[index]);
        }
        return true;
    }

    private static boolean permutationStep(Heap heap, PyItertool it, PyTuple pool) {
        int r = (int) it.state[0];
        int n = pool.items.length;
        if (n == 0) return false;
        PyTuple result = writable(heap, it);
        int[] indices = it.indices;
        int[] cycles = it.cycles;
        for (int i = r - 1; i >= 0; i--) {
            cycles[i]--;
            if (cycles[i] == 0) {
                int index = indices[i];
                System.arraycopy(indices, i + 1, indices, i, n - 1 - i);
                indices[n - 1] = index;
                cycles[i] = n - i;
            } else {
                int j = cycles[i];
                int index = indices[i];
                indices[i] = indices[n - j];
                indices[n - j] = index;
                for (int k = i; k < r; k++) put(heap, result, k, pool.items[indices[k]]);
                return true;
            }
        }
        return false;
    }
}
