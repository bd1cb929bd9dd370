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

    private Locals(List<String> varnames, Set<String> globals) {
        this.varnames = varnames;
        this.globals = globals;
    }

    static Locals of(Stmt.FunctionDef def) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Set<String> globals = new HashSet<>();
        def.params().forEach(p -> names.add(p.name()));
        collectGlobals(def.body(), globals);
        collect(def.body(), names);
        names.removeAll(globals);
        return new Locals(new ArrayList<>(names), globals);
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
