package com.studyhall.simulation.syntax;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Finds every class statement of a program with its decorators (none for a plain class), however deeply it is nested in functions,
 * classes and blocks, for the expansions that write a decorator's methods into the class body
 * (dataclasses, total_ordering). A nested class is visited before the class around it.
 */
final class DecoratedClasses {
    private DecoratedClasses() { }

    static void forEach(List<Stmt> body, BiConsumer<List<Expr>, Stmt.ClassDef> visit) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Decorated d) {
                forEach(bodyOf(d.definition()), visit);
                if (d.definition() instanceof Stmt.ClassDef c) visit.accept(d.decorators(), c);
            } else if (s instanceof Stmt.ClassDef c) {
                forEach(c.body(), visit);
                visit.accept(List.of(), c);
            } else if (s instanceof Stmt.FunctionDef f) {
                forEach(f.body(), visit);
            } else if (s instanceof Stmt.If i) {
                forEach(i.body(), visit);
                forEach(i.orElse(), visit);
            } else if (s instanceof Stmt.For f) {
                forEach(f.body(), visit);
            } else if (s instanceof Stmt.While w) {
                forEach(w.body(), visit);
            } else if (s instanceof Stmt.Try t) {
                forEach(t.body(), visit);
                t.handlers().forEach(h -> forEach(h.body(), visit));
                forEach(t.orElse(), visit);
                forEach(t.finalBody(), visit);
            } else if (s instanceof Stmt.With w) {
                forEach(w.body(), visit);
            } else if (s instanceof Stmt.Match m) {
                m.cases().forEach(c -> forEach(c.body(), visit));
            }
        }
    }

    private static List<Stmt> bodyOf(Stmt definition) {
        if (definition instanceof Stmt.ClassDef c) return c.body();
        if (definition instanceof Stmt.FunctionDef f) return f.body();
        return List.of();
    }
}
