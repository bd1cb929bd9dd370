package com.studyhall.games;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the refcount sprint needs from the memory lab's engine: a program's module level after
 * each of its lines, and a link that opens one step in the lab. Implemented in {@code lab}, the
 * only package that talks to the engine.
 */
public interface RefcountOracle {

    /** The module level after each line the program ran, in order; empty when it cannot run to the end. */
    Optional<List<LineFacts>> walk(String code);

    /** A link to the lab showing the program at the trace step. */
    String labLink(String code, int step);

    /**
     * The state after one module-level line: each global name's object, and the objects freed
     * since the previous module-level line (including by calls and collections the line caused).
     */
    record LineFacts(int step, int line, Map<String, NamedObject> names, Set<Integer> freed) {
    }

    /** An object a name refers to; {@code refcount} is null for shared objects (small ints, None...). */
    record NamedObject(int id, String type, Long refcount) {
    }
}
