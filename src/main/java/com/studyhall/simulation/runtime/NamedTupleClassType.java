package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/** The classes collections.namedtuple makes: calling one makes an instance; _fields, _make and _field_defaults. */
final class NamedTupleClassType extends BuiltinType {
    private final NamedTupleType instances;

    NamedTupleClassType(NamedTupleType instances, Interpreter in) {
        super("type", null, in);
        this.instances = instances;
        method("_make", (self, args, kw) -> instances.makeFrom((PyNamedTupleClass) self, args));
    }

    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        return instances.construct((PyNamedTupleClass) o, args, kwargs);
    }

    @Override
    String repr(PyObject o) {
        String name = ((PyNamedTupleClass) o).name;
        // A struct sequence's name carries its module (sys.version_info).
        return "<class '" + (name.contains(".") ? "" : "__main__.") + name + "'>";
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        return classAttribute(this, (PyNamedTupleClass) o, attr);
    }

    @Override
    PyRaise noAttribute(PyObject o, String attr) {
        return new PyRaise("AttributeError", "type object '" + ((PyNamedTupleClass) o).name + "' has no attribute '" + attr + "'");
    }

    /** The class attributes an instance also reads: _fields, _field_defaults, __name__, __qualname__, __module__. */
    static PyObject classAttribute(BuiltinType t, PyNamedTupleClass cls, String attr) {
        if (cls.structSequence && attr.startsWith("_") && !attr.startsWith("__")) return null;
        switch (attr) {
            case "_fields":
                return t.heap.newRef(cls.fields);
            case "_field_defaults": {
                if (cls.fieldDefaults != null) return t.heap.newRef(cls.fieldDefaults);
                PyDict d = t.heap.alloc(new PyDict());
                if (cls.defaults != null) {
                    int offset = cls.fields.items.length - cls.defaults.items.length;
                    for (int i = 0; i < cls.defaults.items.length; i++) {
                        t.builtins().put(d, t.heap.newRef(cls.fields.items[offset + i]), t.heap.newRef(cls.defaults.items[i]));
                    }
                }
                return d;
            }
            case "__name__", "__qualname__":
                // type_name and type_qualname: a struct sequence's tp_name "sys.version_info" answers the
                // part after the last dot; namedtuple sets __qualname__ to the typename.
                return t.v.intern(cls.name.substring(cls.name.lastIndexOf('.') + 1));
            case "__module__":
                // type_module: the part of a struct sequence's tp_name before the dot; namedtuple's
                // module is its caller's, the program's __main__.
                return t.v.intern(cls.name.contains(".") ? cls.name.substring(0, cls.name.lastIndexOf('.')) : "__main__");
            case "__doc__":
                // namedtuple's generated docstring: 'Point(x, y)'.
                return t.v.str(NamedTupleClasses.generatedDoc(cls));
            default:
                return null;
        }
    }
}
