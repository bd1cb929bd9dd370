package com.studyhall.simulation.syntax;

import com.studyhall.simulation.Diagnostic;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code @functools.total_ordering}: the decorator runs as Lib/functools.py's Python code
 * (runtime.FunctoolsModule), setting functools' own module functions (_gt_from_lt...) on the class.
 * What is checked here before the run: the ordering methods each class has, its own and those of
 * the program's classes it derives from, so that a class whose bases are not the program's, or
 * with another class decorator beside it, is refused.
 */
final class TotalOrdering {
    private static final List<String> ORDERING = List.of("__lt__", "__le__", "__gt__", "__ge__");
    /** _convert's names: for each root, the methods it fills in (Lib/functools.py, 3.11). */
    private static final Map<String, List<String>> CONVERT = Map.of(
            "__lt__", List.of("__gt__", "__le__", "__ge__"),
            "__le__", List.of("__ge__", "__lt__", "__gt__"),
            "__gt__", List.of("__lt__", "__ge__", "__le__"),
            "__ge__", List.of("__le__", "__gt__", "__lt__"));

    private final List<Diagnostic> diagnostics;
    private final Set<String> decoratorNames = new HashSet<>();
    private final Set<String> moduleNames = new HashSet<>();
    /** The ordering methods each class of the program has, its own and inherited, by class name (classes whose bases are all known). */
    private final Map<String, Set<String>> ordering = new HashMap<>();

    /** The names of the program's classes seen so far (a class of its own named ABC is not abc's). */
    private final Set<String> programClasses = new HashSet<>();

    private TotalOrdering(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    static void expand(List<Stmt> program, List<Diagnostic> diagnostics) {
        TotalOrdering t = new TotalOrdering(diagnostics);
        for (Stmt s : program) t.findImport(s);
        if (t.decoratorNames.isEmpty() && t.moduleNames.isEmpty()) return;
        DecoratedClasses.forEach(program, t::visit);
    }

    private void findImport(Stmt s) {
        if (s instanceof Stmt.ImportFrom f && f.module().lexeme().equals("functools")) {
            for (int i = 0; i < f.names().size(); i++) {
                if (!f.names().get(i).lexeme().equals("total_ordering")) continue;
                String alias = i < f.aliases().size() && f.aliases().get(i) != null ? f.aliases().get(i) : "total_ordering";
                decoratorNames.add(alias);
            }
        } else if (s instanceof Stmt.Import im) {
            for (int i = 0; i < im.modules().size(); i++) {
                if (!im.modules().get(i).lexeme().equals("functools")) continue;
                moduleNames.add(i < im.aliases().size() && im.aliases().get(i) != null ? im.aliases().get(i) : "functools");
            }
        }
    }

    private void visit(List<Expr> decorators, Stmt.ClassDef c) {
        programClasses.add(c.name());
        Set<String> has = new LinkedHashSet<>();
        boolean basesKnown = true;
        for (Expr base : c.bases()) {
            if (base instanceof Expr.Name n && ordering.containsKey(n.name())) has.addAll(ordering.get(n.name()));
            else if (!(base instanceof Expr.Name n && n.name().equals("object")) && !(isAbcBase(base) && !programClasses.contains("ABC"))) basesKnown = false;
        }
        for (String name : Dataclasses.definedNames(c)) if (ORDERING.contains(name)) has.add(name);
        int at = indexOfTotalOrdering(decorators);
        if (at >= 0) {
            if (!basesKnown) {
                refuse(decorators.get(at), "total_ordering on a class whose bases are not classes of the program");
            } else if (decorators.size() > 1) {
                refuse(decorators.get(at), "total_ordering together with another class decorator");
            } else if (!has.isEmpty()) {
                String root = has.stream().max(String::compareTo).orElseThrow();
                has.addAll(CONVERT.get(root));
            }
        }
        // A class with a base from outside the program has roots the expansion cannot know: so do its subclasses.
        if (basesKnown) ordering.put(c.name(), has);
    }

    /**
     * abc.ABC (by that name or read on the module): it defines no ordering method, so the roots
     * _convert finds are the class's own, as for object.
     */
    private static boolean isAbcBase(Expr base) {
        return base instanceof Expr.Name n && n.name().equals("ABC")
                || base instanceof Expr.Attribute a && a.name().equals("ABC") && a.object() instanceof Expr.Name m && m.name().equals("abc");
    }

    private int indexOfTotalOrdering(List<Expr> decorators) {
        for (int i = 0; i < decorators.size(); i++) {
            Expr d = decorators.get(i);
            if (d instanceof Expr.Name n && decoratorNames.contains(n.name())) return i;
            if (d instanceof Expr.Attribute a && a.name().equals("total_ordering") && a.object() instanceof Expr.Name m
                    && moduleNames.contains(m.name())) return i;
        }
        return -1;
    }

    private void refuse(Expr at, String what) {
        Token t = at instanceof Expr.Attribute a ? a.token() : ((Expr.Name) at).token();
        diagnostics.add(new Diagnostic(t.line(), t.column(), "line " + t.line() + ": " + what + " is not supported in the memory lab"));
    }
}
