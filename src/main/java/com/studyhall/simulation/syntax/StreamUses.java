package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Where a program may name sys's standard streams. The lab's sys.stdout (runtime.StdoutType) has
 * the methods a program writes with — {@code write}, {@code writelines}, {@code flush} — and is
 * print's {@code file=}; its other attributes (encoding, buffer, fileno...) and its reference count
 * are not modelled, so sys.stdout is refused anywhere else (also bound to a name or imported with
 * {@code from sys import stdout}). A run's result has standard output and the uncaught error's
 * report only: text a program writes to sys.stderr would be lost, so sys.stderr is refused outright.
 */
final class StreamUses {
    static final Set<String> METHODS = Set.of("write", "writelines", "flush");
    /** sys's names a from-import may not bind (a bare name would escape the rules above). */
    static final Set<String> NOT_IMPORTABLE = Set.of("stdout", "stderr");

    private final Map<String, String> importedModules;
    private final List<Expr.Attribute> uses = new ArrayList<>();
    private final Set<Expr> answered = Collections.newSetFromMap(new IdentityHashMap<>());

    StreamUses(Map<String, String> importedModules) {
        this.importedModules = importedModules;
    }

    private boolean isStream(Expr e, String stream) {
        return e instanceof Expr.Attribute a && a.name().equals(stream) && a.object() instanceof Expr.Name m
                && "sys".equals(importedModules.get(m.name()));
    }

    /** Every attribute read: sys.stdout and sys.stderr are noted. */
    void attribute(Expr.Attribute a) {
        if (isStream(a, "stdout") || isStream(a, "stderr")) uses.add(a);
    }

    /** sys.stdout.write(...) and print(..., file=sys.stdout) (printsBuiltin: the callee reads the builtin print). */
    void call(Expr.Call c, boolean printsBuiltin) {
        if (c.callee() instanceof Expr.Attribute m && METHODS.contains(m.name()) && isStream(m.object(), "stdout")) {
            answered.add(m.object());
        }
        if (printsBuiltin) {
            for (Expr.Keyword k : c.keywords()) if ("file".equals(k.name()) && isStream(k.value(), "stdout")) answered.add(k.value());
        }
    }

    void check(BiConsumer<Token, String> refuse) {
        for (Expr.Attribute a : uses) {
            if (a.name().equals("stderr")) {
                refuse.accept(a.token(), "sys.stderr (a run shows its standard output and the report of an uncaught error only: "
                        + "text written to standard error would be lost)");
            } else if (!answered.contains(a)) {
                refuse.accept(a.token(), "sys.stdout other than sys.stdout.write(...), writelines(...), flush() and print(..., file=sys.stdout)");
            }
        }
    }
}
