package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The object super() returns: the class to start after and the instance (or class) it binds to. */
public final class PySuper extends PyObject {
    public PyClass type;
    public PyObject obj;
    /** The class whose MRO is searched: the instance's class, or obj itself inside a classmethod. */
    public PyClass objType;

    /** Takes a reference to each of its three fields. */
    public PySuper(PyClass type, PyObject obj, PyClass objType) {
        this.type = type;
        this.obj = obj;
        this.objType = objType;
    }

    @Override
    public String typeName() {
        return "super";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (obj != null) visit.accept(obj);
        if (type != null) visit.accept(type);
        if (objType != null) visit.accept(objType);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (type != null) visit.accept("__thisclass__", type);
        if (obj != null) visit.accept("__self__", obj);
        if (objType != null) visit.accept("__self_class__", objType);
    }

    /** super_dealloc: obj, type, then obj_type. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject o = obj;
        PyClass t = type;
        PyClass ot = objType;
        obj = null;
        type = null;
        objType = null;
        if (o != null) heap.decref(o);
        if (t != null) heap.decref(t);
        if (ot != null) heap.decref(ot);
    }

    @Override
    public long sizeof() {
        return 56;
    }
}
