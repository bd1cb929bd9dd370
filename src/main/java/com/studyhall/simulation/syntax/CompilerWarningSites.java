package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The places CPython 3.11's compiler may warn about while compiling, before the program runs, in
 * the order it reaches them: comparisons with {@code is} / {@code is not} (check_compare), assert
 * statements whose test is a tuple (compiler_assert), calls (check_caller) and subscripts read
 * (check_subscripter, check_index). The runtime decides which of them warn (runtime.Warnings). Each
 * check runs before the compiler visits the node's parts, so the order is source order except where
 * the compiler goes round: a while loop's test is compiled twice (before the body and again after
 * it), and a comprehension's code (the first generator's conditions, the later generators, then the
 * element) comes before its first iterable, which the enclosing scope evaluates.
 */
public final class CompilerWarningSites {
    /** What the compiler checks at a site. */
    public enum Kind { IDENTITY, ASSERT, CALL, SUBSCRIPT }

    /** A site: the comparison, the assert's test, the call or the subscript; line is the compiler's line for it. */
    public record Site(Kind kind, Expr node, int line) { }

    private final List<Site> found = new ArrayList<>();

    void compared(Expr.Compare e) {
        if (e.ops().contains("is") || e.ops().contains("is not")) found.add(new Site(Kind.IDENTITY, e, startLine(e)));
    }

    /** assert (x, "message"): a non-empty tuple, at the statement's line. */
    void asserted(Stmt.Assert s) {
        if (s.test() instanceof Expr.TupleDisplay t && !t.elements().isEmpty()) found.add(new Site(Kind.ASSERT, t, s.token().line()));
    }

    void called(Expr.Call e) {
        if (mayBeLiteral(e.callee())) found.add(new Site(Kind.CALL, e, startLine(e)));
    }

    /** A subscript read (not one stored to or deleted: the compiler checks only the Load context). */
    void subscripted(Expr.Subscript e) {
        if (mayBeLiteral(e.object())) found.add(new Site(Kind.SUBSCRIPT, e, startLine(e)));
    }

    /** Names, attributes and calls are never what the compiler's checks look for (a literal, a display, a comprehension). */
    private static boolean mayBeLiteral(Expr e) {
        return !(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Call);
    }

    /** Where the next site found will go. */
    int mark() {
        return found.size();
    }

    /** The sites found in [from, to), found again (a while loop's test compiled a second time). */
    void repeat(int from, int to) {
        found.addAll(new ArrayList<>(found.subList(from, to)));
    }

    /** The sites found in [from, to) move to the end (a part the compiler reaches later). */
    void moveToEnd(int from, int to) {
        List<Site> part = new ArrayList<>(found.subList(from, to));
        found.subList(from, to).clear();
        found.addAll(part);
    }

    List<Site> inCompileOrder() {
        return List.copyOf(found);
    }

    /** The compiler's line for an expression: where its leftmost part starts. */
    private static int startLine(Expr e) {
        while (true) {
            if (e instanceof Expr.Binary b) e = b.left();
            else if (e instanceof Expr.BoolOp b) e = b.left();
            else if (e instanceof Expr.Compare c) e = c.first();
            else if (e instanceof Expr.IfExp i) e = i.then();
            else if (e instanceof Expr.Subscript s) e = s.object();
            else if (e instanceof Expr.Call c) e = c.callee();
            else if (e instanceof Expr.Attribute a) e = a.object();
            else return e.token().line();
        }
    }
}
