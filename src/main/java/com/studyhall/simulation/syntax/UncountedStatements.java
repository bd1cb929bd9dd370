package com.studyhall.simulation.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Statements whose CPython allocations the lab does not count (a @dataclass class statement,
 * a subscription of a typing form): gc's count, gc.get_stats(), gc.callbacks and gc.set_threshold()
 * after one are refused until the next gc.collect() statement, which resets the count and leaves
 * nothing uncounted behind. Fed by the checks that find such statements (Dataclasses through the
 * Checker, syntax.TypingSubscripts) and by FirstImportChecks, which sees gc.collect() statements
 * and gc's attributes.
 * <p>
 * A function whose body makes one (or whose class has such a method) makes it again at each call,
 * wherever the call is: a name read since a body's last gc.collect() statement that names such a
 * function, or a function reading one, counts as the statement itself. Functions are known by name
 * (a method by its attribute name, a class by its methods), so every read of that name counts.
 */
final class UncountedStatements {
    private final BiConsumer<Token, String> refuse;

    /** A body being checked: its last uncounted statement since its last gc.collect() statement (or null), and the names it read since. */
    private static final class Body {
        String uncounted;
        final Set<String> reads;

        Body(String uncounted, Set<String> reads) {
            this.uncounted = uncounted;
            this.reads = new LinkedHashSet<>(reads);
        }
    }

    private final Deque<Body> bodies = new ArrayDeque<>();
    /** The defs and classes enclosing the statement being checked, innermost first; true for a def. */
    private final Deque<Map.Entry<String, Boolean>> enclosing = new ArrayDeque<>();
    /** The names each def or class read in its functions' bodies. */
    private final Map<String, Set<String>> readsOf = new HashMap<>();
    /** Defs and classes whose functions make an uncounted statement, with the first one. */
    private final Map<String, String> makers = new LinkedHashMap<>();
    /** gc observations no uncounted statement of their body preceded: the names read before them since its last gc.collect(). */
    private final List<Deferred> deferred = new ArrayList<>();

    private record Deferred(Token at, String name, Set<String> reads) { }

    UncountedStatements(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
        bodies.push(new Body(null, Set.of()));
    }

    /** A function's body starts with what the module's body has not collected yet. */
    void enterFunction(String name) {
        bodies.push(new Body(bodies.getLast().uncounted, bodies.getLast().reads));
        enclosing.push(Map.entry(name, true));
    }

    void exitFunction() {
        bodies.pop();
        enclosing.pop();
    }

    /** A class body runs where it stands; the class is named for the methods it holds (its call runs __init__). */
    void enterClass(String name) {
        enclosing.push(Map.entry(name, false));
    }

    void exitClass() {
        enclosing.pop();
    }

    /** A gc.collect() statement in the body being checked. */
    void collected() {
        bodies.peek().uncounted = null;
        bodies.peek().reads.clear();
    }

    /** A name read (or an attribute's name): a call of it may run a def that makes uncounted statements. */
    void read(String name) {
        bodies.peek().reads.add(name);
        for (String def : runningDefs()) readsOf.computeIfAbsent(def, k -> new HashSet<>()).add(name);
    }

    /**
     * A statement of this body whose CPython allocations the lab does not count (measured: 104 tracked
     * objects for a first one-field @dataclass class statement right after gc.collect(), 41 for a
     * second one, 19 in the lab).
     */
    void statement(String what) {
        bodies.peek().uncounted = what;
        for (String def : runningDefs()) makers.putIfAbsent(def, what);
    }

    /**
     * The same for a statement of this body and for the statements that follow the defs enclosing
     * it, which may call it before their next gc.collect() statement (syntax.TypingSubscripts).
     */
    void wherever(String what) {
        for (Body body : bodies) body.uncounted = what;
        for (String def : runningDefs()) makers.putIfAbsent(def, what);
    }

    /** The enclosing defs whose calls run the statement being checked: from the innermost def outwards (a class body runs at once). */
    private List<String> runningDefs() {
        List<String> defs = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : enclosing) if (e.getValue() || !defs.isEmpty()) defs.add(e.getKey());
        return defs;
    }

    /** gc.name seen here, which sees the count: refused (true) after an uncounted statement; later checked against the calls before it. */
    boolean refusedObservation(Token at, String name) {
        String uncounted = bodies.peek().uncounted;
        if (uncounted == null) {
            deferred.add(new Deferred(at, name, new LinkedHashSet<>(bodies.peek().reads)));
            return false;
        }
        refuse(at, name, uncounted);
        return true;
    }

    private void refuse(Token at, String name, String uncounted) {
        refuse.accept(at, "gc." + name + " after " + uncounted + " and before a gc.collect() statement "
                + "(the lab does not count what that statement makes in CPython; run gc.collect() first)");
    }

    /** The end of the program: the defs that make uncounted statements are known, through the defs calling them too. */
    void finish() {
        Map<String, String> calls = new LinkedHashMap<>();
        for (String maker : makers.keySet()) calls.put(maker, "a call of " + maker + "(), which makes " + makers.get(maker));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Set<String>> def : readsOf.entrySet()) {
                if (calls.containsKey(def.getKey())) continue;
                for (String read : def.getValue()) {
                    if (!calls.containsKey(read) || read.equals(def.getKey())) continue;
                    calls.put(def.getKey(), "a call of " + def.getKey() + "(), which calls " + read + "()");
                    grew = true;
                    break;
                }
            }
        }
        for (Deferred d : deferred) {
            for (String read : d.reads()) {
                if (!calls.containsKey(read)) continue;
                refuse(d.at(), d.name(), calls.get(read));
                break;
            }
        }
    }
}
