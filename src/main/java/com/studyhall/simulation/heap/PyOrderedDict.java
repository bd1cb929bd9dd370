package com.studyhall.simulation.heap;

import java.util.function.Consumer;

/**
 * collections.OrderedDict (C odict): a dict plus a linked list of 32-byte nodes, one per key, and
 * a fast-lookup array with one pointer per slot of the dict's index table. Each node holds its
 * own reference to its key, so a key is held twice. The engine keeps the order in the dict
 * itself (move_to_end reorders it).
 */
public final class PyOrderedDict extends PyDict {
    private final Heap heap;
    /** od_state: changes whenever a node is added, removed or moved, which its iterators check. */
    public long state;

    public PyOrderedDict(Heap heap) {
        this.heap = heap;
    }

    @Override
    public String typeName() {
        return "collections.OrderedDict";
    }

    /** A new key gets a node, which holds another reference to it. */
    @Override
    public PyObject put(PyObject key, PyObject value, Heap heap) {
        boolean fresh;
        try {
            fresh = !map.containsKey(Keys.of(key));
        } catch (PyRaise unhashable) {
            return super.put(key, value, heap); // releases both and raises
        }
        PyObject old = super.put(key, value, heap);
        if (fresh) {
            heap.incref(key);
            state++;
        }
        return old;
    }

    /** PyODict_DelItem: the node (and its key reference) goes first, then the dict entry. */
    @Override
    public PyObject[] remove(PyObject key) {
        PyObject[] e = super.remove(key);
        if (e != null) {
            heap.decref(e[0]);
            state++;
        }
        return e;
    }

    /** odict_traverse: the nodes' keys, then the dict. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject[] e : map.values()) visit.accept(e[0]);
        super.traverse(visit);
    }

    @Override
    public void gcTraverse(Consumer<PyObject> visit) {
        for (PyObject[] e : map.values()) visit.accept(e[0]);
        dictTraverse(visit);
    }

    /** odict_dealloc and odict_clear drop the nodes (their keys) before the dict's entries. */
    @Override
    public void releaseContents(Heap heap) {
        for (PyObject[] e : entries()) heap.decref(e[0]);
        super.releaseContents(heap);
    }

    @Override
    public void clearAll(Heap heap) {
        state++;
        for (PyObject[] e : entries()) heap.decref(e[0]);
        log2Size = 0;
        usable = 0;
        unicode = true;
        super.releaseContents(heap);
    }

    /** od_state of o's OrderedDict (itself, a subclass's part, a view's), -1 when it has none. */
    public static long stateOf(PyObject o) {
        PyObject body = o instanceof PyView v ? v.dict : PyInstance.bodyOf(o);
        return body instanceof PyOrderedDict od ? od.state : -1;
    }

    /** odict_sizeof: the larger object, the fast-node array sized like the index table, the nodes. */
    @Override
    public long sizeof() {
        long fastNodes = log2Size == 0 ? 0 : 8L << log2Size;
        return super.sizeof() + 64 + fastNodes + 32L * map.size();
    }
}
