package com.studyhall.simulation.runtime;

/** The type of struct's compiled formats (_struct.Struct), which the module's functions keep in their cache. */
final class StructType extends BuiltinType {
    StructType(Interpreter in) {
        super("_struct.Struct", null, in);
    }
}
