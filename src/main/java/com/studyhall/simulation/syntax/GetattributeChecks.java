package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The checker's rules for a program whose class defines {@code __getattribute__}: CPython's
 * object.__dir__ reads {@code __dict__} and {@code __class__} through it, and copy reads
 * {@code __reduce_ex__} and the state through it, which the lab's dir(), vars() and copy do not.
 */
final class GetattributeChecks {
    /** vars() reads __dict__ through the class's tp_getattro as the runtime's vars() does (ObjectBuiltins); dir() does not. */
    private static final Set<String> READERS = Set.of("dir");
    /** dataclasses' functions that read __dataclass_fields__ and __class__ of an instance with getattr. */
    private static final Set<String> DATACLASS_READERS = Set.of("dataclasses.asdict", "dataclasses.astuple",
            "dataclasses.replace", "dataclasses.fields");

    private final BiConsumer<Token, String> refuse;
    /** Where a class body defines __getattribute__, or null. */
    private Token hook;
    private final List<Expr.Call> readers = new ArrayList<>();
    private final List<Expr.Call> dataclassReaders = new ArrayList<>();

    GetattributeChecks(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
    }

    void classDef(Stmt.ClassDef s) {
        for (Stmt st : s.body()) {
            Stmt.FunctionDef def = st instanceof Stmt.FunctionDef fd ? fd
                    : st instanceof Stmt.Decorated d && d.definition() instanceof Stmt.FunctionDef fd ? fd : null;
            boolean assigned = st instanceof Stmt.Assign a && a.targets().stream()
                    .anyMatch(t -> t instanceof Expr.Name n && n.name().equals("__getattribute__"));
            if (hook == null && (assigned || def != null && def.name().equals("__getattribute__"))) hook = st.token();
        }
    }

    /** function: the call's library function (module.name), or null. */
    void call(Expr.Call e, String function) {
        if (e.callee() instanceof Expr.Name n && READERS.contains(n.name()) && !e.args().isEmpty()) readers.add(e);
        if (function != null && DATACLASS_READERS.contains(function)) dataclassReaders.add(e);
    }

    void finish(Set<String> imported, Set<String> bound) {
        if (hook == null) return;
        for (Expr.Call c : readers) {
            String name = ((Expr.Name) c.callee()).name();
            if (!bound.contains(name)) {
                refuse.accept(c.token(), name + "() in a program whose class defines __getattribute__ (CPython reads __dict__ and __class__ through it)");
            }
        }
        for (Expr.Call c : dataclassReaders) {
            refuse.accept(c.token(), "dataclasses' asdict, astuple, replace and fields in a program whose class defines __getattribute__ (they read __dataclass_fields__ and __class__ through it)");
        }
        if (imported.contains("copy")) {
            refuse.accept(hook, "__getattribute__ in a program that imports copy (copy reads __reduce_ex__ and the state through it)");
        }
    }
}
