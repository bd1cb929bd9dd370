package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * The type of ctypes' simple type objects (_ctypes.PyCSimpleType): calling one makes an instance
 * that owns its value, {@code from_address} makes one that views memory at an address.
 */
final class CTypeType extends BuiltinType {
    CTypeType(Interpreter in) {
        super("_ctypes.PyCSimpleType", null, in);
        method("from_address", (self, args, kw) -> {
            PyCType t = (PyCType) self;
            Args.noKeywords(t.name + ".from_address", kw);
            if (args.size() != 1) {
                throw new PyRaise("TypeError", t.name + ".from_address() takes exactly one argument (" + args.size() + " given)");
            }
            if (!(args.get(0) instanceof PyInt address)) throw new PyRaise("TypeError", "integer expected");
            return heap.alloc(new PyCData(t, 0, null, CDataType.address(address)));
        });
    }

    /** c_long(5), c_int(), py_object(obj): an instance owning its value (a new reference for an object). */
    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyCType t = (PyCType) o;
        if (args.size() > 1) throw new PyRaise("TypeError", "__init__ expected at most 1 argument, got " + args.size());
        if (!kwargs.isEmpty()) throw new PyRaise("TypeError", t.name + "() takes no keyword arguments in the memory lab");
        if (t.objectPointer) {
            PyObject held = args.isEmpty() ? null : heap.newRef(args.get(0));
            return heap.alloc(new PyCData(t, 0, held, -1));
        }
        long number = 0;
        if (!args.isEmpty()) {
            if (!(args.get(0) instanceof PyInt i)) {
                throw new PyRaise("TypeError", "'" + args.get(0).typeName() + "' object cannot be interpreted as an integer");
            }
            number = i.value().longValue();
        }
        return heap.alloc(new PyCData(t, CDataType.cut(t, number), null, -1));
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        return attr.equals("__name__") ? v.str(((PyCType) o).name) : null;
    }

    @Override
    String repr(PyObject o) {
        return "<class 'ctypes." + ((PyCType) o).name + "'>";
    }

}
