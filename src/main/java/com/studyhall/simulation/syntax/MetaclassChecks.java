package com.studyhall.simulation.syntax;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The metaclasses the lab models: {@code class Meta(type)} whose body has plain methods, class
 * attributes, {@code __repr__}, {@code __str__} and {@code __call__}, used as {@code metaclass=Meta} (the only class
 * keyword then) or inherited from a base. What it does not model is refused before the run:
 * {@code __new__}, {@code __init__}, {@code __prepare__} and other special methods
 * of a metaclass, decorators in its body, metaclasses deriving from one another, calling a
 * metaclass, two metaclasses meeting in one class statement, and bases other than the program's
 * own classes next to a metaclass (abc and enum metaclass mixes).
 */
final class MetaclassChecks {
    /** Special methods of a metaclass whose slot the engine calls (repr, print and str of the class). */
    private static final Set<String> SUPPORTED_SPECIAL = Set.of("__repr__", "__str__", "__call__");

    private final BiConsumer<Token, String> refuse;
    private final Set<String> metaclasses = new HashSet<>();
    /** Class name to the name of its metaclass (given or inherited). */
    private final Map<String, String> metaclassOf = new HashMap<>();

    MetaclassChecks(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
    }

    /** class Meta(type): the one shape of metaclass definition the lab models. */
    boolean definesMetaclass(Stmt.ClassDef s, Predicate<String> rebound) {
        return s.bases().size() == 1 && s.bases().get(0) instanceof Expr.Name n && n.name().equals("type")
                && !rebound.test("type");
    }

    /** Checks a class statement; classNames are the program's classes defined so far. */
    void check(Stmt.ClassDef s, Predicate<String> rebound, Set<String> classNames) {
        if (definesMetaclass(s, rebound)) {
            checkMetaclassBody(s);
            metaclasses.add(s.name());
            return;
        }
        String meta = null;
        for (Expr b : s.bases()) {
            if (b instanceof Expr.Name n && metaclasses.contains(n.name())) refuse.accept(n.token(), "a class deriving from a metaclass");
            String inherited = b instanceof Expr.Name n ? metaclassOf.get(n.name()) : null;
            if (inherited != null && meta != null && !meta.equals(inherited)) refuse.accept(b.token(), "two metaclasses in one class statement");
            if (inherited != null) meta = inherited;
        }
        for (Expr.Keyword k : s.keywords()) {
            if (!k.name().equals("metaclass")) continue;
            if (s.keywords().size() > 1) refuse.accept(k.token(), "other class keywords next to metaclass=");
            if (k.value() instanceof Expr.Name n && n.name().equals("type") && !rebound.test("type")) continue;
            if (!(k.value() instanceof Expr.Name n && metaclasses.contains(n.name()))) {
                refuse.accept(k.token(), "metaclass= other than a metaclass class Meta(type) of the program");
                continue;
            }
            if (meta != null && !meta.equals(n.name())) refuse.accept(k.token(), "two metaclasses in one class statement");
            meta = n.name();
        }
        if (meta == null) return;
        metaclassOf.put(s.name(), meta);
        for (Expr b : s.bases()) {
            if (!(b instanceof Expr.Name n && classNames.contains(n.name()))) {
                refuse.accept(b.token(), "a base other than the program's own classes next to a metaclass");
            }
        }
    }

    private void checkMetaclassBody(Stmt.ClassDef s) {
        for (Expr.Keyword k : s.keywords()) refuse.accept(k.token(), "class keywords on a metaclass");
        for (Stmt st : s.body()) {
            if (st instanceof Stmt.Decorated d) {
                refuse.accept(d.token(), "a decorator in a metaclass body");
            } else if (st instanceof Stmt.FunctionDef fd && fd.name().startsWith("__") && fd.name().endsWith("__")
                    && !SUPPORTED_SPECIAL.contains(fd.name())) {
                refuse.accept(fd.token(), "the metaclass method '" + fd.name() + "'");
            }
        }
    }

    /** Meta(name, bases, ns): making a class by calling the metaclass is not modelled. */
    void checkCall(Expr.Call e) {
        if (e.callee() instanceof Expr.Name n && metaclasses.contains(n.name())) refuse.accept(e.token(), "calling a metaclass");
    }
}
