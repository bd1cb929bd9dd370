package com.studyhall.simulation.syntax;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The metaclasses the lab models: {@code class Meta(type)} whose body has plain methods, class
 * attributes, {@code __new__}, {@code __init__}, {@code __repr__}, {@code __str__} and
 * {@code __call__}, used as {@code metaclass=Meta} or inherited from a base (other class keywords
 * next to it only when it defines {@code __new__} or {@code __init__}, which receive them), or
 * called as {@code Meta(name, bases, ns)}. What it does not model is refused before the run:
 * the other special methods of a metaclass, decorators in its body (but a {@code @classmethod}
 * {@code __prepare__} that returns a dict display or {@code dict(...)}),
 * metaclasses deriving from one another, two metaclasses meeting in one class statement, and bases
 * other than the program's own classes next to a metaclass (abc and enum metaclass mixes).
 */
final class MetaclassChecks {
    /** Special methods of a metaclass whose slot the engine calls (repr, print and str of the class). */
    private static final Set<String> SUPPORTED_SPECIAL = Set.of("__repr__", "__str__", "__call__", "__new__", "__init__");
    /** Special methods through which a metaclass receives the class keywords. */
    private static final Set<String> CONSTRUCTORS = Set.of("__new__", "__init__");

    private final BiConsumer<Token, String> refuse;
    private final Set<String> metaclasses = new HashSet<>();
    /** The metaclasses defining __new__ or __init__ (class keywords go to them). */
    private final Set<String> constructing = new HashSet<>();
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
            boolean constructs = s.body().stream().anyMatch(st -> st instanceof Stmt.FunctionDef fd && CONSTRUCTORS.contains(fd.name()));
            if (constructs) constructing.add(s.name());
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
            if (s.keywords().size() > 1 && !(k.value() instanceof Expr.Name m && constructing.contains(m.name()))) {
                refuse.accept(k.token(), "other class keywords next to metaclass= (a metaclass without __new__ or __init__)");
            }
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

    /**
     * {@code @classmethod def __prepare__(mcs, name, bases, **kw)} whose body is simple statements
     * ending in its only return, of a dict display or a {@code dict(...)} call: the namespace is
     * then a plain dict, the one kind of namespace the engine runs a class body in.
     */
    static boolean preparesNamespace(Stmt st) {
        return st instanceof Stmt.Decorated d && prepareReturningDict(d);
    }

    private static boolean prepareReturningDict(Stmt.Decorated d) {
        if (d.decorators().size() != 1 || !(d.decorators().get(0) instanceof Expr.Name n && n.name().equals("classmethod"))) return false;
        if (!(d.definition() instanceof Stmt.FunctionDef fd && fd.name().equals("__prepare__"))) return false;
        List<Stmt> body = fd.body();
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Stmt.Return r)) return false;
        boolean dict = r.value() instanceof Expr.DictDisplay
                || r.value() instanceof Expr.Call c && c.callee() instanceof Expr.Name f && f.name().equals("dict");
        if (!dict) return false;
        for (Stmt st : body.subList(0, body.size() - 1)) {
            if (!(st instanceof Stmt.Expression || st instanceof Stmt.Assign || st instanceof Stmt.AugAssign || st instanceof Stmt.Pass)) return false;
        }
        return true;
    }

    private void checkMetaclassBody(Stmt.ClassDef s) {
        for (Expr.Keyword k : s.keywords()) refuse.accept(k.token(), "class keywords on a metaclass");
        for (Stmt st : s.body()) {
            if (st instanceof Stmt.Decorated d && !prepareReturningDict(d)) {
                refuse.accept(d.token(), "a decorator in a metaclass body (but @classmethod __prepare__ returning a dict display or dict(...))");
            } else if (st instanceof Stmt.FunctionDef fd && fd.name().startsWith("__") && fd.name().endsWith("__")
                    && !SUPPORTED_SPECIAL.contains(fd.name())) {
                refuse.accept(fd.token(), "the metaclass method '" + fd.name() + "'");
            }
        }
    }
}
