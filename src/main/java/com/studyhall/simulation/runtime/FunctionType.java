package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.Set;

/** function: a def or lambda; calls go through the interpreter's frames. */
final class FunctionType extends BuiltinType {
    /** Attributes func_getsetlist and func_memberlist own: they never go into the function's __dict__. */
    private static final Set<String> READ_ONLY = Set.of("__closure__", "__globals__", "__builtins__", "__code__");

    FunctionType(Interpreter in) {
        super("function", null, in);
        // func_descr_get: None (or no object) gives the function itself, an object a bound method.
        // Library code calls it (singledispatchmethod's _method); the checker keeps programs from reading it.
        method("__get__", (self, args, kw) -> {
            Args.count("__get__", args, 1, 2);
            if (args.get(0) instanceof PyNone) return heap.newRef(self);
            return heap.alloc(new PyBoundMethod(heap.newRef(args.get(0)), heap.newRef(self)));
        });
    }

    /**
     * The memory-relevant data attributes (the defaults evaluated once, the closure's cells), the
     * describing ones (__name__, __qualname__, __module__, __doc__, __annotations__), then the
     * function's own __dict__, where a program's attributes (counter.calls) and __wrapped__ live.
     */
    @Override
    PyObject attribute(PyObject o, String attr) {
        PyFunction f = (PyFunction) o;
        switch (attr) {
            case "__name__": return v.intern(f.funcName);
            case "__qualname__": return v.intern(f.funcQualname);
            case "__module__": return f.module != null ? heap.newRef(f.module) : v.intern("__main__");
            case "__doc__": {
                if (f.doc != null) return heap.newRef(f.doc);
                String doc = ClassSupport.docstring(f.def.body());
                return doc == null ? v.none : v.str(doc);
            }
            case "__dict__": return heap.newRef(dictOf(f));
            case "__annotations__": return heap.newRef(annotations(f));
            case "__closure__": return f.closure == null ? v.none : heap.newRef(f.closure);
            case "__defaults__": return f.defaults == null ? v.none : heap.newRef(f.defaults);
            case "__kwdefaults__": return f.kwdefaults == null ? v.none : heap.newRef(f.kwdefaults);
            case "__code__": return new CodeValue(f, in.firstLineOf(f.def));
            default: break;
        }
        PyObject own = f.dict == null ? null : f.dict.getStr(attr);
        return own == null ? null : heap.newRef(own);
    }

    /** Assigns a describing attribute or stores into the function's __dict__; takes value's reference. */
    @Override
    boolean setAttribute(PyObject o, String attr, PyObject value) {
        PyFunction f = (PyFunction) o;
        if (READ_ONLY.contains(attr)) return false;
        switch (attr) {
            case "__name__", "__qualname__" -> {
                if (!(value instanceof PyStr s)) {
                    heap.decref(value);
                    throw new PyRaise("TypeError", attr + " must be set to a string object");
                }
                if (attr.equals("__name__")) f.funcName = s.value; else f.funcQualname = s.value;
                heap.decref(value);
            }
            case "__doc__" -> f.doc = swap(f.doc, value);
            case "__module__" -> f.module = swap(f.module, value);
            case "__annotations__" -> {
                if (!(value instanceof PyDict) && value != v.none) {
                    heap.decref(value);
                    throw new PyRaise("TypeError", "__annotations__ must be set to a dict object");
                }
                f.annotations = swap(f.annotations, value == v.none ? null : value);
            }
            // func_set_defaults / func_set_kwdefaults: the call binder reads the new ones from the next call on.
            case "__defaults__" -> f.defaults = (PyTuple) swap(f.defaults, checked(value, PyTuple.class, "__defaults__", "tuple"));
            case "__kwdefaults__" -> f.kwdefaults = (PyDict) swap(f.kwdefaults, checked(value, PyDict.class, "__kwdefaults__", "dict"));
            case "__dict__" -> {
                if (!(value instanceof PyDict d)) {
                    String type = value.typeName();
                    heap.decref(value);
                    throw new PyRaise("TypeError", "__dict__ must be set to a dictionary, not a '" + type + "'");
                }
                f.dict = (PyDict) swap(f.dict, d);
            }
            default -> builtins().put(dictOf(f), v.intern(attr), value);
        }
        return true;
    }

    /**
     * del f.name for a function's own attribute; null when it has none by that name. Deleting
     * __defaults__ or __kwdefaults__ sets it to None (what it held is returned to be released).
     */
    PyObject remove(PyFunction f, String attr) {
        if (attr.equals("__defaults__") || attr.equals("__kwdefaults__")) {
            PyObject old = attr.equals("__defaults__") ? f.defaults : f.kwdefaults;
            if (attr.equals("__defaults__")) f.defaults = null; else f.kwdefaults = null;
            return old != null ? old : heap.newRef(v.none);
        }
        return removeOwn(f.dict, attr);
    }

    /**
     * The value for __defaults__ or __kwdefaults__: None becomes null (no defaults, its reference
     * released), an exact tuple or dict is taken; anything else is CPython's TypeError (a tuple or
     * dict subclass's instance, which CPython accepts, too).
     */
    private PyObject checked(PyObject value, Class<? extends PyObject> kind, String attr, String typeName) {
        if (value == v.none) {
            heap.decref(value);
            return null;
        }
        if (kind.isInstance(value)) return value;
        heap.decref(value);
        throw new PyRaise("TypeError", attr + " must be set to a " + typeName + " object");
    }

    /** The function's __dict__ (borrowed), an empty ordinary dict until something is put in it. */
    PyDict dictOf(PyFunction f) {
        if (f.dict == null) f.dict = heap.alloc(new PyDict());
        return f.dict;
    }

    /** func_get_annotations: the names-and-values tuple becomes a dict on first read (a new empty one without). */
    private PyObject annotations(PyFunction f) {
        if (f.annotations instanceof PyDict d) return d;
        PyDict d = heap.alloc(new PyDict());
        if (f.annotations instanceof PyTuple t) {
            for (int i = 0; i + 1 < t.items.length; i += 2) builtins().put(d, heap.newRef(t.items[i]), heap.newRef(t.items[i + 1]));
            heap.decref(t);
        }
        f.annotations = d;
        return d;
    }

    /** Releases old's reference and returns value, which takes its place. */
    private PyObject swap(PyObject old, PyObject value) {
        if (old != null) heap.decref(old);
        return value;
    }

    @Override
    String repr(PyObject o) {
        PyFunction f = (PyFunction) o;
        return "<function " + f.funcQualname + " at " + Reprs.address(f) + ">";
    }
}
