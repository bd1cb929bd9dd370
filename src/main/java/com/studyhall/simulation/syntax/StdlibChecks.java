package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The checker's rules for types, pprint and io: the calls of their names that the lab does not
 * run, and the combinations with other modules whose effects it does not model.
 */
final class StdlibChecks {
    /** Type objects of types whose calls need code objects or a module's machinery. */
    private static final Set<String> UNCALLED = Set.of("types.FunctionType", "types.LambdaType", "types.ModuleType");

    private final BiConsumer<Token, String> refuse;
    private final Set<String> imported = new java.util.HashSet<>();
    private final List<Token> namespaces = new ArrayList<>();
    private final List<Token> pprints = new ArrayList<>();
    private final List<Token> fractions = new ArrayList<>();

    StdlibChecks(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
    }

    void imported(String module) {
        imported.add(module);
    }

    /** Modules whose objects pprint formats by rules the lab leaves out (deque, Counter, dataclasses, SimpleNamespace...). */
    private static final Set<String> PPRINT_UNMODELLED = Set.of("gc", "collections", "dataclasses", "types");
    private Token bytesMade;

    /** A call: bytes(...), bytearray(...) and str.encode make bytes, which pprint wraps by its own rule. */
    void call(Expr.Call e, String function) {
        if (e.callee() instanceof Expr.Name n && (n.name().equals("bytes") || n.name().equals("bytearray"))
                || e.callee() instanceof Expr.Attribute a && a.name().equals("encode")) {
            bytesMade = e.token();
        }
        call(function, e.token());
    }

    /** A bytes literal. */
    void bytesLiteral(Token token) {
        bytesMade = token;
    }

    /** A call of a library function, named module.name (null when the callee is no such name). */
    private void call(String function, Token token) {
        if (function == null) return;
        if (UNCALLED.contains(function)) refuse.accept(token, "calling '" + function + "' (the lab makes functions and modules only from def, lambda and import)");
        if (function.equals("types.SimpleNamespace")) namespaces.add(token);
        if (function.startsWith("pprint.")) pprints.add(token);
        if (function.equals("fractions.Fraction")) fractions.add(token);
    }

    void finish() {
        if (imported.contains("copy")) {
            for (Token t : namespaces) {
                refuse.accept(t, "types.SimpleNamespace in a program that imports copy (a namespace is copied through __reduce_ex__, which the lab does not model)");
            }
        }
        for (String module : PPRINT_UNMODELLED) {
            if (!imported.contains(module)) continue;
            for (Token t : pprints) {
                refuse.accept(t, module.equals("gc")
                        ? "pprint in a program that imports gc (Lib/pprint.py's own objects would show in the collector's counts)"
                        : "pprint in a program that imports " + module + " (pprint lays out that module's objects by rules the lab does not model)");
            }
        }
        if (imported.contains("gc")) {
            for (Token t : fractions) {
                refuse.accept(t, "fractions.Fraction in a program that imports gc (Lib/fractions.py's arithmetic allocates objects the collector would count)");
            }
        }
        if (imported.contains("statistics")) {
            for (Token t : fractions) {
                refuse.accept(t, "fractions.Fraction in a program that imports statistics (the lab's statistics computes with ints and floats only)");
            }
        }
        if (bytesMade != null) {
            for (Token t : pprints) refuse.accept(t, "pprint in a program that makes bytes (pprint wraps bytes by a rule the lab does not model)");
        }
    }
}
