package com.studyhall.games;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Short programs for the refcount sprint, each a pattern of references (aliases, containers,
 * calls, deletion, a cycle) with names and values drawn from a seed, so one seed always gives
 * the same program and the server can grade it again.
 */
final class SprintTemplates {

    private static final List<String> NAMES = List.of("box", "cart", "deck", "jar", "nest", "pile", "queue", "rack",
            "shelf", "stack", "tray", "bag");

    private static final List<String> PATTERNS = List.of(
            """
            {a} = [{n}, {m}]
            {b} = {a}
            {c} = [{a}, {a}]
            del {b}
            {c} = None
            {a} = None
            """,
            """
            {a} = {'{k}': [{n}]}
            {b} = {a}['{k}']
            {a} = None
            {b}.append({m})
            {c} = {b}
            {b} = None
            """,
            """
            def wrap({x}):
                return [{x}]
            {a} = [{n}]
            {b} = wrap({a})
            {c} = wrap({a})
            {b} = None
            {a} = None
            """,
            """
            import gc
            {a} = []
            {a}.append({a})
            {b} = {a}
            del {a}
            {b} = None
            gc.collect()
            """,
            """
            {a} = [{n}]
            {b} = ({a}, {a})
            {c} = {b}[0]
            del {b}
            {a} = [{m}]
            {c} = None
            """);

    private SprintTemplates() {
    }

    static int count() {
        return PATTERNS.size();
    }

    /** The program of pattern {@code index} with the names and values of {@code seed}. */
    static String program(int index, long seed) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>(NAMES);
        Collections.shuffle(names, random);
        return PATTERNS.get(index)
                .replace("{a}", names.get(0)).replace("{b}", names.get(1)).replace("{c}", names.get(2))
                .replace("{x}", "item").replace("{k}", names.get(3))
                .replace("{n}", String.valueOf(300 + random.nextInt(700)))
                .replace("{m}", String.valueOf(300 + random.nextInt(700)));
    }
}
