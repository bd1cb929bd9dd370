package com.studyhall.simulation.syntax;

import java.util.List;
import java.util.function.Consumer;

/** The return statements of a function body, through its compound statements (not nested defs or classes). */
final class ReturnStatements {
    private ReturnStatements() { }

    static void each(List<Stmt> body, Consumer<Stmt.Return> action) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Return r) {
                action.accept(r);
            } else if (s instanceof Stmt.If i) {
                each(i.body(), action);
                each(i.orElse(), action);
            } else if (s instanceof Stmt.For f) {
                each(f.body(), action);
                each(f.orElse(), action);
            } else if (s instanceof Stmt.While w) {
                each(w.body(), action);
                each(w.orElse(), action);
            } else if (s instanceof Stmt.With w) {
                each(w.body(), action);
            } else if (s instanceof Stmt.Try t) {
                each(t.body(), action);
                t.handlers().forEach(h -> each(h.body(), action));
                each(t.orElse(), action);
                each(t.finalBody(), action);
            } else if (s instanceof Stmt.Match m) {
                m.cases().forEach(c -> each(c.body(), action));
            }
        }
    }
}
