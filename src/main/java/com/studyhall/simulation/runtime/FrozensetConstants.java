package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.PyFrozenSet;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PySet;
import com.studyhall.simulation.syntax.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The frozenset constants of 3.11's compiler. A set display of constants that a for loop or a
 * comprehension iterates, or that is the right side of a last in / not in, is a frozenset the AST
 * optimizer made (fold_iter: {@code for x in {1, 2}}, {@code x in {"a", "b"}}); any other display of
 * three or more constants loads one and merges it into a new set (starunpack_helper). Either way the
 * compiler's merge_consts_recursive puts a rebuilt frozenset in co_consts, one per distinct value for
 * the whole module, holding the items (so an item's refcount is one higher while the program runs),
 * tracked and made before the program ran (not counted by gc.get_count()). fold_iter's own frozenset
 * stays in the parser's arena with the AST, holding the display's own literals: one more reference on
 * an item whose first appearance in the module is that display (the compiler's cache keeps the first
 * object of each value). The lab makes both when the display first runs, as it makes its other constants.
 */
final class FrozensetConstants {
    private final Heap heap;
    /** co_consts' frozensets, one per distinct value. */
    private final Map<Object, PyFrozenSet> merged = new HashMap<>();
    /** fold_iter's frozensets, one per display, kept by the arena. */
    private final List<PyFrozenSet> arena = new ArrayList<>();
    private final Set<Expr.SetDisplay> sitesRun = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    FrozensetConstants(Heap heap) {
        this.heap = heap;
    }

    /**
     * The co_consts frozenset of display e, a new reference. item makes one item as a constant
     * tuple's items are made (a new reference); known tells whether an item's constant exists already.
     */
    PyFrozenSet of(Expr.SetDisplay e, Function<Expr, PyObject> item, Predicate<Expr> known, Object key) {
        boolean arenaCopy = sitesRun.add(e) && e.iterated();
        PyFrozenSet f = merged.get(key);
        if (f == null || arenaCopy) {
            List<PyObject> values = new ArrayList<>();
            List<PyObject> firsts = new ArrayList<>();
            for (Expr x : e.elements()) {
                boolean first = !known.test(x);
                PyObject v = item.apply(x);
                values.add(v);
                if (first) firsts.add(v);
            }
            if (arenaCopy) {
                // The optimizer's frozenset holds the display's own literals: the cached object of a
                // value is the first literal the compiler met, so it holds the values first named here.
                PyFrozenSet o = heap.allocPreexisting(new PyFrozenSet());
                for (PyObject v : firsts) o.add(heap.newRef(v), heap);
                heap.trackCompileTimeObject(o);
                arena.add(o);
            }
            if (f == null) f = merge(values, key);
            for (PyObject v : values) heap.decref(v);
        }
        heap.incref(f);
        return f;
    }

    /** merge_consts_recursive's frozenset, rebuilt from the iteration order of one made in source order. */
    private PyFrozenSet merge(List<PyObject> values, Object key) {
        PySet first = new PySet();
        for (PyObject v : values) first.add(heap.newRef(v), heap);
        PyFrozenSet f = heap.allocPreexisting(new PyFrozenSet());
        for (PyObject o : first.members()) f.add(heap.newRef(o), heap);
        first.releaseContents(heap);
        heap.trackCompileTimeObject(f);
        merged.put(key, f);
        return f;
    }

    /** co_consts' reference on each merged frozenset, the arena's on each of the optimizer's. */
    void externalReferences(BiConsumer<PyObject, Long> add) {
        merged.values().forEach(f -> add.accept(f, 1L));
        arena.forEach(o -> add.accept(o, 1L));
    }

    /** The key of a display of constants: equal for equal sets of values, in any order. */
    static Object key(List<Object> folded) {
        return List.of("frozenset", new HashSet<>(folded));
    }
}
