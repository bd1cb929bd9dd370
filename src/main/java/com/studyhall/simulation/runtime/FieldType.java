package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** dataclasses.Field: its slots read as attributes; Field.__repr__ names them all. */
final class FieldType extends BuiltinType {
    FieldType(Interpreter in) {
        super("Field", null, in);
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyField f = (PyField) o;
        return switch (attr) {
            case "name" -> heap.newRef(f.name);
            case "type" -> heap.newRef(f.type);
            case "default" -> heap.newRef(f.defaultValue);
            case "default_factory" -> heap.newRef(f.defaultFactory);
            case "metadata" -> heap.newRef(f.metadata);
            case "repr" -> v.bool(f.repr);
            case "init" -> v.bool(f.init);
            case "compare" -> v.bool(f.compare);
            case "hash" -> f.hash == null ? v.none : v.bool(f.hash);
            case "kw_only" -> f.kwOnly == null ? heap.newRef(missing()) : v.bool(f.kwOnly);
            default -> null;
        };
    }

    private PyObject missing() {
        return ((DataclassesModule) in.builtinImpl.nativeModule("dataclasses")).missing();
    }

    @Override
    String repr(PyObject o) {
        PyField f = (PyField) o;
        return "Field(name=" + ops().repr(f.name) + ",type=" + ops().repr(f.type) + ",default=" + ops().repr(f.defaultValue)
                + ",default_factory=" + ops().repr(f.defaultFactory) + ",init=" + py(f.init) + ",repr=" + py(f.repr)
                + ",hash=" + (f.hash == null ? "None" : py(f.hash)) + ",compare=" + py(f.compare)
                + ",metadata=" + ops().repr(f.metadata) + ",kw_only=" + (f.kwOnly == null ? ops().repr(missing()) : py(f.kwOnly))
                + ",_field_type=" + (f.classVar ? "_FIELD_CLASSVAR" : f.initVar ? "_FIELD_INITVAR" : "_FIELD") + ")";
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }
}
