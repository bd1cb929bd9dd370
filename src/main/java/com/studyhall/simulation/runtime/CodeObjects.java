package com.studyhall.simulation.runtime;

import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Stmt;
import java.util.List;

/** Counts the code objects CPython's compiler would make: functions, class bodies, comprehensions. */
final class CodeObjects {
    private CodeObjects() { }

    static int count(List<Stmt> program) {
        int[] n = {0};
        for (Stmt s : program) visit(s, n);
        return n[0];
    }

    private static void visit(Stmt s, int[] n) {
        if (s instanceof Stmt.Decorated d) {
            visit(d.definition(), n);
        } else if (s instanceof Stmt.FunctionDef f) {
            n[0]++;
            f.body().forEach(x -> visit(x, n));
        } else if (s instanceof Stmt.ClassDef c) {
            n[0]++;
            c.body().forEach(x -> visit(x, n));
        } else if (s instanceof Stmt.If i) {
            expr(i.condition(), n);
            i.body().forEach(x -> visit(x, n));
            i.orElse().forEach(x -> visit(x, n));
        } else if (s instanceof Stmt.While w) {
            expr(w.condition(), n);
            w.body().forEach(x -> visit(x, n));
            w.orElse().forEach(x -> visit(x, n));
        } else if (s instanceof Stmt.For f) {
            expr(f.iterable(), n);
            f.body().forEach(x -> visit(x, n));
            f.orElse().forEach(x -> visit(x, n));
        } else if (s instanceof Stmt.Try t) {
            t.body().forEach(x -> visit(x, n));
            t.handlers().forEach(h -> h.body().forEach(x -> visit(x, n)));
            t.orElse().forEach(x -> visit(x, n));
            t.finalBody().forEach(x -> visit(x, n));
        } else if (s instanceof Stmt.With w) {
            w.body().forEach(x -> visit(x, n));
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject(), n);
            m.cases().forEach(c -> c.body().forEach(x -> visit(x, n)));
        } else if (s instanceof Stmt.Expression e) {
            expr(e.expr(), n);
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value(), n);
        } else if (s instanceof Stmt.Return r && r.value() != null) {
            expr(r.value(), n);
        }
    }

    /** Comprehensions are their own code objects; only the common places are searched. */
    private static void expr(Expr e, int[] n) {
        if (e instanceof Expr.ListComp c) {
            n[0]++;
            expr(c.element(), n);
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(a -> expr(a, n));
        } else if (e instanceof Expr.Binary b) {
            expr(b.left(), n);
            expr(b.right(), n);
        }
    }
}
