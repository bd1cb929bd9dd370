package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The weak containers' methods and operators the lab does not model, refused before the run (see
 * docs/simulation-engine.md, "weakref"): WeakSet, WeakValueDictionary and WeakKeyDictionary answer
 * get, keys, values, items, add, discard, remove, setdefault, pop and update, but not {@code copy},
 * {@code clear}, {@code popitem}, a WeakSet's set algebra or the containers' operators. Those names
 * are methods of other types too ({@code list.clear}), so the name rule of the checker lets them
 * through, and the run would stop with an AttributeError CPython does not raise. This check follows
 * the names and attributes a program binds to a new weak container ({@code s = weakref.WeakSet()},
 * {@code self.cache = WeakValueDictionary()}) and refuses those methods and operators on them. A
 * container handed on under another name (a parameter) is not followed.
 */
final class WeakContainerChecks {
    static final Set<String> CLASSES = Set.of("WeakSet", "WeakValueDictionary", "WeakKeyDictionary");
    private static final Set<String> UNMODELLED = Set.of("copy", "clear", "popitem", "union", "intersection",
            "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint", "intersection_update",
            "difference_update", "symmetric_difference_update", "__copy__", "__deepcopy__");
    private static final Map<TokenType, String> SYMBOLS = Map.of(TokenType.PIPE, "|", TokenType.AMPER, "&",
            TokenType.MINUS, "-", TokenType.CARET, "^");

    private final BiConsumer<Token, String> refuse;
    private final Map<String, String> importedModules;
    private final Map<String, String> fromImported;
    private final List<Stmt.Assign> assignments = new ArrayList<>();
    private final List<Expr.Attribute> methodReads = new ArrayList<>();
    private final List<Expr.Binary> operators = new ArrayList<>();
    private final List<Stmt.AugAssign> augmented = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> attributes = new HashSet<>();

    WeakContainerChecks(BiConsumer<Token, String> refuse, Map<String, String> importedModules, Map<String, String> fromImported) {
        this.refuse = refuse;
        this.importedModules = importedModules;
        this.fromImported = fromImported;
    }

    void assign(Stmt.Assign s) {
        if (s.value() instanceof Expr.Call) assignments.add(s);
    }

    void attribute(Expr.Attribute e) {
        if (UNMODELLED.contains(e.name())) methodReads.add(e);
    }

    void binary(Expr.Binary e) {
        if (SYMBOLS.containsKey(e.op())) operators.add(e);
    }

    void augAssign(Stmt.AugAssign s) {
        augmented.add(s);
    }

    /** Runs once the whole program has been seen (its imports bind the class names anywhere in it). */
    void finish() {
        for (Stmt.Assign s : assignments) {
            if (!makesWeakContainer(((Expr.Call) s.value()).callee())) continue;
            for (Expr target : s.targets()) {
                if (target instanceof Expr.Name n) names.add(n.name());
                else if (target instanceof Expr.Attribute a) attributes.add(a.name());
            }
        }
        if (names.isEmpty() && attributes.isEmpty()) return;
        for (Expr.Attribute e : methodReads) {
            if (followed(e.object())) refuse.accept(e.token(), "the weak container method '" + e.name() + "'");
        }
        for (Expr.Binary e : operators) {
            if (followed(e.left()) || followed(e.right())) {
                refuse.accept(e.token(), "the operator '" + SYMBOLS.get(e.op()) + "' on a weak container");
            }
        }
        for (Stmt.AugAssign s : augmented) {
            if (followed(s.target())) refuse.accept(s.token(), "an augmented assignment to a weak container");
        }
    }

    private boolean followed(Expr e) {
        return e instanceof Expr.Name n && names.contains(n.name()) || e instanceof Expr.Attribute a && attributes.contains(a.name());
    }

    private boolean makesWeakContainer(Expr callee) {
        if (callee instanceof Expr.Attribute a && a.object() instanceof Expr.Name m) {
            return "weakref".equals(importedModules.get(m.name())) && CLASSES.contains(a.name());
        }
        return callee instanceof Expr.Name n && fromImported.containsKey(n.name())
                && fromImported.get(n.name()).startsWith("weakref.") && CLASSES.contains(fromImported.get(n.name()).substring(8));
    }
}
