package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A class made by collections.namedtuple: a tuple subclass with its field names. Its __mro__
 * tuple holds the class itself, which the engine models as one reference from the class to
 * itself (so getrefcount sees it, and a dead class waits for a collection as in CPython).
 */
public final class PyNamedTupleClass extends PyObject {
    public final String name;
    /** _fields: a tuple of interned field names. */
    public PyTuple fields;
    /** _field_defaults' values, aligned to the last fields; null when there are none. */
    public PyTuple defaults;
    /**
     * The field record of a typing.NamedTuple class statement's class (a {@link PyClass} whose
     * namedBase this is): not a class of its own, held once, never shown to the program.
     */
    public boolean recordOnly;
    /** __annotations__ of a typing.NamedTuple class made by the functional form (the field types); null otherwise. */
    public PyDict annotations;
    /** _field_defaults kept as the class keeps it (a record's); null when it is made at each read. */
    public PyDict fieldDefaults;
    /**
     * A C type shaped as a struct sequence (sys.version_info, datetime.IsoCalendarDate): a tuple
     * subclass with its fields by name but none of namedtuple's _fields, _asdict, _replace, _make.
     */
    public boolean structSequence;
    /** Bytes its instances have beyond a tuple's (IsoCalendarDate's basic size counts PyTupleObject's ob_item[1]). */
    public int extraSize;
    /** A struct sequence whose fields are getset descriptors (IsoCalendarDate), not READONLY members (sys's). */
    public boolean fieldGetters;
    private PyObject mroSelf;
    /** Its tp_subclasses dict, made with the first class statement deriving from it. */
    public final Subclasses subclasses = new Subclasses(false);

    public PyNamedTupleClass(String name) {
        this.name = name;
    }

    /** Call once after allocation: the reference from the class's own __mro__. */
    public void holdSelf(Heap heap) {
        heap.incref(this);
        mroSelf = this;
    }

    public int fieldIndex(String field) {
        for (int i = 0; i < fields.items.length; i++) {
            if (((PyStr) fields.items[i]).value.equals(field)) return i;
        }
        return -1;
    }

    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (mroSelf != null) visit.accept(mroSelf);
        if (fields != null) visit.accept(fields);
        if (defaults != null) visit.accept(defaults);
        if (annotations != null) visit.accept(annotations);
        if (fieldDefaults != null) visit.accept(fieldDefaults);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (mroSelf != null) visit.accept("__mro__", mroSelf);
        if (fields != null) visit.accept("._fields", fields);
        if (defaults != null) visit.accept("__defaults__", defaults);
        if (annotations != null) visit.accept("__annotations__", annotations);
        if (fieldDefaults != null) visit.accept("_field_defaults", fieldDefaults);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject[] held = {mroSelf, fields, defaults, annotations, fieldDefaults};
        mroSelf = null;
        fields = null;
        defaults = null;
        annotations = null;
        fieldDefaults = null;
        for (PyObject o : held) if (o != null) heap.decref(o);
    }

    /** A heap type object's size in CPython 3.11 (sys.getsizeof of a class). */
    @Override
    public long sizeof() {
        return 920;
    }

    @Override
    public String shortValue() {
        return "namedtuple " + name;
    }
}
