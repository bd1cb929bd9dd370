package com.studyhall.simulation.runtime;

import com.studyhall.simulation.syntax.Expr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbol analysis for comprehensions (each is a function in 3.11): which names a
 * comprehension reads from the scope around it (its free variables), and which of its own
 * targets an inner comprehension reads (its cell variables).
 */
final class FreeNames {
    private final Map<Expr.ListComp, Set<String>> free = new IdentityHashMap<>();

    /** Names read inside the comprehension that are not its own targets (the first iterable excluded). */
    Set<String> freeOf(Expr.ListComp c) {
        Set<String> cached = free.get(c);
        if (cached != null) return cached;
        Set<String> targets = targets(c);
        Set<String> reads = new LinkedHashSet<>();
        collect(c.element(), reads);
        for (int i = 0; i < c.generators().size(); i++) {
            Expr.Comprehension g = c.generators().get(i);
            if (i > 0) collect(g.iter(), reads);
            g.conditions().forEach(x -> collect(x, reads));
        }
        reads.removeAll(targets);
        free.put(c, reads);
        return reads;
    }

    /** The comprehension's targets that inner comprehensions read. */
    Set<String> cellsOf(Expr.ListComp c) {
        Set<String> inner = new LinkedHashSet<>();
        List<Expr.ListComp> nested = new ArrayList<>();
        nestedIn(c.element(), nested);
        for (int i = 0; i < c.generators().size(); i++) {
            Expr.Comprehension g = c.generators().get(i);
            if (i > 0) nestedIn(g.iter(), nested);
            g.conditions().forEach(x -> nestedIn(x, nested));
        }
        for (Expr.ListComp n : nested) inner.addAll(freeOf(n));
        inner.retainAll(targets(c));
        return inner;
    }

    static Set<String> targets(Expr.ListComp c) {
        Set<String> out = new LinkedHashSet<>();
        for (Expr.Comprehension g : c.generators()) targetNames(g.target(), out);
        return out;
    }

    private static void targetNames(Expr t, Set<String> out) {
        if (t instanceof Expr.Name n) out.add(n.name());
        else if (t instanceof Expr.TupleDisplay tu) tu.elements().forEach(x -> targetNames(x, out));
        else if (t instanceof Expr.ListDisplay l) l.elements().forEach(x -> targetNames(x, out));
    }

    /** Every name read in an expression, through nested comprehensions' free names. */
    void collect(Expr e, Set<String> out) {
        if (e == null) return;
        if (e instanceof Expr.ListComp c) {
            collect(c.generators().get(0).iter(), out);
            out.addAll(freeOf(c));
            return;
        }
        e.accept(new Walker(this, out));
    }

    /** Comprehensions directly inside an expression (not inside other comprehensions). */
    static void nestedIn(Expr e, List<Expr.ListComp> out) {
        if (e == null) return;
        e.accept(new Walker(null, null) {
            @Override
            public Void visitListComp(Expr.ListComp c) {
                out.add(c);
                return null;
            }
        });
    }

    private static class Walker implements Expr.Visitor<Void> {
        private final FreeNames owner;
        private final Set<String> out;

        Walker(FreeNames owner, Set<String> out) {
            this.owner = owner;
            this.out = out;
        }

        private void go(Expr e) {
            if (e != null) e.accept(this);
        }

        public Void visitConstant(Expr.Constant e) { return null; }
        public Void visitFString(Expr.FString e) { e.parts().forEach(this::go); return null; }
        public Void visitName(Expr.Name e) { if (out != null) out.add(e.name()); return null; }
        public Void visitAttribute(Expr.Attribute e) { go(e.object()); return null; }
        public Void visitSubscript(Expr.Subscript e) { go(e.object()); go(e.index()); return null; }
        public Void visitSlice(Expr.Slice e) { go(e.lower()); go(e.upper()); go(e.step()); return null; }
        public Void visitCall(Expr.Call e) {
            go(e.callee());
            e.args().forEach(this::go);
            e.keywords().forEach(k -> go(k.value()));
            return null;
        }
        public Void visitBinary(Expr.Binary e) { go(e.left()); go(e.right()); return null; }
        public Void visitUnary(Expr.Unary e) { go(e.operand()); return null; }
        public Void visitBoolOp(Expr.BoolOp e) { go(e.left()); go(e.right()); return null; }
        public Void visitCompare(Expr.Compare e) { go(e.first()); e.rest().forEach(this::go); return null; }
        public Void visitListDisplay(Expr.ListDisplay e) { e.elements().forEach(this::go); return null; }
        public Void visitTupleDisplay(Expr.TupleDisplay e) { e.elements().forEach(this::go); return null; }
        public Void visitDictDisplay(Expr.DictDisplay e) { e.keys().forEach(this::go); e.values().forEach(this::go); return null; }
        public Void visitSetDisplay(Expr.SetDisplay e) { e.elements().forEach(this::go); return null; }
        public Void visitListComp(Expr.ListComp c) {
            if (out != null) {
                owner.collect(c.generators().get(0).iter(), out);
                out.addAll(owner.freeOf(c));
            }
            return null;
        }
        public Void visitIfExp(Expr.IfExp e) { go(e.condition()); go(e.then()); go(e.otherwise()); return null; }
        public Void visitUnsupported(Expr.Unsupported e) { return null; }
    }
}
