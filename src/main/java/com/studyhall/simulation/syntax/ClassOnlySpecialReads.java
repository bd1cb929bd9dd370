package com.studyhall.simulation.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a read of a class-only special method ({@code x.__reduce__}, {@code x.__index__},
 * {@code getattr(x, "__getstate__")}) is answered: the lab runs a program class's own method, but
 * not the one a builtin value or object inherits (list's and object's {@code __reduce__},
 * {@code __reduce_ex__}, {@code __getstate__}, {@code __format__}, int's {@code __index__}...),
 * which CPython answers on every value. The receiver is known to be an instance (or a class) whose
 * program classes define the name when it is {@code self} or {@code cls} inside such a class, such
 * a class's name, or a variable every binding of which is {@code name = C(...)} with such a C;
 * anything else could be a builtin value, and the read is refused rather than stopped half-way.
 */
final class ClassOnlySpecialReads {
    /** The names each class body of the program defines (a def, a decorated def, a name assigned). */
    private final Map<String, Set<String>> defined = new HashMap<>();
    private final Map<String, List<String>> bases;
    /** How many times the program binds each name, anywhere. */
    private final Map<String, Integer> bindings = new HashMap<>();
    /** The classes called in {@code name = C(...)} for each name so bound. */
    private final Map<String, List<String>> constructions = new HashMap<>();
    private final Deque<String> enclosing = new ArrayDeque<>();
    /** The class whose body (or one of whose methods) a read sits in; absent at module level. */
    private final Map<Expr.Attribute, String> readsInClass = new IdentityHashMap<>();
    private final Map<Expr.Attribute, Boolean> stores = new IdentityHashMap<>();

    ClassOnlySpecialReads(Map<String, List<String>> bases) {
        this.bases = bases;
    }

    void enterClass(Stmt.ClassDef s) {
        Set<String> names = defined.computeIfAbsent(s.name(), k -> new HashSet<>());
        for (Stmt st : s.body()) {
            Stmt def = st instanceof Stmt.Decorated d ? d.definition() : st;
            if (def instanceof Stmt.FunctionDef fd) names.add(fd.name());
            if (def instanceof Stmt.Assign a) a.targets().forEach(t -> {
                if (t instanceof Expr.Name n) names.add(n.name());
            });
        }
        enclosing.push(s.name());
    }

    void exitClass() {
        enclosing.pop();
    }

    void bound(String name) {
        bindings.merge(name, 1, Integer::sum);
    }

    void assigned(Stmt.Assign s) {
        if (s.targets().size() == 1 && s.targets().get(0) instanceof Expr.Name n
                && s.value() instanceof Expr.Call c && c.callee() instanceof Expr.Name callee) {
            constructions.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(callee.name());
        }
    }

    /** An assignment's target ({@code C.__class_getitem__ = f}) defines the name rather than reads it. */
    void stored(Expr.Attribute a) {
        stores.put(a, Boolean.TRUE);
    }

    void read(Expr.Attribute a) {
        if (!enclosing.isEmpty()) readsInClass.put(a, enclosing.peek());
    }

    /** Whether the read's receiver is known to have the special method from a program class. */
    boolean receiverDefines(Expr.Attribute a) {
        if (stores.containsKey(a)) return true;
        if (!(a.object() instanceof Expr.Name n)) return false;
        String name = a.name();
        String inClass = readsInClass.get(a);
        if ((n.name().equals("self") || n.name().equals("cls")) && inClass != null) return defines(inClass, name, new HashSet<>());
        if (defined.containsKey(n.name())) return bindings.getOrDefault(n.name(), 0) == 1 && defines(n.name(), name, new HashSet<>());
        List<String> classes = constructions.getOrDefault(n.name(), List.of());
        return !classes.isEmpty() && classes.size() == bindings.getOrDefault(n.name(), 0)
                && classes.stream().allMatch(c -> bindings.getOrDefault(c, 0) == 1 && defines(c, name, new HashSet<>()));
    }

    private boolean defines(String className, String name, Set<String> seen) {
        if (!seen.add(className) || !defined.containsKey(className)) return false;
        if (defined.get(className).contains(name)) return true;
        return bases.getOrDefault(className, List.of()).stream().anyMatch(b -> defines(b, name, seen));
    }
}
