package com.studyhall.simulation.syntax;

import com.studyhall.simulation.Diagnostic;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SyntaxErrors CPython 3.11's compiler raises for a match statement (compiler_pattern_* in
 * Python/compile.c): an irrefutable pattern before the last case, a name bound twice in one
 * pattern, alternatives binding different names, two stars, a literal key checked twice, an
 * attribute named twice. Checked in the compiler's order, so the first error is CPython's.
 */
final class PatternRules {
    private final List<Diagnostic> diagnostics;
    private boolean failed;

    PatternRules(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    void check(Stmt.Match m) {
        List<Stmt.Case> cases = m.cases();
        for (int i = 0; i < cases.size() && !failed; i++) {
            Stmt.Case c = cases.get(i);
            // Irrefutable cases must be either guarded, last, or both.
            pattern(c.pattern(), c.guard() != null || i == cases.size() - 1, new ArrayList<>());
        }
    }

    private void error(Token at, String message) {
        if (failed) return;
        failed = true;
        diagnostics.add(new Diagnostic(at.line(), at.column(), "line " + at.line() + ": " + message));
    }

    private void store(Token at, String name, List<String> stores) {
        if (name == null) return;
        if (stores.contains(name)) error(at, "multiple assignments to name '" + name + "' in pattern");
        stores.add(name);
    }

    private void pattern(Pattern p, boolean allowIrrefutable, List<String> stores) {
        if (failed) return;
        if (p instanceof Pattern.As a) {
            if (a.pattern() == null) {
                if (!allowIrrefutable) {
                    error(a.token(), a.name() == null ? "wildcard makes remaining patterns unreachable"
                            : "name capture '" + a.name() + "' makes remaining patterns unreachable");
                }
            } else {
                pattern(a.pattern(), allowIrrefutable, stores);
            }
            store(a.token(), a.name(), stores);
        } else if (p instanceof Pattern.Star s) {
            store(s.token(), s.name(), stores);
        } else if (p instanceof Pattern.Sequence s) {
            int stars = 0;
            for (Pattern item : s.items()) {
                if (item instanceof Pattern.Star && ++stars > 1) error(s.token(), "multiple starred names in sequence pattern");
            }
            for (Pattern item : s.items()) pattern(item, true, stores);
        } else if (p instanceof Pattern.Mapping m) {
            Set<Object> seen = new HashSet<>();
            for (Expr key : m.keys()) {
                Object k = literalKey(key);
                if (k != null && !seen.add(k)) error(m.token(), "mapping pattern checks duplicate key (" + keyRepr(key) + ")");
            }
            for (Pattern v : m.values()) pattern(v, true, stores);
            store(m.token(), m.rest(), stores);
        } else if (p instanceof Pattern.ClassPattern c) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < c.keywordNames().size(); i++) {
                String n = c.keywordNames().get(i);
                if (!names.add(n)) error(c.keywordTokens().get(i), "attribute name repeated in class pattern: " + n);
            }
            for (Pattern q : c.positional()) pattern(q, true, stores);
            for (Pattern q : c.keywordPatterns()) pattern(q, true, stores);
        } else if (p instanceof Pattern.Or o) {
            List<String> control = null;
            for (int i = 0; i < o.alternatives().size(); i++) {
                List<String> alt = new ArrayList<>();
                pattern(o.alternatives().get(i), allowIrrefutable && i == o.alternatives().size() - 1, alt);
                if (control == null) control = alt;
                else if (!new HashSet<>(alt).equals(new HashSet<>(control))) {
                    error(o.alternatives().get(i).token(), "alternative patterns bind different names");
                }
            }
            for (String n : control) store(o.token(), n, stores);
        }
        // Value and singleton patterns bind nothing and cannot be irrefutable.
    }

    /** A literal key as the set of seen keys compares it (1, 1.0 and True are one key); null for a dotted name. */
    private static Object literalKey(Expr key) {
        Object v = constantValue(key);
        if (v instanceof Boolean b) return BigInteger.valueOf(b ? 1 : 0);
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) return new java.math.BigDecimal(d).toBigInteger();
        if (v == Expr.NONE) return "None-singleton";
        return v;
    }

    private static Object constantValue(Expr key) {
        if (key instanceof Expr.Constant c) return c.value();
        if (key instanceof Expr.Unary u && u.operand() instanceof Expr.Constant c) {
            if (c.value() instanceof BigInteger i) return i.negate();
            if (c.value() instanceof Double d) return -d;
        }
        return null;
    }

    private static String keyRepr(Expr key) {
        Object v = constantValue(key);
        if (v instanceof String s) return s.contains("'") && !s.contains("\"") ? '"' + s + '"' : "'" + s.replace("'", "\\'") + "'";
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v == Expr.NONE) return "None";
        return String.valueOf(v);
    }
}
