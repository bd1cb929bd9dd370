package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * functools.cached_property: a non-data descriptor. Its __get__ (Lib/functools.py) runs only while
 * the instance's __dict__ lacks the name: it computes the value in a frame of its own (which holds
 * the instance), under the descriptor's lock, and stores it in the __dict__, made if need be.
 */
final class CachedPropertyType extends BuiltinType {
    CachedPropertyType(Interpreter in) {
        super("functools.cached_property", null, in);
    }

    /** cached_property(func): a class call (argument tuple); self.__doc__ = func.__doc__. */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        return throughArgumentTuple(args, tuple -> {
            PyObject func = Args.get(args, kwargs, 0, "func");
            int n = args.size() + kwargs.size();
            if (func == null || n > 1) {
                throw new PyRaise("TypeError", n == 0 ? "cached_property.__init__() missing 1 required positional argument: 'func'"
                        : "cached_property.__init__() takes 2 positional arguments but " + (n + 1) + " were given");
            }
            PyObject doc = in.getAttr(func, "__doc__");
            return heap.alloc(new PyCachedProperty(heap.newRef(func), doc));
        });
    }

    /** __set_name__, called for each cached_property in a new class's namespace. */
    void setName(PyCachedProperty cp, String owner, String name) {
        if (cp.attrname == null) {
            cp.attrname = v.intern(name);
        } else if (!((PyStr) cp.attrname).value.equals(name)) {
            throw new PyRaise("TypeError", "Cannot assign the same cached_property to two different names ("
                    + Reprs.strRepr(((PyStr) cp.attrname).value) + " and " + Reprs.strRepr(name) + ").");
        }
    }

    /**
     * __get__(instance) on a miss: the value the function returns, stored under attrname. The
     * caller runs the function (in a frame holding self once more for __get__'s own).
     */
    void checkCacheable(PyCachedProperty cp, PyInstance inst) {
        if (cp.attrname == null) throw new PyRaise("TypeError", "Cannot use cached_property instance without calling __set_name__ on it.");
        if (!InstanceDicts.hasDict(inst)) {
            throw new PyRaise("TypeError", "No '__dict__' attribute on " + Reprs.strRepr(inst.cls.name) + " instance to cache "
                    + Reprs.strRepr(((PyStr) cp.attrname).value) + " property.");
        }
        // `cache = instance.__dict__` makes the dict when the instance had its values inline.
        in.instanceDicts.dictOf(inst);
    }

    /** `with self.lock:` ends with RLock.__exit__(None, None, None): a tuple made and dropped. */
    void leaveLock() {
        PyObject none = v.none;
        heap.decref(heap.alloc(new PyTuple(new PyObject[] {heap.newRef(none), heap.newRef(none), heap.newRef(none)})));
    }

    /** object's repr: the class defines none. */
    @Override
    String repr(PyObject o) {
        return "<functools.cached_property object at " + Reprs.address(o) + ">";
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyCachedProperty cp = (PyCachedProperty) o;
        return switch (attr) {
            case "func" -> heap.newRef(cp.func);
            case "attrname" -> heap.newRef(cp.attrname == null ? v.none : cp.attrname);
            case "__doc__" -> heap.newRef(cp.doc);
            default -> null;
        };
    }
}
