package com.studyhall.simulation.syntax;

import java.util.List;
import java.util.function.Consumer;

/** The patterns of a {@code case} clause (PEP 634), as CPython's AST has them. */
public sealed interface Pattern {
    Token token();

    /**
     * Walks a pattern in symtable's order: the expressions it reads (values, classes, mapping keys)
     * and the names it binds, each when the compiler meets it.
     */
    static void walk(Pattern p, Consumer<Expr> read, Consumer<String> bind) {
        if (p instanceof Value v) {
            read.accept(v.value());
        } else if (p instanceof As a) {
            if (a.pattern() != null) walk(a.pattern(), read, bind);
            if (a.name() != null) bind.accept(a.name());
        } else if (p instanceof Star s) {
            if (s.name() != null) bind.accept(s.name());
        } else if (p instanceof Or o) {
            o.alternatives().forEach(x -> walk(x, read, bind));
        } else if (p instanceof Sequence s) {
            s.items().forEach(x -> walk(x, read, bind));
        } else if (p instanceof Mapping m) {
            m.keys().forEach(read);
            m.values().forEach(x -> walk(x, read, bind));
            if (m.rest() != null) bind.accept(m.rest());
        } else if (p instanceof ClassPattern c) {
            read.accept(c.cls());
            c.positional().forEach(x -> walk(x, read, bind));
            c.keywordPatterns().forEach(x -> walk(x, read, bind));
        }
    }

    /** A literal (number, string, bytes, a negative number) or a dotted name: matched with {@code ==}. */
    record Value(Token token, Expr value) implements Pattern { }

    /** {@code None}, {@code True} or {@code False}: matched by identity. */
    record Singleton(Token token, Expr.Constant value) implements Pattern { }

    /** {@code pattern as name}; pattern null for a bare capture, name null for the wildcard {@code _}. */
    record As(Token token, Pattern pattern, String name) implements Pattern {
        public boolean isWildcard() {
            return pattern == null && name == null;
        }
    }

    /** {@code p1 | p2 | ...}. */
    record Or(Token token, List<Pattern> alternatives) implements Pattern { }

    /** {@code [p, ...]} or {@code (p, ...)}; at most one item is a {@link Star}. */
    record Sequence(Token token, List<Pattern> items) implements Pattern {
        /** The index of the star item, or -1. */
        public int starIndex() {
            for (int i = 0; i < items.size(); i++) if (items.get(i) instanceof Star) return i;
            return -1;
        }

        /** {@code [*_, ...]}: the star binds nothing, so items are read by index (compile.c's star_wildcard). */
        public boolean starIsWildcard() {
            int star = starIndex();
            return star >= 0 && ((Star) items.get(star)).name() == null;
        }

        /** {@code [_, *_]}: nothing but wildcards, so only the type and length are checked. */
        public boolean onlyWildcards() {
            for (Pattern p : items) {
                if (p instanceof Star s ? s.name() != null : !(p instanceof As a && a.isWildcard())) return false;
            }
            return true;
        }
    }

    /** {@code *name} in a sequence pattern; name null for {@code *_}. */
    record Star(Token token, String name) implements Pattern { }

    /** {@code {key: p, ..., **rest}}: keys are literals or dotted names; rest null when absent. */
    record Mapping(Token token, List<Expr> keys, List<Pattern> values, String rest) implements Pattern { }

    /** {@code Cls(p, ..., name=p, ...)}. */
    record ClassPattern(Token token, Expr cls, List<Pattern> positional, List<String> keywordNames,
                        List<Token> keywordTokens, List<Pattern> keywordPatterns) implements Pattern { }
}
