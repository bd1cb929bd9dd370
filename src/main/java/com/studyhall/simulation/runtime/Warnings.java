package com.studyhall.simulation.runtime;

import com.studyhall.simulation.syntax.CompilerWarningSites;
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
     * The compiler's warnings, before the program runs, in its compile order; the compiler passes
     * no registry, so a repeated warning is written again (a while loop's test twice).
     */
    void compilerWarnings(List<CompilerWarningSites.Site> sites) {
        int before = in.errorLength();
        for (CompilerWarningSites.Site site : sites) {
            String message = switch (site.kind()) {
                case IDENTITY -> literalIdentity((Expr.Compare) site.node());
                case ASSERT -> "assertion is always true, perhaps remove parentheses?";
                case CALL -> CompilerTypeChecks.notCallable((Expr.Call) site.node());
                case SUBSCRIPT -> CompilerTypeChecks.badSubscript((Expr.Subscript) site.node());
            };
            if (message != null) write(site.line(), "SyntaxWarning", message);
        }
        compileWarned = in.errorLength() > before;
    }

    /**
     * check_compare: a comparison whose is / is not has a literal on either side (a constant after
     * the AST optimizer's folding, other than None, True, False and ...) warns once, for its first
     * such operator.
     */
    private static String literalIdentity(Expr.Compare c) {
        boolean left = identityOperand(c.first());
        for (int i = 0; i < c.ops().size(); i++) {
            String op = c.ops().get(i);
            boolean right = identityOperand(c.rest().get(i));
            if ((op.equals("is") || op.equals("is not")) && !(left && right)) {
                return op.equals("is") ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?";
            }
            left = right;
        }
        return null;
    }

    /**
     * What the compiler's first warning leaves in generation 0, added to the start-up estimate: the
     * warnings module's Python code and linecache reading the script allocate about 279 tracked
     * objects (measured: 246 at the top of a short program, 525 with one warning, 525 to 527 with more).
     */
    int compileAllocations() {
        return compileWarned ? 279 : 0;
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
