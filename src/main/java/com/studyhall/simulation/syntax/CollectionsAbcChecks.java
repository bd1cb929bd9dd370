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
 * <li>a class may derive from them (runtime.CollectionsAbcMixins runs the methods it inherits), but not
 * from the generator, coroutine and asynchronous ones, whose send/throw/close mixins are not modelled;</li>
 * <li>of the classes themselves, only register and their names may be read (a subclass's are its own);</li>
 * <li>a sequence or mapping pattern in a program that derives from or registers with one: ABCMeta sets
 * the class's Py_TPFLAGS_SEQUENCE or _MAPPING, which the lab's match does not read;</li>
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
    /** The first class statement deriving from a collections.abc class, or register() call; the first sequence or mapping pattern. */
    private Token flagged, structuralPattern;
    /** Names a from-import bound to collections.UserDict, UserList or UserString. */
    private final java.util.Set<String> userNames = new java.util.HashSet<>();
    /** collections' classes written in Python over collections.abc's. */
    private static final Set<String> USER_CLASSES = Set.of("UserDict", "UserList", "UserString");
    /** The classes whose methods the lab does not run for a subclass. */
    private static final Set<String> NOT_DERIVABLE = Set.of("Generator", "Coroutine", "Awaitable", "AsyncIterable",
            "AsyncIterator", "AsyncGenerator");

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
        if (module.equals("collections") && USER_CLASSES.contains(name.lexeme())) userNames.add(alias);
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
        userNames.remove(name);
    }

    /** A read of a name bound to UserDict, UserList or UserString (a star import binds them without naming them). */
    void nameRead(Expr.Name n) {
        if (userNames.contains(n.name())) userClass(n.token());
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
     * collections.UserDict, UserList and UserString derive from MutableMapping, MutableSequence and
     * Sequence (runtime.UserCollections): their methods call isinstance() against collections.abc's
     * classes, and their instances match as mappings or sequences, as a class deriving from one.
     */
    private void userClass(Token at) {
        abcs = true;
        if (collectionsAbc == null) collectionsAbc = at;
        if (firstCheck == null) firstCheck = at;
        if (flagged == null) flagged = at;
    }

    /** class C(Sequence): its mixins call isinstance() (ABCMeta's caches), and its instances match as sequences. */
    void classDef(Stmt.ClassDef s) {
        for (Expr base : s.bases()) {
            String name = className(base);
            if (name == null) continue;
            if (NOT_DERIVABLE.contains(name)) {
                refuse.accept(base.token(), "a class deriving from 'collections.abc." + name + "' (its send, throw and close methods)");
            }
            if (firstCheck == null) firstCheck = s.token();
            if (flagged == null) flagged = s.token();
        }
    }

    /** The first sequence or mapping pattern of a case (null when it has none). */
    void pattern(Token at) {
        if (structuralPattern == null) structuralPattern = at;
    }

    void attribute(Expr.Attribute e) {
        if (USER_CLASSES.contains(e.name()) && e.object() instanceof Expr.Name m && "collections".equals(importedModules.get(m.name()))) {
            userClass(e.token());
        }
        String name = className(e.object());
        if (name != null && !READABLE.contains(e.name())) {
            refuse.accept(e.token(), "the attribute '" + e.name() + "' of collections.abc." + name);
        }
        if (module(e)) {
            abcs = true;
            if (collectionsAbc == null) collectionsAbc = e.token();
        }
        if (e.name().equals("register") && firstCheck == null) firstCheck = e.token();
        if (e.name().equals("register") && name != null && flagged == null) flagged = e.token();
    }

    /** isinstance(...) and issubclass(...) by their builtin names, against anything but builtin classes. */
    void typeCheck(Token at) {
        if (firstCheck == null) firstCheck = at;
    }

    /** A check against a class ABCMeta made, whatever the program imported (typing's Iterable asks collections.abc's). */
    void abcCheck(Token at) {
        abcs = true;
        typeCheck(at);
    }

    /** The end of the program: a check against an ABC hides the caches' objects from gc's counts. */
    void finish(CollectorObservations collector) {
        if (abcs && firstCheck != null) collector.allocator(CollectorObservations.HiddenAllocator.ABC_CACHES, firstCheck);
        if (flagged != null && structuralPattern != null) {
            refuse.accept(structuralPattern, "a sequence or mapping pattern in a program whose class derives from or is registered with "
                    + "a collections.abc class (ABCMeta marks it a sequence or mapping for match)");
        }
        if (collectionsAbc != null && singledispatch != null) {
            // The lab's dispatch walks type(arg).__mro__; functools' _compose_mro also places the ABCs a class is
            // registered with or hooks into, which a dispatch on one of collections.abc's classes would need.
            refuse.accept(singledispatch, "functools.singledispatch in a program that uses collections.abc (dispatch on an abstract class)");
        }
    }
}
