package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A class's own rich comparison method (__eq__, __ne__, __lt__, __le__, __gt__, __ge__) that
 * returns what is plainly not a bool: CPython's {@code a < b} is then that object (an expression
 * builder's {@code Expr}, a str, None), while the lab's comparisons answer a bool (the result's
 * truth). Refused: a return of a non-bool constant, an f-string, a list, tuple, dict or set
 * display, or a call of one of the program's classes (known only once the whole program is read).
 */
final class ComparisonResultChecks {
    static final Set<String> NAMES = Set.of("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__");

    private final BiConsumer<Token, String> refuse;
    /** Returns of a call of a bare name, refused at the end when the name is one of the program's classes. */
    private final List<Expr.Call> calls = new ArrayList<>();
    private final List<String> methods = new ArrayList<>();

    ComparisonResultChecks(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
    }

    void check(Stmt.FunctionDef def) {
        ReturnStatements.each(def.body(), r -> returned(r, def.name()));
    }

    private void returned(Stmt.Return r, String name) {
        Expr v = r.value();
        boolean plainlyNotBool = v instanceof Expr.Constant c && !(c.value() instanceof Boolean)
                || v instanceof Expr.FString || v instanceof Expr.ListDisplay || v instanceof Expr.TupleDisplay
                || v instanceof Expr.DictDisplay || v instanceof Expr.SetDisplay;
        if (plainlyNotBool) {
            refuse.accept(r.token(), message(name));
        } else if (v instanceof Expr.Call call && call.callee() instanceof Expr.Name) {
            calls.add(call);
            methods.add(name);
        }
    }

    void finish(Set<String> classNames) {
        for (int i = 0; i < calls.size(); i++) {
            if (classNames.contains(((Expr.Name) calls.get(i).callee()).name())) refuse.accept(calls.get(i).token(), message(methods.get(i)));
        }
    }

    private static String message(String name) {
        return "a " + name + " that returns other than a bool (the lab's comparisons answer the result's truth)";
    }
}
