package com.studyhall.simulation.runtime;

import com.studyhall.simulation.syntax.Expr;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The warnings CPython's C code raises for the program (PyErr_WarnFormat with stacklevel 1), as
 * 3.11's default filters treat them: a DeprecationWarning raised by code of {@code __main__} is
 * shown once per message and line ({@code __warningregistry__}), on stderr, as
 * {@code file:line: DeprecationWarning: message} followed by the line's source, stripped. The
 * warning machinery's own objects (the registry dict and its keys, the warning instance, linecache
 * reading the script on the first warning) are not modelled (docs, "Known approximations").
 */
final class Warnings {
    private final Interpreter in;
    /** The registry's keys: message and line. */
    private final Set<String> shown = new HashSet<>();
    /** Whether the compiler warned before the program ran. */
    private boolean compileWarned;

    Warnings(Interpreter in) {
        this.in = in;
    }

    /** A DeprecationWarning at the line of the instruction the program is running. */
    void deprecation(String message) {
        int line = in.operationLine();
        if (!shown.add(line + ":" + message)) return;
        write(line, "DeprecationWarning", message);
    }

    /** warnings.formatwarning's text: file:line: Category: message, then the line's source, stripped. */
    private void write(int line, String category, String message) {
        StringBuilder text = new StringBuilder();
        text.append(in.scriptName).append(':').append(line).append(": ").append(category).append(": ").append(message).append('\n');
        String[] lines = in.source == null ? new String[0] : in.source.split("\n", -1);
        if (line >= 1 && line <= lines.length && !lines[line - 1].isBlank()) text.append("  ").append(lines[line - 1].strip()).append('\n');
        in.writeError(text.toString());
    }

    /**
     * The compiler's check_compare, before the program runs: a comparison whose is / is not has a
     * literal on either side (a constant after the AST optimizer's folding, other than None, True,
     * False and ...) warns once, at the comparison's line, for its first such operator. The compiler
     * passes no registry, so a repeated warning is written again (a while loop's test twice).
     */
    public void literalIdentity(List<Expr.Compare> tests) {
        int before = in.errorLength();
        for (Expr.Compare c : tests) {
            boolean left = identityOperand(c.first());
            for (int i = 0; i < c.ops().size(); i++) {
                String op = c.ops().get(i);
                boolean right = identityOperand(c.rest().get(i));
                if ((op.equals("is") || op.equals("is not")) && !(left && right)) {
                    write(startLine(c.first()), "SyntaxWarning", op.equals("is")
                            ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?");
                    break;
                }
                left = right;
            }
        }
        compileWarned = in.errorLength() > before;
    }

    /**
     * What the compiler's first warning leaves in generation 0, added to the start-up estimate: the
     * warnings module's Python code and linecache reading the script allocate about 279 tracked
     * objects (measured: 246 at the top of a short program, 525 with one warning, 525 to 527 with more).
     */
    int compileAllocations() {
        return compileWarned ? 279 : 0;
    }

    /** The compiler's line for a comparison: where its leftmost operand starts. */
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

    /** check_is_arg: anything but a folded constant, or one of the singletons is may test. */
    private static boolean identityOperand(Expr e) {
        Object value = folded(e);
        return value == null || value == Expr.NONE || value == Expr.ELLIPSIS || value instanceof Boolean;
    }

    /** The constant e folds to, or null; a tuple of constants (the empty one too) folds to one. */
    private static Object folded(Expr e) {
        if (e instanceof Expr.TupleDisplay t) {
            for (Expr item : t.elements()) if (folded(item) == null) return null;
            return t;
        }
        return ConstantFolder.fold(e);
    }

    /** Issue #17576's warning for __index__, __int__ (and __float__) returning a strict subclass's instance. */
    void strictSubclassResult(String method, String type) {
        deprecation(method + " returned non-" + (method.equals("__float__") ? "float" : "int") + " (type " + type
                + ").  The ability to return an instance of a strict subclass of " + (method.equals("__float__") ? "float" : "int")
                + " is deprecated, and may be removed in a future version of Python.");
    }
}
