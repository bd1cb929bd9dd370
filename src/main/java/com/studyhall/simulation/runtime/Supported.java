package com.studyhall.simulation.runtime;

import com.studyhall.simulation.Limits;
import com.studyhall.simulation.syntax.Catalog;

/** The runtime's tables as a {@link Catalog}, read once from a fresh interpreter. */
public final class Supported {
    private static final Catalog CATALOG = new Interpreter(Limits.defaults()).builtinImpl.catalog();

    private Supported() { }

    public static Catalog catalog() {
        return CATALOG;
    }
}
