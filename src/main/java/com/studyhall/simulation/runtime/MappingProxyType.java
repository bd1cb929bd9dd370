package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/**
 * mappingproxy (Objects/descrobject.c): every slot and method reads the dict it holds; its repr
 * wraps the dict's, its str is the dict's.
 */
final class MappingProxyType extends BuiltinType {
    MappingProxyType(Interpreter in) {
        super("mappingproxy", null, in);
        for (String name : java.util.List.of("keys", "values", "items", "get", "copy")) {
            method(name, (self, args, kw) -> in.builtinImpl.types.of(mapping(self)).method(name).call(mapping(self), args, kw));
        }
    }

    private static PyObject mapping(PyObject proxy) {
        return ((PyMappingProxy) proxy).mapping;
    }

    @Override
    long len(PyObject o) {
        return builtins().len(mapping(o));
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        return builtins().getItem(mapping(o), key);
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        return builtins().contains(mapping(container), item);
    }

    @Override
    PyObject iter(PyObject o) {
        return builtins().getIter(mapping(o));
    }

    @Override
    java.util.List<PyObject> items(PyObject o) {
        return builtins().iterate(mapping(o));
    }

    @Override
    String repr(PyObject o) {
        return "mappingproxy(" + ops().repr(mapping(o)) + ")";
    }

    @Override
    String str(PyObject o) {
        return ops().str(mapping(o));
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return ops().eq(mapping(a), b instanceof PyMappingProxy p ? p.mapping : b);
    }
}
