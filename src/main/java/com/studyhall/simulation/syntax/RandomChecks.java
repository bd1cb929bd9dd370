package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The checker's rules for random.Random objects: the lab models a generator's state and methods,
 * not the instance dict random.py's class gives it, nor the temporaries its Python __init__ and
 * seed make (which gc's counts would show), nor copying it through __reduce__.
 */
final class RandomChecks {
    /** The methods a generator answers (runtime.RandomMethods). */
    static final Set<String> METHODS = Set.of("seed", "random", "getstate", "setstate", "getrandbits", "randrange",
            "randint", "gauss", "expovariate", "normalvariate", "uniform", "triangular", "choice", "shuffle", "sample", "choices");
    private static final Set<String> DICT_FUNCTIONS = Set.of("vars", "setattr", "delattr");

    private final BiConsumer<Token, String> refuse;
    /** Names a program binds to random.Random(...). */
    private final Set<String> generators = new HashSet<>();
    private final List<Token> made = new ArrayList<>();
    private final List<Expr.Attribute> attributes = new ArrayList<>();
    private final List<Expr.Call> dictCalls = new ArrayList<>();

    RandomChecks(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
    }

    /** name = random.Random(...): function is the value's library function (module.name), or null. */
    void assign(Stmt.Assign s, String function) {
        if (!"random.Random".equals(function)) return;
        for (Expr t : s.targets()) if (t instanceof Expr.Name n) generators.add(n.name());
    }

    void call(Expr.Call e, String function) {
        if ("random.Random".equals(function)) made.add(e.token());
        if (e.callee() instanceof Expr.Name n && DICT_FUNCTIONS.contains(n.name()) && !e.args().isEmpty()) dictCalls.add(e);
    }

    void attribute(Expr.Attribute e) {
        attributes.add(e);
    }

    void finish(Set<String> imported) {
        if (made.isEmpty()) return;
        for (Token t : made) {
            if (imported.contains("gc")) {
                refuse.accept(t, "random.Random in a program that imports gc (the Python code of Random.__init__ and seed makes temporaries the collector's counts would show)");
            }
            if (imported.contains("copy")) {
                refuse.accept(t, "random.Random in a program that imports copy (a generator is copied through __reduce__, which the lab does not model)");
            }
        }
        for (Expr.Attribute a : attributes) {
            if (a.object() instanceof Expr.Name n && generators.contains(n.name()) && !METHODS.contains(a.name())) {
                refuse.accept(a.token(), "'" + n.name() + "." + a.name() + "' on a random.Random object (the lab models its methods, not its instance dict)");
            }
        }
        for (Expr.Call c : dictCalls) {
            if (c.args().get(0) instanceof Expr.Name n && generators.contains(n.name())) {
                refuse.accept(c.token(), ((Expr.Name) c.callee()).name() + "() of a random.Random object (the lab models its methods, not its instance dict)");
            }
        }
    }
}
