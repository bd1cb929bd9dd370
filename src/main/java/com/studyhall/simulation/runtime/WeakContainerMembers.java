package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the weak containers' methods each kind has (WeakContainerType registers the union): a
 * WeakSet has no keys() or get(), a WeakKeyDictionary no add() or union(); hasattr() and a call say
 * so as CPython's classes in Lib/weakref.py and Lib/_weakrefset.py do. Their container special
 * methods are Python functions there, so `wk.__setitem__(k, v)` works and a wrong argument count
 * is worded as a Python function's.
 */
final class WeakContainerMembers {
    private WeakContainerMembers() { }

    private static final Set<String> MAPPING = Set.of("__copy__", "clear", "copy", "get", "items", "keys", "pop",
            "popitem", "setdefault", "update", "values");
    private static final Map<String, Set<String>> METHODS = Map.of(
            "WeakSet", Set.of("add", "clear", "copy", "difference", "difference_update", "discard", "intersection",
                    "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference",
                    "symmetric_difference_update", "union", "update"),
            "WeakKeyDictionary", union(MAPPING, Set.of("keyrefs")),
            "WeakValueDictionary", union(MAPPING, Set.of("valuerefs", "itervaluerefs")));

    /** The parameters after self of each kind's container special methods (dir() of the classes, 3.11.7). */
    private static final Map<String, List<String>> MAPPING_DUNDERS = Map.of("__getitem__", List.of("key"),
            "__setitem__", List.of("key", "value"), "__delitem__", List.of("key"), "__contains__", List.of("key"),
            "__len__", List.of(), "__iter__", List.of(), "__repr__", List.of());
    private static final Map<String, List<String>> SET_DUNDERS = Map.of("__contains__", List.of("item"),
            "__len__", List.of(), "__iter__", List.of(), "__repr__", List.of());

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** True when kind's class does not define methodName although WeakContainerType registers it. */
    static boolean lacks(String kind, String methodName) {
        Set<String> own = METHODS.get(kind);
        return own != null && !own.contains(methodName);
    }

    /** Whether kind's class defines the special method name (one the slot wrappers answer). */
    static boolean hasDunder(String kind, String name) {
        return dunders(kind).containsKey(name);
    }

    private static Map<String, List<String>> dunders(String kind) {
        return kind.equals("WeakSet") ? SET_DUNDERS : MAPPING_DUNDERS;
    }

    /**
     * The arguments of kind.name(self, ...) as a Python function binds them, by position or by name;
     * CPython's TypeError for a missing, extra or unknown one.
     */
    static List<PyObject> bind(String kind, String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        List<String> params = dunders(kind).get(name);
        String fn = kind + "." + name + "()";
        if (args.size() > params.size()) {
            int takes = params.size() + 1;
            throw new PyRaise("TypeError", fn + " takes " + takes + " positional argument" + (takes == 1 ? "" : "s") + " but "
                    + (args.size() + 1) + " were given");
        }
        List<PyObject> bound = new ArrayList<>(args);
        for (String k : kwargs.keySet()) {
            int at = params.indexOf(k);
            if (at < 0) throw new PyRaise("TypeError", fn + " got an unexpected keyword argument '" + k + "'");
            if (at < args.size()) throw new PyRaise("TypeError", fn + " got multiple values for argument '" + k + "'");
        }
        List<String> missing = new ArrayList<>();
        for (int i = args.size(); i < params.size(); i++) {
            PyObject given = kwargs.get(params.get(i));
            if (given == null) missing.add(params.get(i));
            else bound.add(given);
        }
        if (!missing.isEmpty()) {
            String names = missing.size() == 1 ? "'" + missing.get(0) + "'" : "'" + missing.get(0) + "' and '" + missing.get(1) + "'";
            throw new PyRaise("TypeError", fn + " missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + names);
        }
        return bound;
    }
}
