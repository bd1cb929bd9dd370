package com.studyhall.simulation.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;

/**
 * Statements whose CPython allocations the lab does not count (a @dataclass class statement,
 * a subscription of a typing form): gc's count, gc.get_stats(), gc.callbacks and gc.set_threshold()
 * after one are refused until the next gc.collect() statement, which resets the count and leaves
 * nothing uncounted behind. Fed by the checks that find such statements (Dataclasses through the
 * Checker, syntax.TypingSubscripts) and by FirstImportChecks, which sees gc.collect() statements
 * and gc's attributes.
 */
final class UncountedStatements {
    private final BiConsumer<Token, String> refuse;
    /**
     * Per body being checked (the module's, then each function's): the last statement since its last
     * gc.collect() statement whose allocations the lab does not count, as a learner reads it; null when none.
     */
    private final Deque<String[]> uncountedInBody = new ArrayDeque<>();

    UncountedStatements(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
        uncountedInBody.push(new String[1]);
    }

    /** A function's body starts with what the module's body has not collected yet. */
    void enterFunction() {
        uncountedInBody.push(new String[] {uncountedInBody.getLast()[0]});
    }

    void exitFunction() {
        uncountedInBody.pop();
    }

    /** A gc.collect() statement in the body being checked. */
    void collected() {
        uncountedInBody.peek()[0] = null;
    }

    /**
     * A statement of this body whose CPython allocations the lab does not count (measured: 104 tracked
     * objects for a first one-field @dataclass class statement right after gc.collect(), 41 for a
     * second one, 19 in the lab).
     */
    void statement(String what) {
        uncountedInBody.peek()[0] = what;
    }

    /**
     * The same for a statement of this body and for the statements that follow the defs enclosing
     * it, which may call it before their next gc.collect() statement (syntax.TypingSubscripts).
     */
    void wherever(String what) {
        for (String[] body : uncountedInBody) body[0] = what;
    }

    /** gc.name seen here, which sees the count: refused (true) after an uncounted statement. */
    boolean refusedObservation(Token at, String name) {
        String uncounted = uncountedInBody.peek()[0];
        if (uncounted == null) return false;
        refuse.accept(at, "gc." + name + " after " + uncounted + " and before a gc.collect() statement "
                + "(the lab does not count what that statement makes in CPython; run gc.collect() first)");
        return true;
    }
}
