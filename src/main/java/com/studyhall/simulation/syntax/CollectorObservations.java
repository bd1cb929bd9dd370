package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Some library code makes objects the lab does not: CPython compiles a new re pattern with Python
 * code (15 to 40 tracked allocations per pattern), traceback's printing builds FrameSummary objects
 * and reads lines through linecache, and sys.stdin's TextIOWrapper keeps a tell() snapshot while it
 * reads with readline() or read(n); typing's, functools' and contextlib's Python code (typing.Generic,
 * singledispatch, partialmethod, ExitStack) is run by the lab with allocations of its own; the
 * warnings machinery shows a DeprecationWarning (about 330 objects for the first one). A
 * program that uses them may still run, but it may not observe the collector: gc's counting and
 * collecting functions, __del__ and weakref would each see collections happen at other moments
 * than in CPython. Both sides are gathered while the checker
 * walks the program and refused at the end (see docs/simulation-engine.md, "Refusals").
 */
final class CollectorObservations {
    /** What a program does that allocates out of the lab's sight, with the reason a learner reads. */
    enum HiddenAllocator {
        STDIN("reads sys.stdin (its reads make objects the lab does not count)"),
        /** typing.Generic, singledispatch, partialmethod, ExitStack: named where the program uses them. */
        LIBRARY_CODE("uses %s (its Python code makes objects the lab does not count)"),
        TRACEBACK("uses traceback (its formatting makes objects the lab does not)"),
        /** CPython's DeprecationWarning for a bool from __index__ or __int__ (the registry, linecache...). */
        WARNING("returns a bool from __index__ or __int__ (CPython's DeprecationWarning makes objects the lab does not count)"),
        RE("uses re (CPython's re compiler makes objects the lab does not)"),
        /** A module of library.ImportFootprints first imported below the program's first statement: named. */
        LATE_FIRST_IMPORT("imports %s for the first time where the lab cannot count what that import makes (it counts a "
                + "first import at the top of the program or right after gc.collect(), before any module that loads part of the same "
                + "modules; elsewhere CPython's count depends on the free lists the program left)"),
        /**
         * isinstance(), issubclass() or register() against an ABC: ABCMeta's caches keep a weak reference to each
         * class checked. Only the collector's own functions and weak reference counts are refused: the
         * caches hold classes, not the program's other objects, so __del__ and weak references to them run as in CPython.
         */
        ABC_CACHES("checks classes against an abstract class (ABCMeta's caches keep weak references the lab does not make)", true);

        private final String program;
        /** Whether only gc's functions and weakref's counts are refused, not __del__ and weakref at large. */
        private final boolean countsOnly;

        HiddenAllocator(String program) {
            this(program, false);
        }

        HiddenAllocator(String program, boolean countsOnly) {
            this.program = program;
            this.countsOnly = countsOnly;
        }
    }

    /** weakref's functions that count weak references to an object. */
    private static final Set<String> WEAKREF_COUNTS = Set.of("getweakrefcount", "getweakrefs");

    /** gc functions whose answers do not depend on when collections ran. */
    private static final Set<String> TIMELESS_GC = Set.of("is_tracked", "isenabled", "enable", "disable", "get_threshold");

    private final BiConsumer<Token, String> refuse;
    private final Map<String, String> importedModules;
    private final Map<HiddenAllocator, Token> allocators = new EnumMap<>(HiddenAllocator.class);
    /** The first library name of LIBRARY_CODE the program uses. */
    private String libraryName;
    /** The first module of LATE_FIRST_IMPORT. */
    private String lateModule;
    private final List<Token> observers = new ArrayList<>();
    /** Of those, gc's functions; and weakref's counting functions. */
    private final List<Token> counters = new ArrayList<>();

    CollectorObservations(BiConsumer<Token, String> refuse, Map<String, String> importedModules) {
        this.refuse = refuse;
        this.importedModules = importedModules;
    }

    /** The program does something that allocates out of the lab's sight (the first place is kept). */
    void allocator(HiddenAllocator kind, Token at) {
        allocators.putIfAbsent(kind, at);
    }

    /** A library name whose Python code the lab runs with allocations of its own (the first is named). */
    void libraryCode(Token at, String name) {
        if (libraryName == null) libraryName = name;
        allocator(HiddenAllocator.LIBRARY_CODE, at);
    }

    /** The first import of a library module below the program's first statement (syntax.FirstImportChecks). */
    void lateFirstImport(Token at, String module) {
        if (lateModule == null) lateModule = module;
        allocator(HiddenAllocator.LATE_FIRST_IMPORT, at);
    }

    /** A __del__ method or an import of weakref: what would see the collector run at other moments. */
    void observer(Token at) {
        observers.add(at);
    }

    /** from gc import collect: the same rule as gc.collect. */
    void fromImported(String module, Token name) {
        if (module.equals("gc") && !TIMELESS_GC.contains(name.lexeme())) {
            observers.add(name);
            counters.add(name);
        }
        if (module.equals("weakref") && WEAKREF_COUNTS.contains(name.lexeme())) counters.add(name);
    }

    /** gc.collect, gc.get_count...: read through the module. */
    void attribute(Expr.Attribute a) {
        if (a.object() instanceof Expr.Name n && "gc".equals(importedModules.get(n.name())) && !TIMELESS_GC.contains(a.name())) {
            observers.add(a.token());
            counters.add(a.token());
        }
        if (a.object() instanceof Expr.Name n && "weakref".equals(importedModules.get(n.name())) && WEAKREF_COUNTS.contains(a.name())) {
            counters.add(a.token());
        }
    }

    /** The end of the program: every observation refused once per reason the program gives. */
    void finish() {
        for (HiddenAllocator kind : allocators.keySet()) {
            String what = kind.countsOnly ? "gc's counts and collections, or weak reference counts," : "observing the collector (gc's counts and collections, __del__, weakref)";
            for (Token t : kind.countsOnly ? counters : observers) {
                refuse.accept(t, what + " in a program that "
                        + kind.program.formatted(kind == HiddenAllocator.LATE_FIRST_IMPORT ? lateModule : libraryName));
            }
        }
    }
}
