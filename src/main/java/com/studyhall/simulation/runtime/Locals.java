package com.studyhall.simulation.runtime;

import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The compiler's symbol pass for one function: co_varnames order and the global declarations. */
final class Locals {
    final List<String> varnames;
    final Set<String> globals;
    /** Locals that a comprehension in the body reads: they live in cells (sorted, as co_cellvars). */
    final List<String> cellvars;

    private Locals(List<String> varnames, Set<String> globals, List<String> cellvars) {
        this.varnames = varnames;
        this.globals = globals;
        this.cellvars = cellvars;
    }

    static Locals of(Stmt.FunctionDef def) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Set<String> globals = new HashSet<>();
        def.params().forEach(p -> names.add(p.name()));
        collectGlobals(def.body(), globals);
        collect(def.body(), names);
        names.removeAll(globals);
        FreeNames free = new FreeNames();
        java.util.TreeSet<String> cells = new java.util.TreeSet<>();
        List<Expr.ListComp> comps = new ArrayList<>();
        comprehensions(def.body(), comps);
        for (Expr.ListComp c : comps) cells.addAll(free.freeOf(c));
        cells.retainAll(names);
        return new Locals(new ArrayList<>(names), globals, new ArrayList<>(cells));
    }

    private static void comprehensions(List<Stmt> body, List<Expr.ListComp> out) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Expression e) FreeNames.nestedIn(e.expr(), out);
            else if (s instanceof Stmt.Assign a) {
                FreeNames.nestedIn(a.value(), out);
                a.targets().forEach(t -> FreeNames.nestedIn(t, out));
            } else if (s instanceof Stmt.AugAssign a) {
                FreeNames.nestedIn(a.target(), out);
                FreeNames.nestedIn(a.value(), out);
            } else if (s instanceof Stmt.Return r) FreeNames.nestedIn(r.value(), out);
            else if (s instanceof Stmt.Del d) d.targets().forEach(t -> FreeNames.nestedIn(t, out));
            else if (s instanceof Stmt.If i) {
                FreeNames.nestedIn(i.condition(), out);
                comprehensions(i.body(), out);
                comprehensions(i.orElse(), out);
            } else if (s instanceof Stmt.While w) {
                FreeNames.nestedIn(w.condition(), out);
                comprehensions(w.body(), out);
                comprehensions(w.orElse(), out);
            } else if (s instanceof Stmt.For f) {
                FreeNames.nestedIn(f.iterable(), out);
                comprehensions(f.body(), out);
                comprehensions(f.orElse(), out);
            }
        }
    }

    private static void collectGlobals(List<Stmt> body, Set<String> out) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Global g) out.addAll(g.names());
            if (s instanceof Stmt.If i) { collectGlobals(i.body(), out); collectGlobals(i.orElse(), out); }
            if (s instanceof Stmt.While w) { collectGlobals(w.body(), out); collectGlobals(w.orElse(), out); }
            if (s instanceof Stmt.For f) { collectGlobals(f.body(), out); collectGlobals(f.orElse(), out); }
        }
    }

    private static void collect(List<Stmt> body, Set<String> out) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Assign a) a.targets().forEach(t -> target(t, out));
            else if (s instanceof Stmt.AugAssign a) target(a.target(), out);
            else if (s instanceof Stmt.Del d) d.targets().forEach(t -> target(t, out));
            else if (s instanceof Stmt.For f) {
                target(f.target(), out);
                collect(f.body(), out);
                collect(f.orElse(), out);
            } else if (s instanceof Stmt.If i) {
                collect(i.body(), out);
                collect(i.orElse(), out);
            } else if (s instanceof Stmt.While w) {
                collect(w.body(), out);
                collect(w.orElse(), out);
            } else if (s instanceof Stmt.Import imp) {
                for (int k = 0; k < imp.modules().size(); k++) {
                    String alias = imp.aliases().get(k);
                    out.add(alias != null ? alias : imp.modules().get(k).lexeme());
                }
            }
        }
    }

    private static void target(Expr t, Set<String> out) {
        if (t instanceof Expr.Name n) out.add(n.name());
        else if (t instanceof Expr.TupleDisplay tu) tu.elements().forEach(e -> target(e, out));
        else if (t instanceof Expr.ListDisplay l) l.elements().forEach(e -> target(e, out));
    }
}
