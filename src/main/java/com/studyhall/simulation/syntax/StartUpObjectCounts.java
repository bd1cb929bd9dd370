package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Numbers that count CPython's own start-up objects. After a gc.collect() the oldest generation of
 * a python3 run on this machine holds 11092 objects of the interpreter (its modules, functions,
 * classes, dicts; 3990 under python3 -S: the figure follows what site loads), which the lab does
 * not model: `len(gc.get_objects())` (or of generation 2) shows them, and so does
 * `gc.get_freeze_count()` after `gc.freeze()` has moved them to the permanent generation. Such a
 * number is refused where it is shown: printed (alone or plus/minus a literal), in an f-string or
 * returned. Bound to a name it is allowed, since programs subtract two of them (what the program
 * added, which the lab counts); a comparison runs too (the lab's freeze count holds a measured
 * figure for the start-up objects, runtime.GcModule). The freeze state is followed in source order:
 * a count shown below a `gc.freeze()` with no `gc.unfreeze()` between them is refused. In a program
 * that calls `gc.freeze()` every such length is refused: the freeze takes the start-up objects out
 * of CPython's lists, so even a difference across it is off by 11092.
 */
final class StartUpObjectCounts {
    private final Map<String, String> importedModules;
    private final Set<Expr> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    /** gc.freeze() and gc.unfreeze() calls, and the counts, in the order the checker met them. */
    private final List<Expr.Call> events = new ArrayList<>();

    StartUpObjectCounts(Map<String, String> importedModules) {
        this.importedModules = importedModules;
    }

    void call(Expr.Call e) {
        if (e.callee() instanceof Expr.Name n && n.name().equals("print")) e.args().forEach(this::show);
        String f = gcFunction(e.callee());
        if (f != null && (f.equals("freeze") || f.equals("unfreeze") || f.equals("get_freeze_count"))) events.add(e);
        if (e.callee() instanceof Expr.Name n && n.name().equals("len") && e.args().size() == 1
                && e.args().get(0) instanceof Expr.Call inner && "get_objects".equals(gcFunction(inner.callee())) && oldest(inner)) {
            events.add(e);
        }
    }

    void returned(Expr value) {
        show(value);
    }

    void fstring(Expr.FString e) {
        e.parts().forEach(this::show);
    }

    private void show(Expr e) {
        shown.add(InternedRefcounts.shownPart(e));
    }

    void finish(BiConsumer<Token, String> refuse) {
        boolean freezes = events.stream().anyMatch(c -> "freeze".equals(gcFunction(c.callee())));
        boolean frozen = false;
        for (Expr.Call c : events) {
            String f = gcFunction(c.callee());
            if ("freeze".equals(f)) frozen = true;
            else if ("unfreeze".equals(f)) frozen = false;
            else if (f == null && freezes) {
                refuse.accept(c.token(), "len(gc.get_objects()) in a program that calls gc.freeze() (CPython's list holds the "
                        + "interpreter's own objects, 11092 on this machine after a gc.collect(), until gc.freeze() moves them out "
                        + "of it; the lab does not model them)");
            } else if (!shown.contains(c)) continue;
            else if (f == null) {
                refuse.accept(c.token(), "len(gc.get_objects()) of every generation or of the oldest shown as a number "
                        + "(CPython's list holds the interpreter's own objects too, 11092 on this machine after a gc.collect(), "
                        + "which the lab does not model; the difference of two lengths runs)");
            } else if (frozen) {
                refuse.accept(c.token(), "gc.get_freeze_count() shown as a number after gc.freeze() (CPython freezes the "
                        + "interpreter's own objects too, 11092 on this machine after a gc.collect(), which the lab does not "
                        + "model; a comparison or the difference of two counts runs)");
            }
        }
    }

    /** The gc function a callee names (gc.f through any alias of the module), or null. */
    private String gcFunction(Expr callee) {
        return callee instanceof Expr.Attribute a && a.object() instanceof Expr.Name m && "gc".equals(importedModules.get(m.name()))
                ? a.name() : null;
    }

    /** gc.get_objects() of every generation, or of generation 2 (where the start-up objects are). */
    private static boolean oldest(Expr.Call c) {
        Expr g = !c.args().isEmpty() ? c.args().get(0)
                : c.keywords().stream().filter(k -> "generation".equals(k.name())).map(Expr.Keyword::value).findFirst().orElse(null);
        return g == null || g instanceof Expr.Constant k && (k.value() == Expr.NONE || java.math.BigInteger.TWO.equals(k.value()));
    }
}
