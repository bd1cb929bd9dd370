package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** module: attributes come from the module's native table ({@link NativeModule}). */
final class ModuleType extends BuiltinType {
    ModuleType(Interpreter in) {
        super("module", null, in);
    }

    @Override
    String repr(PyObject o) {
        return "<module '" + ((PyModule) o).name + "' (built-in)>";
    }

    @Override
    PyRaise noAttribute(PyObject o, String attr) {
        return new PyRaise("AttributeError", "module '" + ((PyModule) o).name + "' has no attribute '" + attr + "'");
    }
}
