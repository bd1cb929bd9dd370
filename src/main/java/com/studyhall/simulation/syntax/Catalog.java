package com.studyhall.simulation.syntax;

import java.util.Map;
import java.util.Set;

/**
 * What the runtime supports, for the checker's "nothing runs half-way" rule: the builtin names
 * it resolves, each importable module's attributes, and every method name of its builtin types.
 */
public record Catalog(Set<String> builtins, Map<String, Set<String>> modules, Set<String> methods) {
    public Catalog {
        builtins = Set.copyOf(builtins);
        modules = Map.copyOf(modules);
        methods = Set.copyOf(methods);
    }
}
