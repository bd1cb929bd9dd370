package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** object: the behaviour an instance of a user class has when its class defines nothing special. */
final class InstanceType extends BuiltinType {
    InstanceType(Interpreter in) {
        super("object", null, in);
    }

    @Override
    String repr(PyObject o) {
        return "<__main__." + ((PyInstance) o).cls.name + " object at " + Reprs.address(o) + ">";
    }
}
