package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The checker's rules for a program whose class defines {@code __index__}: CPython asks it wherever
 * C code converts an argument to an index. The lab converts through NumberIndex in the builtins,
 * sequences, slices and the math, random, itertools, collections and heapq functions; the modules
 * and builtins below still read their integers without it, so a program that could hand them an
 * instance is refused rather than stopped by a TypeError CPython does not raise.
 */
final class IndexChecks {
    private static final Set<String> UNCONVERTED_MODULES = Set.of("array", "ctypes", "datetime", "time", "io",
            "fractions", "re");
    private static final Set<String> UNCONVERTED_BUILTINS = Set.of("memoryview");

    private final BiConsumer<Token, String> refuse;
    /** Where a class body defines __index__, or null. */
    private Token hook;
    private final List<Expr.Call> builtinCalls = new ArrayList<>();

    IndexChecks(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
    }

    void classDef(Stmt.ClassDef s) {
        for (Stmt st : s.body()) {
            Stmt def = st instanceof Stmt.Decorated d ? d.definition() : st;
            if (hook == null && def instanceof Stmt.FunctionDef fd && fd.name().equals("__index__")) hook = st.token();
        }
    }

    void call(Expr.Call e) {
        if (e.callee() instanceof Expr.Name n && UNCONVERTED_BUILTINS.contains(n.name())) builtinCalls.add(e);
    }

    void finish(Set<String> imported, Set<String> bound) {
        if (hook == null) return;
        for (Expr.Call c : builtinCalls) {
            String name = ((Expr.Name) c.callee()).name();
            if (!bound.contains(name)) refuse.accept(c.token(), name + "() in a program whose class defines __index__");
        }
        for (String module : imported) {
            if (UNCONVERTED_MODULES.contains(module)) {
                refuse.accept(hook, "__index__ in a program that imports " + module + " (its integer arguments do not take __index__ in the lab)");
            }
        }
    }
}
