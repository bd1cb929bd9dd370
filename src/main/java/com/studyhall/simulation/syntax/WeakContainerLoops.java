package com.studyhall.simulation.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A loop that changes the container it iterates, in a program that uses a weakref container.
 * Lib/weakref.py's and Lib/_weakrefset.py's iteration (`for k in wd`, `keys()`, `values()`,
 * `items()`) is a generator walking the live `data` dict under an _IterationGuard: deleting or
 * adding an entry in the loop is CPython's "dictionary changed size during iteration" (a WeakSet's
 * "Set changed size"), and a value that dies in the loop is skipped. The lab iterates a list of
 * the live entries made before the loop, so such a loop would run on silently. The checker cannot
 * tell a weak container from a dict by its name, so in a program that uses one, a loop over a name
 * or attribute path (or its keys()/values()/items()) whose body deletes, stores, pops, clears,
 * updates, adds or removes through the same path is refused. So is `len(x.keys())` or `x.items()[0]`
 * there: a weak mapping's keys()/values()/items() is a generator in CPython (a TypeError), a list here.
 */
final class WeakContainerLoops {
    static final Set<String> CONTAINERS = Set.of("WeakValueDictionary", "WeakKeyDictionary", "WeakSet");
    private static final Set<String> VIEWS = Set.of("keys", "values", "items");
    private static final Set<String> MUTATORS = Set.of("pop", "popitem", "clear", "setdefault", "update", "add", "discard", "remove");

    private boolean used;
    /** The paths the enclosing for loops iterate, innermost first (null: an iterable that is no path). */
    private final Deque<String> iterated = new ArrayDeque<>();
    private final List<Token> changes = new ArrayList<>();
    private final List<Token> viewsMeasured = new ArrayList<>();

    /** The program reads WeakValueDictionary, WeakKeyDictionary or WeakSet (a name or an attribute). */
    void used(String name) {
        if (CONTAINERS.contains(name)) used = true;
    }

    /** `a`, `a.b.c`: a name or attribute chain; null for anything else. */
    private static String path(Expr e) {
        if (e instanceof Expr.Name n) return n.name();
        if (e instanceof Expr.Attribute a) {
            String p = path(a.object());
            return p == null ? null : p + "." + a.name();
        }
        return null;
    }

    /** Entering a for loop's body: what it iterates, through `d.keys()`/`values()`/`items()` too. */
    void enter(Expr iterable) {
        Expr walked = iterable instanceof Expr.Call c && c.args().isEmpty() && c.keywords().isEmpty()
                && c.callee() instanceof Expr.Attribute a && VIEWS.contains(a.name()) ? a.object() : iterable;
        String p = path(walked);
        iterated.push(p == null ? "" : p);
    }

    void leave() {
        iterated.pop();
    }

    /** `del x[k]` or `x[k] = v` in a loop body: x's path is checked against the loops'. */
    void subscriptChanged(Expr target) {
        if (target instanceof Expr.Subscript s) changed(path(s.object()), s.token());
    }

    /** A call `x.pop(...)`, `x.clear()`... in a loop body; `len(x.keys())`. */
    void called(Expr.Call c) {
        if (c.callee() instanceof Expr.Attribute a && MUTATORS.contains(a.name())) changed(path(a.object()), a.token());
        if (c.callee() instanceof Expr.Name n && n.name().equals("len") && c.args().size() == 1) view(c.args().get(0));
    }

    /** `x.items()[0]`. */
    void subscripted(Expr.Subscript s) {
        view(s.object());
    }

    private void view(Expr e) {
        if (e instanceof Expr.Call c && c.args().isEmpty() && c.callee() instanceof Expr.Attribute a && VIEWS.contains(a.name())) {
            viewsMeasured.add(a.token());
        }
    }

    private void changed(String p, Token at) {
        if (p != null && iterated.contains(p)) changes.add(at);
    }

    void finish(BiConsumer<Token, String> refuse) {
        if (!used) return;
        for (Token t : changes) {
            refuse.accept(t, "changing the container a for loop iterates, in a program that uses a weakref container "
                    + "(CPython iterates a WeakValueDictionary, WeakKeyDictionary or WeakSet through a generator over its live "
                    + "data and raises 'changed size during iteration'; the lab iterates a list made before the loop)");
        }
        for (Token t : viewsMeasured) {
            refuse.accept(t, "len() or a subscript of keys()/values()/items() in a program that uses a weakref container "
                    + "(a weak mapping's keys(), values() and items() are generators in CPython, lists in the lab)");
        }
    }
}
