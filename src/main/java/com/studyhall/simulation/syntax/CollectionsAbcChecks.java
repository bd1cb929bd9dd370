package com.studyhall.simulation.syntax;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The rules of collections.abc and of ABCMeta's checks (runtime.AbcChecks, docs/simulation-engine.md,
 * "collections.abc, register() and __subclasshook__"). The lab answers isinstance() and issubclass()
 * against collections.abc's classes and a program's ABCs as CPython does, but:
 * <ul>
 * <li>a class deriving from a collections.abc class is refused (by the checker's rule for classes of a
 * module): the mixin methods it would inherit (Sequence's __iter__, index and count, Mapping's get, keys
 * and items...) are not modelled;</li>
 * <li>of the classes themselves, only register and their names may be read;</li>
 * <li>ABCMeta's caches keep weak references to each class checked, in sets made on first use, so in a
 * program that checks against an ABC, gc's counting and collecting functions and weak reference
 * counts would see objects the lab does not make (the collector rule of {@link CollectorObservations}).</li>
 * </ul>
 */
final class CollectionsAbcChecks {
    /** What may be read of a collections.abc class. */
    private static final Set<String> READABLE = Set.of("register", "__name__", "__qualname__", "__module__");

    private final BiConsumer<Token, String> refuse;
    private final Map<String, String> importedModules;
    /** Names a from-import bound to a collections.abc class, with the class's name. */
    private final Map<String, String> classNames = new HashMap<>();
    /** Whether the program imports collections.abc or abc: ABCMeta's classes can then be checked against. */
    private boolean abcs;
    /** The first isinstance(), issubclass() or register() the program names. */
    private Token firstCheck;
    /** Where the program first names collections.abc, and functools.singledispatch. */
    private Token collectionsAbc, singledispatch;

    CollectionsAbcChecks(BiConsumer<Token, String> refuse, Map<String, String> importedModules) {
        this.refuse = refuse;
        this.importedModules = importedModules;
    }

    /** import m / from m import names: collections.abc in any form, or abc. */
    void imported(Token module) {
        if (module.lexeme().equals("abc") || module.lexeme().equals("collections.abc")) abcs = true;
        if (module.lexeme().equals("collections.abc") && collectionsAbc == null) collectionsAbc = module;
    }

    void fromImported(String module, Token name, String alias) {
        if (module.equals("collections.abc")) classNames.put(alias, name.lexeme());
        if (module.equals("collections") && name.lexeme().equals("abc")) {
            importedModules.put(alias, "collections.abc");
            abcs = true;
            if (collectionsAbc == null) collectionsAbc = name;
        }
    }

    /** A library name whose Python code the lab runs (functools.singledispatch among them). */
    void libraryCode(Token at, String qualified) {
        if (qualified.startsWith("functools.singledispatch") && singledispatch == null) singledispatch = at;
    }

    /** A name the program binds again no longer names the class it imported. */
    void rebound(String name) {
        classNames.remove(name);
    }

    /** The collections.abc class e names (Iterable, cabc.Iterable, collections.abc.Iterable), or null. */
    String className(Expr e) {
        if (e instanceof Expr.Name n) return classNames.get(n.name());
        if (e instanceof Expr.Attribute a && module(a.object())) return a.name();
        return null;
    }

    private boolean module(Expr e) {
        if (e instanceof Expr.Name n) return "collections.abc".equals(importedModules.get(n.name()));
        return e instanceof Expr.Attribute a && a.name().equals("abc") && a.object() instanceof Expr.Name n
                && "collections".equals(importedModules.get(n.name()));
    }

    /**
     * class C(collections.abc.Mapping): the checker's rule for a module's classes sees a base named through
     * one module (Mapping, cabc.Mapping); through the package, collections.abc.Mapping, it is refused here.
     */
    void classDef(Stmt.ClassDef s) {
        for (Expr base : s.bases()) {
            if (base instanceof Expr.Attribute a && a.object() instanceof Expr.Attribute && className(base) != null) {
                refuse.accept(a.token(), "a class deriving from 'collections.abc." + a.name() + "'");
            }
        }
    }

    void attribute(Expr.Attribute e) {
        String name = className(e.object());
        if (name != null && !READABLE.contains(e.name())) {
            refuse.accept(e.token(), "the attribute '" + e.name() + "' of collections.abc." + name);
        }
        if (module(e)) {
            abcs = true;
            if (collectionsAbc == null) collectionsAbc = e.token();
        }
        if (e.name().equals("register") && firstCheck == null) firstCheck = e.token();
    }

    /** isinstance(...) and issubclass(...) by their builtin names. */
    void typeCheck(Token at) {
        if (firstCheck == null) firstCheck = at;
    }

    /** The end of the program: a check against an ABC hides the caches' objects from gc's counts. */
    void finish(CollectorObservations collector) {
        if (abcs && firstCheck != null) collector.allocator(CollectorObservations.HiddenAllocator.ABC_CACHES, firstCheck);
        if (collectionsAbc != null && singledispatch != null) {
            // The lab's dispatch walks type(arg).__mro__; functools' _compose_mro also places the ABCs a class is
            // registered with or hooks into, which a dispatch on one of collections.abc's classes would need.
            refuse.accept(singledispatch, "functools.singledispatch in a program that uses collections.abc (dispatch on an abstract class)");
        }
    }
}
