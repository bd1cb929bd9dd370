package com.studyhall.simulation.syntax;

import com.studyhall.simulation.library.ImportFootprints;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The first import of a library module python3 has not loaded at start-up (json, dataclasses...)
 * runs the module's code in CPython: hundreds of tracked allocations, automatic collections,
 * sometimes garbage. What that does to gc's count depends on the free lists at that moment and on
 * what the process imported before (measured: json's first import adds 265 at the top of a
 * short program, 342 right after gc.collect(), 332 right after gc.collect() once another module was
 * imported). The lab replays the measured tables (library.ImportFootprints) and counts exactly in
 * one state only: the program's first import of such a module, as the statement right after a
 * top-level gc.collect() (count 0, free lists empty). So:
 * <ul>
 * <li>such an import at the top of the program (before its first other statement): what can see
 *   the count before a gc.collect() statement has reset it (gc.get_count(); the value of
 *   gc.collect() when the module leaves garbage, as datetime does) and gc.get_stats()/gc.callbacks
 *   (the import's collections stay counted) are refused; from the first collection on, counts are
 *   the lab's own;</li>
 * <li>anywhere else but that one exact place, every collector observation is refused
 *   (CollectorObservations);</li>
 * <li>with any such import, gc functions that see the module's own objects or change when its
 *   collections start are refused.</li>
 * </ul>
 */
final class FirstImportChecks {
    /** gc's answers that count the imported module's objects, or settings the measured tables do not cover. */
    private static final Set<String> SEE_THE_MODULE = Set.of("get_objects", "freeze", "get_freeze_count", "set_debug");
    /** gc's answers that count what the import did since start-up, however many collections ran since. */
    private static final Set<String> SEE_ITS_COLLECTIONS = Set.of("get_stats");
    /**
     * What sees the count the import left until a gc.collect() statement resets it: the count itself,
     * a callback told when automatic collections start, a new threshold that decides when they do.
     */
    private static final Set<String> SEE_ITS_COUNT = Set.of("get_count", "callbacks", "set_threshold");
    /** What changes the collections an import right after gc.collect() starts, from the measured ones. */
    private static final Set<String> DISTURB_THE_IMPORT = Set.of("disable", "callbacks", "set_threshold");

    private final BiConsumer<Token, String> refuse;
    private final CollectorObservations collector;
    private final Map<String, String> importedModules;
    /** The one import the lab counts exactly: the module and its statement (null: none). */
    private Stmt exactStatement;
    private String exactModule;
    private Token exactToken;
    /**
     * gc.disable(), gc.set_threshold() or gc.callbacks somewhere: the exact import could run with no
     * or other collections, or after a gc.collect() whose callbacks left counts and free lists behind.
     */
    private boolean disturbs;
    /** What the imports at the top of the program load: imports of these anywhere later are second imports. */
    private final Set<String> loadedAtTop = new HashSet<>();
    /** The first table module imported at the top, and the first of those that leaves garbage. */
    private String atTop;
    private String garbageAtTop;
    private String firstImported;
    /** Top-level statements of the program after which a later import of the module is a second one. */
    private final Map<Stmt, Set<String>> loadedBefore = new IdentityHashMap<>();
    /** gc names bound by the program's imports of gc. */
    private final Set<String> gcNames = new HashSet<>();
    /** Per body being checked (the module's, then each function's): whether a gc.collect() statement ran in it. */
    private final Deque<boolean[]> collectedInBody = new ArrayDeque<>();
    /** Statements the lab does not count, whose gc observations wait for a gc.collect() statement. */
    private final UncountedStatements uncounted;
    private final Map<Token, String> moduleWatchers = new LinkedHashMap<>();
    private final Map<Token, String> countWatchers = new LinkedHashMap<>();

    FirstImportChecks(BiConsumer<Token, String> refuse, CollectorObservations collector, Map<String, String> importedModules,
            UncountedStatements uncounted) {
        this.refuse = refuse;
        this.collector = collector;
        this.importedModules = importedModules;
        this.uncounted = uncounted;
        collectedInBody.push(new boolean[1]);
    }

    /** Walks the program's top-level statements in order, which is the order they run in. */
    void program(List<Stmt> program) {
        boolean top = true;
        Set<String> loaded = new HashSet<>();
        for (int i = 0; i < program.size(); i++) {
            Stmt s = program.get(i);
            if (top && s instanceof Stmt.Expression e && e.expr() instanceof Expr.Constant c && c.value() instanceof String) continue;
            if (!(s instanceof Stmt.Import || s instanceof Stmt.ImportFrom)) {
                top = false;
                continue;
            }
            gcNames.addAll(gcAliases(s));
            loadedBefore.put(s, Set.copyOf(loaded));
            for (String m : moduleNames(s)) {
                if (!ImportFootprints.modules().contains(m) || loaded.contains(m)) continue;
                if (top) {
                    if (atTop == null) atTop = m;
                    if (garbageAtTop == null && ImportFootprints.leavesGarbage(m)) garbageAtTop = m;
                } else if (loaded.isEmpty() && fullCollection(program.get(i - 1))) {
                    exactStatement = s;
                    exactModule = m;
                }
                loaded.addAll(ImportFootprints.loads(m));
            }
            if (top) loadedAtTop.addAll(loaded);
        }
    }

    private static List<String> moduleNames(Stmt s) {
        if (s instanceof Stmt.ImportFrom f) return List.of(f.module().lexeme());
        return ((Stmt.Import) s).modules().stream().map(Token::lexeme).toList();
    }

    /** The names `import gc` and `import gc as g` bind. */
    private static List<String> gcAliases(Stmt s) {
        List<String> names = new ArrayList<>();
        if (!(s instanceof Stmt.Import imp)) return names;
        for (int m = 0; m < imp.modules().size(); m++) {
            if (!imp.modules().get(m).lexeme().equals("gc")) continue;
            String alias = imp.aliases().get(m);
            names.add(alias != null ? alias : "gc");
        }
        return names;
    }

    /** A statement that is gc.collect() alone (its value unused): afterwards the count is 0 and the free lists empty. */
    private boolean fullCollection(Stmt s) {
        return s instanceof Stmt.Expression e && e.expr() instanceof Expr.Call call && call.args().isEmpty()
                && call.keywords().isEmpty() && call.callee() instanceof Expr.Attribute a && a.name().equals("collect")
                && a.object() instanceof Expr.Name n && gcNames.contains(n.name());
    }

    /** The callee of the gc.collect() statement being checked (its value is unused), or null. */
    private Expr bareCollect;

    /** An expression statement of the body being checked, before its expression is. */
    void expressionStatement(Stmt.Expression s) {
        bareCollect = fullCollection(s) ? ((Expr.Call) s.expr()).callee() : null;
    }

    /** After it: a gc.collect() statement resets what the imports and the uncounted statements left. */
    void expressionChecked(Stmt.Expression s) {
        if (bareCollect != null) {
            collectedInBody.peek()[0] = true;
            uncounted.collected();
        }
        bareCollect = null;
    }

    /** A function's body: collected once it runs gc.collect(), or if its def runs after the module's first one. */
    void enterFunction() {
        collectedInBody.push(new boolean[] {collectedInBody.getLast()[0]});
    }

    void exitFunction() {
        collectedInBody.pop();
    }

    /** An import statement naming this module. */
    void imported(Stmt s, Token module) {
        String name = module.lexeme();
        if (!ImportFootprints.modules().contains(name)) return;
        if (firstImported == null) firstImported = name;
        if (s == exactStatement && name.equals(exactModule)) {
            exactToken = module;
            return;
        }
        if (loadedAtTop.contains(name)) return;
        Set<String> before = loadedBefore.get(s);
        if (before != null && before.contains(name)) return;
        collector.lateFirstImport(module, name);
    }

    /**
     * A library call whose Python code imports this module (Counter.most_common(n) imports heapq):
     * unless the program's top loaded the module, a first import the lab does not count, so an
     * uncounted statement (UncountedStatements) until the next gc.collect() statement.
     */
    void importedByLibrary(String module, String call) {
        if (ImportFootprints.modules().contains(module) && !loadedAtTop.contains(module)) {
            uncounted.wherever(call + ", which imports " + module + " (its first import makes objects the lab does not count here)");
        }
    }

    /** from gc import get_objects: the same rules as gc.get_objects. */
    void fromImported(String module, Token name) {
        if (!module.equals("gc")) return;
        String n = name.lexeme();
        if (DISTURB_THE_IMPORT.contains(n)) disturbs = true;
        if (SEE_THE_MODULE.contains(n)) moduleWatchers.put(name, n);
        // from gc import callbacks: where the name is used is not followed, so it counts as used before any collection.
        if (SEE_ITS_COLLECTIONS.contains(n) || SEE_ITS_COUNT.contains(n) || n.equals("collect")) countWatchers.put(name, n);
    }

    /** gc.get_count...: read through the module. */
    void attribute(Expr.Attribute a) {
        if (!(a.object() instanceof Expr.Name n && "gc".equals(importedModules.get(n.name())))) return;
        String name = a.name();
        if (DISTURB_THE_IMPORT.contains(name)) disturbs = true;
        if (SEE_THE_MODULE.contains(name)) moduleWatchers.put(a.token(), name);
        boolean beforeCollection = !collectedInBody.peek()[0];
        if ((SEE_ITS_COLLECTIONS.contains(name) || SEE_ITS_COUNT.contains(name)) && uncounted.refusedObservation(a.token(), name)) {
            return;
        }
        // A callback added after a gc.collect() statement sees only collections the lab counts exactly from then on.
        if (SEE_ITS_COLLECTIONS.contains(name) || beforeCollection && SEE_ITS_COUNT.contains(name)
                || beforeCollection && name.equals("collect") && a != bareCollect && garbageAtTop != null) {
            countWatchers.put(a.token(), name);
        }
    }

    /** Before CollectorObservations' own finish: an exact import that may run in another state is not one. */
    void finish() {
        if (disturbs && exactToken != null) collector.lateFirstImport(exactToken, exactModule);
        if (atTop != null) {
            for (Map.Entry<Token, String> use : countWatchers.entrySet()) {
                String module = use.getValue().equals("collect") ? garbageAtTop : atTop;
                if (module == null) continue;
                refuse.accept(use.getKey(), "gc." + use.getValue() + " where it can see what the first import of " + module
                        + " at the top of the program did (how much depends on the free lists the program's compilation left; "
                        + "run a gc.collect() statement first" + (SEE_ITS_COLLECTIONS.contains(use.getValue())
                        ? ", and leave gc." + use.getValue() + " out: it counts the import's collections" : "") + ")");
            }
        }
        if (firstImported == null) return;
        for (Map.Entry<Token, String> use : moduleWatchers.entrySet()) {
            refuse.accept(use.getKey(), "gc." + use.getValue() + " in a program that imports " + firstImported
                    + " (its first import makes objects and collections the lab counts but does not keep)");
        }
    }
}
