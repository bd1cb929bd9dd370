package com.studyhall.simulation.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * gc.get_referents(C) / gc.get_referrers(C) of a class. CPython's class holds its __mro__ and
 * __bases__ tuples, and the __dict__ and __weakref__ getset descriptors in its dict point back at
 * it; the lab's class is one object without them, so both lists would differ. Refused where the
 * argument is a class by its form (a program's class by name, type(x), x.__class__), directly or
 * through a parameter of the function that makes the call (`def holders(obj): ...
 * gc.get_referrers(obj)` called as `holders(Base)`).
 */
final class ClassGraphWalks {
    private static final String REASON = "gc.get_referents/get_referrers of a class (CPython's class holds its __mro__ and "
            + "__bases__ tuples, and its __dict__/__weakref__ descriptors refer back to it; the lab's class has none of them)";

    private final Deque<Stmt.FunctionDef> functions = new ArrayDeque<>();
    private final List<Expr> walked = new ArrayList<>();
    /** A function's name and the positions of its parameters that it passes to a walk. */
    private final Map<String, Set<Integer>> walkingParameters = new HashMap<>();
    private final List<Expr.Call> calls = new ArrayList<>();

    void enterFunction(Stmt.FunctionDef def) {
        functions.push(def);
    }

    void exitFunction() {
        functions.pop();
    }

    /** A call of gc.get_referents or gc.get_referrers. */
    void walk(Expr.Call c) {
        Stmt.FunctionDef def = functions.peek();
        for (Expr arg : c.args()) {
            walked.add(arg);
            if (def == null || !(arg instanceof Expr.Name n)) continue;
            for (int i = 0; i < def.params().size(); i++) {
                if (def.params().get(i).name().equals(n.name())) walkingParameters.computeIfAbsent(def.name(), k -> new HashSet<>()).add(i);
            }
        }
    }

    /** Any call of a function by name, a possible helper that walks its argument. */
    void call(Expr.Call c) {
        if (c.callee() instanceof Expr.Name) calls.add(c);
    }

    void finish(Set<String> classNames, BiConsumer<Token, String> refuse) {
        for (Expr arg : walked) if (isClass(arg, classNames)) refuse.accept(arg.token(), REASON);
        for (Expr.Call c : calls) {
            Set<Integer> positions = walkingParameters.get(((Expr.Name) c.callee()).name());
            if (positions == null) continue;
            for (int i : positions) {
                if (i < c.args().size() && isClass(c.args().get(i), classNames)) refuse.accept(c.args().get(i).token(), REASON);
            }
        }
    }

    private static boolean isClass(Expr e, Set<String> classNames) {
        return e instanceof Expr.Name n && classNames.contains(n.name())
                || e instanceof Expr.Call t && t.callee() instanceof Expr.Name f && f.name().equals("type") && t.args().size() == 1
                || e instanceof Expr.Attribute a && a.name().equals("__class__");
    }
}
