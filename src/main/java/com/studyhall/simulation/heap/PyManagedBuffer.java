package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * _PyManagedBufferObject (Objects/memoryobject.c): the one buffer a memoryview(obj) call takes
 * from obj, shared by every view made from that view (slices, memoryview(view)). It holds the
 * only strong reference to obj; when its last view is released it releases the buffer
 * (mbuf_release), which lets go of obj and of obj's export count.
 */
public final class PyManagedBuffer extends PyObject {
    /** master.obj: the exporter; null once the buffer is released. */
    public PyObject obj;
    /** Views registered on this buffer and not yet released. */
    public int exports;

    public PyManagedBuffer(PyObject obj) {
        this.obj = obj;
    }

    @Override
    public String typeName() {
        return "managedbuffer";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (obj != null) visit.accept(obj);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (obj != null) visit.accept("obj", obj);
    }

    /** mbuf_release: PyBuffer_Release on the master buffer (the exporter's count, then its reference). */
    public void release(Heap heap) {
        PyObject o = obj;
        if (o == null) return;
        obj = null;
        if (o instanceof PyBytearray b) b.exports--;
        else if (o instanceof PyArray a) a.exports--;
        heap.decref(o);
    }

    @Override
    public void releaseContents(Heap heap) {
        release(heap);
    }

    /** 112 bytes of object (the master Py_buffer inside it) and a GC header. */
    @Override
    public long sizeof() {
        return 128;
    }
}
