package com.studyhall.simulation.syntax;

import java.util.Map;
import java.util.Set;

/**
 * What the runtime supports, for the checker's "nothing runs half-way" rule: the builtin names
 * it resolves, each importable module's attributes, every method name of its builtin types, and
 * the attributes it answers on each builtin type object ({@code str.upper}, {@code dict.fromkeys}).
 */
public record Catalog(Set<String> builtins, Map<String, Set<String>> modules, Set<String> methods,
        Map<String, Set<String>> typeAttributes) {
    public Catalog {
        builtins = Set.copyOf(builtins);
        modules = Map.copyOf(modules);
        methods = Set.copyOf(methods);
        typeAttributes = Map.copyOf(typeAttributes);
    }
}
