package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparisons with {@code is} or {@code is not}, in the order CPython 3.11's compiler reaches
 * them: its check_compare warns ("is" with a literal) while compiling, before the program runs,
 * so the warnings come in compile order. That is source order except where the compiler goes
 * round: a while loop's test is compiled twice (before the body and again after it), and a
 * comprehension's code (the first generator's conditions, the later generators, then the element)
 * comes before its first iterable, which the enclosing scope evaluates.
 */
final class IdentityTests {
    private final List<Expr.Compare> found = new ArrayList<>();

    void compared(Expr.Compare e) {
        if (e.ops().contains("is") || e.ops().contains("is not")) found.add(e);
    }

    /** Where the next comparison found will go. */
    int mark() {
        return found.size();
    }

    /** The comparisons found in [from, to), found again (a while loop's test compiled a second time). */
    void repeat(int from, int to) {
        found.addAll(new ArrayList<>(found.subList(from, to)));
    }

    /** The comparisons found in [from, to) move to the end (a part the compiler reaches later). */
    void moveToEnd(int from, int to) {
        List<Expr.Compare> part = new ArrayList<>(found.subList(from, to));
        found.subList(from, to).clear();
        found.addAll(part);
    }

    List<Expr.Compare> inCompileOrder() {
        return List.copyOf(found);
    }
}
