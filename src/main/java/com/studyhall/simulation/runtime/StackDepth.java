package com.studyhall.simulation.runtime;

import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Stmt;
import java.util.List;

/**
 * co_stacksize of a generator's code as CPython 3.11's compiler computes it: the deepest the value
 * stack gets while the code runs. A generator's size (gen_sizeof) counts one word per stack slot
 * and per local, so {@code sys.getsizeof} of a generator depends on it. Each rule follows the
 * instructions 3.11's compile.c emits for the construct (a call pushes NULL and the callable, a
 * for loop keeps its iterator, a handler pushes the exception and the one it replaces); the
 * figures were checked against python3's co_stacksize in the generator scenarios.
 */
final class StackDepth {
    private StackDepth() { }

    /** A generator function's body (at least 1: the implicit return pushes None). */
    static int ofFunction(Stmt.FunctionDef def) {
        return Math.max(1, block(def.body(), 0));
    }

    /** A generator expression's code: its iterators stay on the stack while the element is yielded. */
    static int ofGeneratorExpression(Expr.ListComp e) {
        int max = 1;
        List<Expr.Comprehension> gens = e.generators();
        for (int j = 0; j < gens.size(); j++) {
            Expr.Comprehension g = gens.get(j);
            if (j > 0) max = Math.max(max, j + expr(g.iter()));
            int held = j + 1;
            max = Math.max(max, held + 1);
            max = Math.max(max, held + store(g.target()));
            for (Expr c : g.conditions()) max = Math.max(max, held + expr(c));
        }
        return Math.max(max, gens.size() + expr(e.element()));
    }

    private static int block(List<Stmt> body, int base) {
        int max = base;
        for (Stmt s : body) max = Math.max(max, stmt(s, base));
        return max;
    }

