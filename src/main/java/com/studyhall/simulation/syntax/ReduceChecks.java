package com.studyhall.simulation.syntax;

import java.util.function.BiConsumer;

/**
 * A class's own __reduce__ and __reduce_ex__, which copy.copy and copy.deepcopy call
 * (runtime.CopyReduction): every return must give what _reconstruct takes in a shape the lab
 * runs exactly, a tuple display {@code (func, (args...), state, listitems, dictitems)} whose args
 * are a tuple or list display, or a str literal (the object is its own copy).
 */
final class ReduceChecks {
    static final java.util.Set<String> NAMES = java.util.Set.of("__reduce__", "__reduce_ex__");

    private ReduceChecks() { }

    static void check(Stmt.FunctionDef def, BiConsumer<Token, String> refuse) {
        ReturnStatements.each(def.body(), r -> {
            if (!supported(r.value())) {
                refuse.accept(r.token(), "a " + def.name() + " that returns other than a tuple display (func, (args...)[, state...])"
                        + " or a str literal");
            }
        });
    }

    private static boolean supported(Expr value) {
        if (value instanceof Expr.Constant c) return c.value() instanceof String;
        if (!(value instanceof Expr.TupleDisplay t)) return false;
        // Other lengths are _reconstruct's own TypeError, which the lab raises too.
        if (t.elements().stream().anyMatch(e -> e instanceof Expr.Starred)) return false;
        if (t.elements().size() < 2) return true;
        Expr args = t.elements().get(1);
        return args instanceof Expr.TupleDisplay || args instanceof Expr.ListDisplay;
    }
}
