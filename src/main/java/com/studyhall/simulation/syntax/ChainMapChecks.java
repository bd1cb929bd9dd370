package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a program that uses collections.ChainMap may not do. ChainMap is a class of Python code in
 * CPython: its methods run in Python frames the lab does not make, so the collector's counts (and
 * so the moments of automatic collections), the class's place in collections.abc and an
 * instance's own __dict__ are not what CPython has. Those reads are refused up front.
 */
final class ChainMapChecks {
    private static final String UNCOUNTED = "ChainMap's methods allocate in Python frames the lab does not count";
    private static final String AUTOMATIC = "automatic collections would not run where CPython's do";
    private static final String ABC_CLASSES = "a ChainMap's class and collections.abc's are not modelled";
    private static final String LINEAGE = "collections.abc's classes are not modelled";
    private static final String INSTANCE_DICT = "an instance's own attribute dict is not modelled";
    /** Names whose answer the ChainMap model cannot give exactly, with the reason. */
    private static final Map<String, String> UNMODELLED = byName(Map.of(
            UNCOUNTED, List.of("get_count", "get_stats"),
            AUTOMATIC, List.of("callbacks", "set_threshold"),
            ABC_CLASSES, List.of("get_referents", "get_referrers", "get_objects"),
            LINEAGE, List.of("__mro__", "__bases__", "__base__", "mro"),
            INSTANCE_DICT, List.of("__dict__", "vars"),
            "the attribute names a ChainMap inherits from collections.abc are not listed", List.of("dir"),
            "ChainMap raises its own KeyError inside `except KeyError:`, a context the lab does not attach", List.of("__context__")));

    private static Map<String, String> byName(Map<String, List<String>> namesByReason) {
        Map<String, String> reasons = new java.util.HashMap<>();
        namesByReason.forEach((reason, names) -> names.forEach(name -> reasons.put(name, reason)));
        return Map.copyOf(reasons);
    }

    private Token use;
    private final List<Token> reads = new ArrayList<>();
    private final List<Token> mapsStores = new ArrayList<>();

    /** The program reads ChainMap (by a name or as collections.ChainMap). */
    void used(Token at) {
        if (use == null) use = at;
    }

    /** A name read, or a name bound by `from gc import ...`: vars(cm), get_count(). */
    void name(Token t) {
        if (UNMODELLED.containsKey(t.lexeme())) reads.add(t);
    }

    void attribute(Expr.Attribute a, boolean inTarget) {
        if (UNMODELLED.containsKey(a.name())) reads.add(a.token());
        if (inTarget && a.name().equals("maps")) mapsStores.add(a.token());
    }

    /** Refuses the collected reads when ChainMap is used anywhere in the program. */
    void finish(Token mappingPattern, BiConsumer<Token, String> refuse) {
        if (use == null) return;
        for (Token t : reads) {
            refuse.accept(t, "'" + t.lexeme() + "' in a program that uses collections.ChainMap (" + UNMODELLED.get(t.lexeme()) + ")");
        }
        for (Token t : mapsStores) refuse.accept(t, "assigning a ChainMap's maps attribute (mutating the list is modelled, replacing it is not)");
        if (mappingPattern != null) {
            refuse.accept(mappingPattern, "a mapping pattern in a program that uses collections.ChainMap (the lab's match does not recognise it as a mapping)");
        }
    }
}
