package com.studyhall.simulation.runtime;

import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Pattern;
import com.studyhall.simulation.syntax.Stmt;
import java.util.List;

/**
 * co_stacksize for a match statement: follows the stack effects of what compile.c emits for each
 * pattern (MATCH_SEQUENCE's bool, GET_LEN and its constant, MATCH_KEYS's values and the None check,
 * MATCH_CLASS's type and names, a copy per alternative and as-pattern, captures waiting under the
 * operands still needed), so a generator that matches has CPython's sys.getsizeof.
 */
final class PatternStackDepth {
    private int height;
    private int max;

    private PatternStackDepth(int height) {
        this.height = height;
        this.max = height;
    }

    static int of(Stmt.Match m, int base, java.util.function.BiFunction<List<Stmt>, Integer, Integer> block) {
        int max = base + StackDepth.expr(m.subject());
        List<Stmt.Case> cases = m.cases();
        int n = cases.size();
        boolean hasDefault = n > 1 && cases.get(n - 1).pattern() instanceof Pattern.As a && a.isWildcard();
        for (int i = 0; i < n; i++) {
            Stmt.Case c = cases.get(i);
            boolean copied = i < n - (hasDefault ? 1 : 0) - 1;
            int subject = base + 1 + (copied ? 1 : 0);
            if (!(hasDefault && i == n - 1)) {
                PatternStackDepth d = new PatternStackDepth(subject);
                d.pattern(c.pattern());
                max = Math.max(max, d.max);
            }
            if (c.guard() != null) max = Math.max(max, base + (copied ? 1 : 0) + StackDepth.expr(c.guard()));
            max = Math.max(max, block.apply(c.body(), base));
        }
        return max;
    }

    private void push(int n) {
        height += n;
        max = Math.max(max, height);
    }

    private void peak(int above) {
        max = Math.max(max, height + above);
    }

    /** The subject is on top (counted in height); afterwards it is consumed and any captures stay. */
    private void pattern(Pattern p) {
        if (p instanceof Pattern.As a) {
            if (a.pattern() != null) {
                push(1);
                pattern(a.pattern());
            } else if (a.name() == null) {
                height--;
            }
        } else if (p instanceof Pattern.Star s) {
            if (s.name() == null) height--;
        } else if (p instanceof Pattern.Value v) {
            peak(StackDepth.expr(v.value()));
            height--;
        } else if (p instanceof Pattern.Singleton s) {
            peak(s.value().value() == Expr.NONE ? 0 : 1);
            height--;
        } else if (p instanceof Pattern.Sequence s) {
            sequence(s);
        } else if (p instanceof Pattern.Mapping m) {
            mapping(m);
        } else if (p instanceof Pattern.ClassPattern c) {
            peak(2);
            peak(1);
            List<Pattern> all = new java.util.ArrayList<>(c.positional());
            all.addAll(c.keywordPatterns());
            height--;
            push(all.size());
            all.forEach(this::pattern);
        } else if (p instanceof Pattern.Or o) {
            int start = height;
            int end = start;
            for (Pattern alt : o.alternatives()) {
                height = start;
                push(1);
                pattern(alt);
                end = height - 1;
            }
            height = end;
        }
    }

    private void sequence(Pattern.Sequence s) {
        List<Pattern> items = s.items();
        int size = items.size();
        int star = s.starIndex();
        peak(1);
        if (star < 0 || size > 1) peak(2);
        if (s.onlyWildcards()) {
            height--;
            return;
        }
        if (s.starIsWildcard()) {
            for (int i = 0; i < size; i++) {
                Pattern item = items.get(i);
                if (i == star || (item instanceof Pattern.As a && a.isWildcard())) continue;
                peak(i < star ? 2 : 3);
                push(1);
                pattern(item);
            }
            height--;
            return;
        }
        height--;
        push(size);
        items.forEach(this::pattern);
    }

    private void mapping(Pattern.Mapping m) {
        int n = m.keys().size();
        peak(1);
        if (n == 0 && m.rest() == null) {
            height--;
            return;
        }
        if (n > 0) peak(2);
        int keys = 0;
        for (Expr k : m.keys()) keys = Math.max(keys, StackDepth.expr(k));
        peak(ConstantFolder.fold(new Expr.TupleDisplay(m.token(), m.keys())) != null ? 1 : n + keys - 1);
        peak(3);
        push(1 + n);
        m.values().forEach(this::pattern);
        if (m.rest() == null) {
            height -= 2;
            return;
        }
        // BUILD_MAP, DICT_UPDATE (the subject goes), the keys unpacked, a copy of rest per deletion.
        peak(1);
        height += n - 1;
        peak(1);
        height -= n;
    }
}
