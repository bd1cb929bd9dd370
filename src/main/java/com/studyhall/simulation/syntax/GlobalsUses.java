package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Where a program may call {@code globals()}. The lab's module dict holds the program's own names
 * only: CPython's also holds the nine entries a script starts with ({@link #STARTUP_NAMES}), whose
 * loader object and file path the lab cannot show. So {@code globals()} runs where those entries
 * make no difference the lab cannot account for: a subscript ({@code globals()[name]}, also as an
 * assignment or {@code del} target), {@code name in globals()}, the {@code get}, {@code setdefault},
 * {@code pop} and {@code update} methods, {@code len(globals())} (the runtime adds the nine) and
 * {@code sys.getrefcount(globals())}, and {@code is}/{@code is not}; a literal startup name as the
 * key is refused too. A name bound to {@code globals()} ({@code ns = globals()}) is the dict under
 * the same rules: each read of that name must be one of those uses.
 */
final class GlobalsUses {
    /** What CPython 3.11's module dict holds before a script's first line (python3 f.py), in order. */
    static final List<String> STARTUP_NAMES = List.of("__name__", "__doc__", "__package__", "__loader__", "__spec__",
            "__annotations__", "__builtins__", "__file__", "__cached__");

    private static final Set<String> METHODS = Set.of("get", "setdefault", "pop", "update");

    private final List<Expr.Call> calls = new ArrayList<>();
    private final Set<Expr> answered = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Expr.Constant> startupKeys = new ArrayList<>();
    private final Set<String> aliases = new java.util.HashSet<>();
    private final List<Expr.Name> aliasReads = new ArrayList<>();

    /** globals(), and locals() or vars() without arguments (at module level they are the same dict). */
    static boolean isGlobalsCall(Expr e) {
        return e instanceof Expr.Call c && (c.callee() instanceof Expr.Name n && n.name().equals("globals") || LocalsUses.isLocalsCall(c));
    }

    /** globals(), or at module level locals() and vars() too, or a name bound to one of them. */
    private boolean isGlobals(Expr e) {
        return isGlobalsCall(e) || e instanceof Expr.Name n && aliases.contains(n.name());
    }

    /**
     * name = value: globals() bound to a name (moduleLevel: locals() and vars() are the module dict
     * there; in a function they are the frame's, see LocalsUses).
     */
    void bound(String name, Expr value, boolean moduleLevel) {
        if (value instanceof Expr.Call c && c.callee() instanceof Expr.Name f && (f.name().equals("globals") || moduleLevel && isGlobalsCall(c))) {
            aliases.add(name);
            answered.add(value);
        }
    }

    /** A name read outside a binding target; del of a name. */
    void nameRead(Expr.Name n) {
        aliasReads.add(n);
    }

    void deleted(Expr.Name n) {
        answered.add(n);
    }

    /** x is globals(), globals() is not g: identity needs nothing of the dict's entries. */
    void compared(Expr.Compare c) {
        for (int i = 0; i < c.ops().size(); i++) {
            if (!c.ops().get(i).equals("is") && !c.ops().get(i).equals("is not")) continue;
            Expr left = i == 0 ? c.first() : c.rest().get(i - 1);
            if (isGlobals(left)) answered.add(left);
            if (isGlobals(c.rest().get(i))) answered.add(c.rest().get(i));
        }
    }

    /** A call of the builtin globals. */
    void called(Expr.Call c) {
        calls.add(c);
    }

    /** operand is used as the dict it is, with key (may be null) as the name. */
    void answeredBy(Expr operand, Expr key) {
        if (!isGlobals(operand)) return;
        answered.add(operand);
        if (key instanceof Expr.Constant c && c.value() instanceof String s && STARTUP_NAMES.contains(s)) startupKeys.add(c);
    }

    /** d.get(k), d.pop(k)...; len(d) and sys.getrefcount(d). */
    void call(Expr.Call e) {
        if (e.callee() instanceof Expr.Attribute a && METHODS.contains(a.name())) {
            answeredBy(a.object(), e.args().isEmpty() ? null : e.args().get(0));
        }
        boolean counted = e.callee() instanceof Expr.Name n && (n.name().equals("len") || n.name().equals("getrefcount"))
                || e.callee() instanceof Expr.Attribute a && a.name().equals("getrefcount");
        if (counted && e.args().size() == 1 && e.keywords().isEmpty()) answeredBy(e.args().get(0), null);
    }

    /** Refuses what is left: the other uses, the literal startup names, and any use after a star import of names the lab lacks. */
    void check(boolean starLacksNames, BiConsumer<Token, String> refuse) {
        for (Expr.Call c : calls) {
            if (starLacksNames) {
                refuse.accept(c.callee().token(), c.callee().token().lexeme() + "() in a program whose 'from ... import *' binds names the lab does not model");
            } else if (!answered.contains(c)) {
                String f = c.callee().token().lexeme() + "()";
                refuse.accept(c.callee().token(), f + " other than " + f + "[name], name in " + f + ", its get/setdefault/pop/update, "
                        + "len() and sys.getrefcount() (the lab does not model the module's startup entries such as __loader__ and __file__)");
            }
        }
        for (Expr.Name n : aliasReads) {
            if (aliases.contains(n.name()) && !answered.contains(n)) {
                refuse.accept(n.token(), "'" + n.name() + "' (bound to globals()) other than " + n.name() + "[name], name in " + n.name()
                        + ", its get/setdefault/pop/update, len(), sys.getrefcount() and 'is' (the lab does not model the module's startup entries such as __loader__ and __file__)");
            }
        }
        for (Expr.Constant k : startupKeys) {
            refuse.accept(k.token(), "the module's startup entry '" + k.value() + "' read through globals()");
        }
    }
}
