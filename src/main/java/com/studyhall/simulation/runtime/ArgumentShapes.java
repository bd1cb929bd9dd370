package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPython's argument-count and keyword errors of the builtin types' public methods and of the functions of
 * gc, sys, math, heapq, bisect and copy, checked before the lab's method or function runs, so a call of the wrong shape ends with CPython's TypeError and message
 * whatever the method's own code would do with it. The table (argument-shapes.tsv, made by
 * src/test/resources/argument-shapes/generate.py from python3 3.11.7) holds, per type and method,
 * the message for 0 to 4 positional arguments where that count is an error, the message for an
 * unexpected keyword, and the keyword names the method accepts. Each calling convention words these
 * differently ("list.copy() takes no arguments (1 given)", "pop expected at most 1 argument, got 2",
 * "WeakSet.copy() takes 1 positional argument but 2 were given"), which is why they are data.
 */
final class ArgumentShapes {
    private record Shape(Map<Integer, String> positional, String keyword, Set<String> names) { }

    /** Shapes by the short type or module name, then by method or function name. */
    private static final Map<String, Map<String, Shape>> SHAPES = load();
    /** The same, by the full name {@code typeName()} answers ({@code collections.deque}), filled as types are met. */
    private static final Map<String, Map<String, Shape>> BY_TYPE_NAME = new java.util.concurrent.ConcurrentHashMap<>();

    private ArgumentShapes() { }

    /** Raises CPython's TypeError when a call of type's method with these arguments has the wrong shape. */
    static void check(PyObject self, String method, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (self instanceof PyInstance || method.startsWith("_")) return;
        // Every method call passes here: two map lookups, no string built per call.
        Map<String, Shape> methods = BY_TYPE_NAME.computeIfAbsent(self.typeName(),
                type -> SHAPES.getOrDefault(type.substring(type.lastIndexOf('.') + 1), Map.of()));
        check(methods.get(method), args, kwargs);
    }

    /** The same for a module's function given by module and name ({@code random}, {@code randint}). */
    static void checkFunction(String module, String function, List<PyObject> args, Map<String, PyObject> kwargs) {
        check(SHAPES.getOrDefault(module, Map.of()).get(function), args, kwargs);
    }

    /** The same for a module's function given as module and name joined ({@code gc.get_count}, {@code builtins.divmod}). */
    static void checkFunction(String moduleAndName, List<PyObject> args, Map<String, PyObject> kwargs) {
        int dot = moduleAndName.lastIndexOf('.');
        check(SHAPES.getOrDefault(moduleAndName.substring(0, dot), Map.of()).get(moduleAndName.substring(dot + 1)),
                args, kwargs);
    }

    private static void check(Shape shape, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (shape == null) return;
        boolean named = false;
        for (String k : kwargs.keySet()) {
            boolean accepted = shape.names == null || shape.names.contains(k);
            if (!accepted && shape.keyword != null) throw new PyRaise("TypeError", shape.keyword.replace("{}", k));
            named |= accepted;
        }
        // A parameter given by name counts with the positional ones: the method's own code checks that mix.
        if (named) return;
        String count = shape.positional.get(args.size());
        if (count != null) throw new PyRaise("TypeError", count);
    }

    private static Map<String, Map<String, Shape>> load() {
        Map<String, Map<Integer, String>> positional = new HashMap<>();
        Map<String, String> keyword = new HashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        try (var in = ArgumentShapes.class.getResourceAsStream("argument-shapes.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", 4);
                String key = f[0] + "." + f[1];
                String value = f.length > 3 ? f[3] : "";
                switch (f[2]) {
                    case "kw" -> keyword.put(key, value);
                    // "**" takes any keyword; "?" (no signature) is not known, so only a method taking none is checked.
                    case "names" -> names.put(key, value.equals("**") || value.equals("?") ? null
                            : value.isEmpty() ? Set.of() : Set.of(value.split(",")));
                    default -> positional.computeIfAbsent(key, k -> new HashMap<>()).put(Integer.parseInt(f[2]), value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, Shape>> out = new HashMap<>();
        Set<String> keys = new java.util.HashSet<>(positional.keySet());
        keys.addAll(keyword.keySet());
        for (String key : keys) {
            Set<String> accepted = names.containsKey(key) ? names.get(key) : null;
            String kw = keyword.get(key);
            // Without a signature, only "takes no keyword arguments" (no name in it) is certain.
            if (accepted == null && kw != null && kw.contains("{}")) kw = null;
            int dot = key.indexOf('.');
            out.computeIfAbsent(key.substring(0, dot), k -> new HashMap<>()).put(key.substring(dot + 1), new Shape(positional.getOrDefault(key, Map.of()), kw, accepted == null && kw != null ? Set.of() : accepted));
        }
        return out;
    }
}
