package com.studyhall.simulation.runtime;

/** The engine's internal objects (cells, slices) that programs never see: only the empty slots. */
final class ObjectType extends BuiltinType {
    ObjectType(Interpreter in) {
        super("object", null, in);
    }
}
