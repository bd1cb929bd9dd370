package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a program that makes exception groups may not do: read the collector's counts. CPython's
 * first ExceptionGroup call and each split() or subgroup() make short-lived objects the lab does not
 * (measured with python3: 8 new tracked objects for the first derive() after gc.collect(), the lab 3;
 * 13 for a split() of two exceptions, the lab 11), so gc.get_count() and the moments of automatic
 * collections would differ. gc.collect()'s result counts garbage only, which the lab makes as CPython does.
 */
final class ExceptionGroupChecks {
    private static final Set<String> CLASSES = Set.of("ExceptionGroup", "BaseExceptionGroup");
    private static final Set<String> COUNTS = Set.of("get_count", "get_stats", "callbacks", "set_threshold");

    private Token use;
    private final List<Token> reads = new ArrayList<>();

    /** An except* clause, which wraps or splits what it catches in groups. */
    void used(Token t) {
        if (use == null) use = t;
    }

    /** A name read: the group classes themselves. */
    void name(Token t) {
        if (use == null && CLASSES.contains(t.lexeme())) use = t;
    }

    /** gc.get_count and the other counting names, read through gc or bound by `from gc import`. */
    void attribute(Expr.Attribute a, Map<String, String> importedModules) {
        if (a.object() instanceof Expr.Name n && "gc".equals(importedModules.get(n.name())) && COUNTS.contains(a.name())) reads.add(a.token());
    }

    void fromGc(Token name) {
        if (COUNTS.contains(name.lexeme())) reads.add(name);
    }

    void finish(BiConsumer<Token, String> refuse) {
        if (use == null) return;
        for (Token t : reads) {
            refuse.accept(t, "'" + t.lexeme() + "' in a program that makes exception groups (CPython's group "
                    + "constructor, split() and subgroup() make short-lived objects the lab does not count)");
        }
    }
}
