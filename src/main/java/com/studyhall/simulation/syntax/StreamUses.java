package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Where a program may name sys's standard streams (sys.stdout, sys.stderr and the same objects as
 * sys.__stdout__, sys.__stderr__). The lab's streams (runtime.StdoutType) have the methods a
 * program writes with — {@code write}, {@code writelines}, {@code flush} — are print's
 * {@code file=}, and answer sys.getrefcount and sys.getsizeof; their other attributes (encoding,
 * buffer, fileno...) are not modelled, and a reference to one kept anywhere (a name, a list, an
 * argument passed on) would change the count CPython answers, so a stream is refused anywhere else,
 * also imported with {@code from sys import stderr}.
 */
final class StreamUses {
    static final Set<String> METHODS = Set.of("write", "writelines", "flush");
    static final Set<String> STREAMS = Set.of("stdout", "stderr", "__stdout__", "__stderr__");
    /** sys's names a from-import may not bind (a bare name would escape the rules above). */
    static final Set<String> NOT_IMPORTABLE = STREAMS;
    /** sys's functions a stream may be the one argument of. */
    private static final Set<String> MEASURES = Set.of("getrefcount", "getsizeof");

    private final Map<String, String> importedModules;
    private final List<Expr.Attribute> uses = new ArrayList<>();
    private final Set<Expr> answered = Collections.newSetFromMap(new IdentityHashMap<>());

    StreamUses(Map<String, String> importedModules) {
        this.importedModules = importedModules;
    }

    private boolean isSys(Expr e) {
        return e instanceof Expr.Name m && "sys".equals(importedModules.get(m.name()));
    }

    /** sys.stdout, sys.stderr, sys.__stdout__ or sys.__stderr__ (their uses are this class's to judge). */
    boolean isStream(Expr e) {
        return e instanceof Expr.Attribute a && STREAMS.contains(a.name()) && isSys(a.object());
    }

    /** Every attribute read: the streams are noted. */
    void attribute(Expr.Attribute a) {
        if (isStream(a)) uses.add(a);
    }

    /** sys.stderr.write(...), print(..., file=sys.stderr), sys.getrefcount(sys.stderr) (printsBuiltin: the callee reads the builtin print). */
    void call(Expr.Call c, boolean printsBuiltin) {
        if (c.callee() instanceof Expr.Attribute m && METHODS.contains(m.name()) && isStream(m.object())) {
            answered.add(m.object());
        }
        if (c.callee() instanceof Expr.Attribute f && MEASURES.contains(f.name()) && isSys(f.object())
                && c.args().size() == 1 && c.keywords().isEmpty() && isStream(c.args().get(0))) {
            answered.add(c.args().get(0));
        }
        if (printsBuiltin) {
            for (Expr.Keyword k : c.keywords()) if ("file".equals(k.name()) && isStream(k.value())) answered.add(k.value());
        }
    }

    void check(BiConsumer<Token, String> refuse) {
        for (Expr.Attribute a : uses) {
            if (!answered.contains(a)) {
                String s = "sys." + a.name();
                refuse.accept(a.token(), s + " other than " + s + ".write(...), writelines(...), flush(), print(..., file=" + s
                        + "), sys.getrefcount(" + s + ") and sys.getsizeof(" + s + ")");
            }
        }
    }
}