    private static int stmt(Stmt s, int b) {
        if (s instanceof Stmt.Expression e) return b + expr(e.expr());
        if (s instanceof Stmt.Assign a) {
            int max = b + expr(a.value());
            if (a.targets().size() > 1) max = Math.max(max, b + 2);
            for (Expr t : a.targets()) max = Math.max(max, b + (a.targets().size() > 1 ? 1 : 0) + store(t));
            return max;
        }
        if (s instanceof Stmt.AugAssign a) return b + augmented(a);
        if (s instanceof Stmt.Del d) {
            int max = b;
            for (Expr t : d.targets()) max = Math.max(max, b + deleteDepth(t));
            return max;
        }
        if (s instanceof Stmt.If i) return Math.max(b + expr(i.condition()), Math.max(block(i.body(), b), block(i.orElse(), b)));
        if (s instanceof Stmt.While w) return Math.max(b + expr(w.condition()), Math.max(block(w.body(), b), block(w.orElse(), b)));
        if (s instanceof Stmt.For f) {
            int max = Math.max(b + expr(f.iterable()), b + 2);
            max = Math.max(max, b + 1 + store(f.target()));
            return Math.max(max, Math.max(block(f.body(), b + 1), block(f.orElse(), b)));
        }
        if (s instanceof Stmt.Return r) return b + (r.value() == null ? 1 : expr(r.value()));
        if (s instanceof Stmt.Raise r) {
            int max = b + (r.exception() == null ? 0 : expr(r.exception()));
            return r.cause() == null ? max : Math.max(max, b + 1 + expr(r.cause()));
        }
        if (s instanceof Stmt.Assert a) {
            int max = b + expr(a.test());
            return a.message() == null ? Math.max(max, b + 1) : Math.max(max, b + 1 + expr(a.message()));
        }
        if (s instanceof Stmt.Try t) return tryDepth(t, b);
        if (s instanceof Stmt.With w) return withDepth(w.items(), 0, w.body(), b);
        if (s instanceof Stmt.Match m) return PatternStackDepth.of(m, b, StackDepth::block);
        if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) return b + 2;
        if (s instanceof Stmt.FunctionDef f) return b + makeFunction(f, 0);
        if (s instanceof Stmt.Decorated d) {
            int n = d.decorators().size();
            int max = b;
            for (int i = 0; i < n; i++) max = Math.max(max, b + i + expr(d.decorators().get(i)));
            if (d.definition() instanceof Stmt.FunctionDef f) return Math.max(max, b + n + makeFunction(f, 0));
            return Math.max(max, b + n + classDepth((Stmt.ClassDef) d.definition()));
        }
        if (s instanceof Stmt.ClassDef c) return b + classDepth(c);
        return b;
    }

    /**
     * try/except: a handler runs with the exception it replaced and its own on the stack, checks
     * its type above them, and its cleanup pushes the last instruction and a new exception and
     * copies; finally's exceptional copy runs above the exception and the one it replaced.
     */
    private static int tryDepth(Stmt.Try t, int b) {
        int max = Math.max(block(t.body(), b), block(t.orElse(), b));
        if (!t.handlers().isEmpty()) {
            // A handler's cleanup (exception during the handler) pushes the last instruction and the new exception, then copies.
            max = Math.max(max, b + 4);
            for (Stmt.Handler h : t.handlers()) {
                if (h.type() != null) max = Math.max(max, b + 2 + expr(h.type()));
                max = Math.max(max, block(h.body(), b + 1));
                if (h.name() != null) max = Math.max(max, b + 2);
            }
        }
        if (!t.finalBody().isEmpty()) {
            max = Math.max(max, b + 4);
            max = Math.max(max, block(t.finalBody(), b + 2));
        }
        return max;
    }

    /**
     * with: BEFORE_WITH leaves __exit__ below the entered value; the normal exit calls __exit__
     * with three Nones, the exceptional exit runs WITH_EXCEPT_START above the exception pair.
     */
    private static int withDepth(List<Stmt.WithItem> items, int i, List<Stmt> body, int b) {
        Stmt.WithItem item = items.get(i);
        int max = Math.max(b + expr(item.context()), b + 2);
        if (item.target() != null) max = Math.max(max, b + 1 + store(item.target()));
        max = Math.max(max, b + 6);
        int inner = i + 1 < items.size() ? withDepth(items, i + 1, body, b + 1) : block(body, b + 1);
        return Math.max(max, inner);
    }

    /** x += v and its attribute and subscript forms (the receiver is copied, the result swapped into place). */
    private static int augmented(Stmt.AugAssign a) {
        Expr t = a.target();
        int v = expr(a.value());
        if (t instanceof Expr.Attribute at) return Math.max(expr(at.object()), 2 + v);
        if (t instanceof Expr.Subscript sub) return Math.max(Math.max(expr(sub.object()), 1 + expr(sub.index())), Math.max(4, 3 + v));
        return Math.max(1, 1 + v);
    }

    private static int deleteDepth(Expr t) {
        if (t instanceof Expr.Attribute a) return expr(a.object());
        if (t instanceof Expr.Subscript s) return Math.max(expr(s.object()), 1 + expr(s.index()));
        if (t instanceof Expr.TupleDisplay d) return d.elements().stream().mapToInt(StackDepth::deleteDepth).max().orElse(0);
        if (t instanceof Expr.ListDisplay d) return d.elements().stream().mapToInt(StackDepth::deleteDepth).max().orElse(0);
        return 0;
    }

    /** Extra depth, above the value being stored, to store into a target (0 for a name; 1 the value itself). */
    private static int store(Expr t) {
        if (t instanceof Expr.Attribute a) return 1 + expr(a.object());
        if (t instanceof Expr.Subscript s) return Math.max(1 + expr(s.object()), 2 + expr(s.index()));
        List<Expr> parts = t instanceof Expr.TupleDisplay d ? d.elements() : t instanceof Expr.ListDisplay l ? l.elements() : null;
        if (parts == null) return 1;
        int n = parts.size();
        int max = Math.max(1, n);
        // UNPACK_SEQUENCE leaves the items with the first on top; each is stored from its depth.
        for (int i = 0; i < n; i++) {
            Expr p = parts.get(i) instanceof Expr.Starred st ? st.value() : parts.get(i);
            max = Math.max(max, n - i - 1 + store(p));
        }
        return max;
    }

    /** MAKE_FUNCTION: defaults, keyword defaults, annotations and closure each a value below the code object. */
    private static int makeFunction(Stmt.FunctionDef f, int closure) {
        int max = 1;
        int below = 0;
        List<Stmt.Param> withDefaults = f.params().stream().filter(p -> p.defaultValue() != null).toList();
        if (!withDefaults.isEmpty()) {
            for (int i = 0; i < withDefaults.size(); i++) max = Math.max(max, i + expr(withDefaults.get(i).defaultValue()));
            below++;
        }
        List<Stmt.Param> kwDefaults = f.kwonly().stream().filter(p -> p.defaultValue() != null).toList();
        if (!kwDefaults.isEmpty()) {
            for (int i = 0; i < kwDefaults.size(); i++) max = Math.max(max, below + 2 * i + 1 + expr(kwDefaults.get(i).defaultValue()));
            below++;
        }
        if (!f.annotations().isEmpty()) {
            for (int i = 0; i < f.annotations().size(); i++) {
                max = Math.max(max, below + 2 * i + 1 + expr(f.annotations().get(i).value()));
            }
            below++;
        }
        below += closure;
        return Math.max(max, below + 1);
    }

    /** LOAD_BUILD_CLASS with its NULL, the body's function and name, then the bases. */
    private static int classDepth(Stmt.ClassDef c) {
        int max = 4;
        for (int i = 0; i < c.bases().size(); i++) max = Math.max(max, 4 + i + expr(c.bases().get(i)));
        return max;
    }

    /** The deepest the stack gets while e is evaluated onto an empty stack (its value is then the one entry). */
    static int expr(Expr e) {
        if (e instanceof Expr.Constant || e instanceof Expr.Name) return 1;
        if (e instanceof Expr.Attribute a) return expr(a.object());
        if (e instanceof Expr.Subscript s) {
            if (s.index() instanceof Expr.Slice sl) {
                int max = expr(s.object());
                max = Math.max(max, 1 + part(sl.lower()));
                max = Math.max(max, 2 + part(sl.upper()));
                if (sl.step() != null) max = Math.max(max, 3 + expr(sl.step()));
                return max;
            }
            return Math.max(expr(s.object()), 1 + expr(s.index()));
        }
        if (e instanceof Expr.Slice sl) return Math.max(part(sl.lower()), Math.max(1 + part(sl.upper()), sl.step() == null ? 0 : 2 + expr(sl.step())));
        if (e instanceof Expr.Binary b) return Math.max(expr(b.left()), 1 + expr(b.right()));
        if (e instanceof Expr.Unary u) return expr(u.operand());
        if (e instanceof Expr.BoolOp b) return Math.max(expr(b.left()), expr(b.right()));
        if (e instanceof Expr.Compare c) {
            int max = expr(c.first());
            for (Expr r : c.rest()) max = Math.max(max, 1 + expr(r));
            return c.rest().size() > 1 ? Math.max(max, 3) : max;
        }
        if (e instanceof Expr.IfExp i) return Math.max(expr(i.condition()), Math.max(expr(i.then()), expr(i.otherwise())));
        if (e instanceof Expr.Call c) return call(c);
        if (e instanceof Expr.ListDisplay l) return sequence(l.elements(), true);
        // fold_iter's frozenset constant is one LOAD_CONST.
        if (e instanceof Expr.SetDisplay s) return s.iterated() && allConstant(s.elements()) ? 1 : sequence(s.elements(), true);
        if (e instanceof Expr.TupleDisplay t) return allConstant(t.elements()) ? 1 : sequence(t.elements(), false);
        if (e instanceof Expr.DictDisplay d) return dict(d);
        if (e instanceof Expr.FString f) return fString(f);
        if (e instanceof Expr.Lambda l) return makeFunction(l.def(), 0);
        if (e instanceof Expr.ListComp c) return Math.max(1, 1 + expr(c.generators().get(0).iter()));
        if (e instanceof Expr.NamedExpr n) return Math.max(expr(n.value()), 2);
        if (e instanceof Expr.Yield y) {
            int v = y.value() == null ? 1 : expr(y.value());
            return y.from() ? Math.max(v, 2) : v;
        }
        if (e instanceof Expr.Starred s) return expr(s.value());
        return 1;
    }

    /** A missing slice bound is a None constant. */
    private static int part(Expr bound) {
        return bound == null ? 1 : expr(bound);
    }

    /** f(args) pushes NULL and f (or, for obj.m(args), m and obj) and then each argument. */
    private static int call(Expr.Call c) {
        int max = c.callee() instanceof Expr.Attribute a ? Math.max(expr(a.object()), 2) : 1 + expr(c.callee());
        boolean starred = c.args().stream().anyMatch(x -> x instanceof Expr.Starred)
                || c.keywords().stream().anyMatch(k -> k.name() == null);
        if (starred) {
            // CALL_FUNCTION_EX: the positional arguments become one tuple, the keywords one dict.
            for (Expr x : c.args()) max = Math.max(max, 3 + expr(x));
            for (Expr.Keyword k : c.keywords()) max = Math.max(max, 4 + expr(k.value()));
            return Math.max(max, c.keywords().isEmpty() ? 3 : 4);
        }
        int i = 0;
        for (Expr x : c.args()) max = Math.max(max, 2 + i++ + expr(x));
        for (Expr.Keyword k : c.keywords()) max = Math.max(max, 2 + i++ + expr(k.value()));
        return max;
    }

    /**
     * A list or set display: three or more constants are one constant tuple extended into an empty
     * list (BUILD_LIST 0, LIST_EXTEND); otherwise each item is pushed and BUILD_LIST takes them.
     */
    private static int sequence(List<Expr> items, boolean extendsConstants) {
        if (items.isEmpty()) return 1;
        if (extendsConstants && items.size() >= 3 && allConstant(items)) return 2;
        int firstStar = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Expr.Starred) {
                firstStar = i;
                break;
            }
        }
        int max = 0;
        int pushed = firstStar < 0 ? items.size() : firstStar;
        for (int i = 0; i < pushed; i++) max = Math.max(max, i + expr(items.get(i)));
        if (firstStar >= 0) {
            // BUILD_LIST of the leading items, then LIST_EXTEND or LIST_APPEND of each of the rest.
            for (int i = firstStar; i < items.size(); i++) max = Math.max(max, 1 + expr(items.get(i)));
        }
        return Math.max(max, 1);
    }

    private static boolean allConstant(List<Expr> items) {
        for (Expr x : items) if (!(x instanceof Expr.Constant)) return false;
        return true;
    }

    /** BUILD_CONST_KEY_MAP for two to sixteen constant keys (values, then the keys tuple); key, value pairs otherwise. */
    private static int dict(Expr.DictDisplay d) {
        int n = d.keys().size();
        if (n == 0) return 1;
        boolean constKeys = d.keys().stream().allMatch(k -> k instanceof Expr.Constant);
        int max = 0;
        if (n > 1 && n <= 16 && constKeys) {
            for (int i = 0; i < n; i++) max = Math.max(max, i + expr(d.values().get(i)));
            return Math.max(max, n + 1);
        }
        for (int i = 0; i < n; i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                max = Math.max(max, 1 + expr(d.values().get(i)));
                continue;
            }
            max = Math.max(max, 2 * i + expr(k));
            max = Math.max(max, 2 * i + 1 + expr(d.values().get(i)));
        }
        return Math.max(max, 1);
    }

    /** Each piece is pushed (a formatted value with its spec above it) and BUILD_STRING joins them. */
    private static int fString(Expr.FString f) {
        int max = 1;
        int i = 0;
        for (int p = 0; p < f.parts().size(); p++) {
            Expr part = f.parts().get(p);
            Expr.FormatSpec spec = f.specs().get(p);
            int d = part instanceof Expr.Constant ? 1 : expr(part) + (spec != null && spec.spec() != null && !spec.spec().isEmpty() ? 1 : 0);
            if (spec != null && spec.nestedFields() > 0) d = Math.max(expr(part), 1 + nestedSpec(f, p, spec));
            max = Math.max(max, i + d);
            if (spec != null) p += spec.nestedFields();
            i++;
        }
        return max;
    }

    /** A spec's own fields above the value: its non-empty pieces and formatted fields, joined by BUILD_STRING. */
    private static int nestedSpec(Expr.FString f, int at, Expr.FormatSpec spec) {
        int max = 1;
        int i = 0;
        for (int k = 0; k < spec.pieces().size(); k++) {
            if (!spec.pieces().get(k).isEmpty()) max = Math.max(max, ++i);
            if (k == spec.nestedFields()) break;
            Expr.FormatSpec inner = f.specs().get(at + 1 + k);
            max = Math.max(max, i + expr(f.parts().get(at + 1 + k)) + (inner.spec() != null && !inner.spec().isEmpty() ? 1 : 0));
            i++;
        }
        return max;
    }
}
