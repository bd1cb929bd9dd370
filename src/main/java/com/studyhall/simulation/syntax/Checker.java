package com.studyhall.simulation.syntax;

import com.studyhall.simulation.Diagnostic;
import java.util.List;
import java.util.Set;

/**
 * Refuses, before anything runs, every construct outside the lab's subset (in the spirit of
 * jlox's Resolver): each refusal is a diagnostic naming line and column.
 */
public final class Checker implements Stmt.Visitor<Void>, Expr.Visitor<Void> {
    private static final Set<String> MODULES = Set.of("gc", "sys", "weakref");

    /** Python builtins the lab does not model: calling them would not behave like CPython. */
    private static final Set<String> UNSUPPORTED_BUILTINS = Set.of(
            "open", "exec", "eval", "compile", "globals", "locals", "vars", "dir", "super",
            "property", "staticmethod", "classmethod", "object", "frozenset", "bytes", "bytearray", "memoryview",
            "complex", "slice", "issubclass", "__import__", "breakpoint", "help", "exit", "quit", "ascii",
            "Exception", "ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError", "StopIteration");

    private final List<Diagnostic> diagnostics;
    private int functionDepth;
    private int classDepth;
    private int loopDepth;

    public Checker(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    public void check(List<Stmt> program) {
        program.forEach(s -> s.accept(this));
    }

    private void refuse(Token at, String what) {
        diagnostics.add(new Diagnostic(at.line(), at.column(),
                "line " + at.line() + ": " + what + " is not supported in the memory lab"));
    }

    private void error(Token at, String message) {
        diagnostics.add(new Diagnostic(at.line(), at.column(), "line " + at.line() + ": " + message));
    }

    private void body(List<Stmt> stmts) {
        stmts.forEach(s -> s.accept(this));
    }

    private void expr(Expr e) {
        if (e != null) e.accept(this);
    }

    // ---- statements ----

    public Void visitExpression(Stmt.Expression s) { expr(s.expr()); return null; }

    public Void visitAssign(Stmt.Assign s) {
        s.targets().forEach(this::expr);
        expr(s.value());
        return null;
    }

    public Void visitAugAssign(Stmt.AugAssign s) { expr(s.target()); expr(s.value()); return null; }

    public Void visitDel(Stmt.Del s) {
        for (Expr t : s.targets()) {
            if (!(t instanceof Expr.Name || t instanceof Expr.Attribute || t instanceof Expr.Subscript
                    || t instanceof Expr.TupleDisplay || t instanceof Expr.ListDisplay)) {
                error(t.token(), "cannot delete " + (t instanceof Expr.Call ? "function call" : "expression"));
            }
            expr(t);
        }
        return null;
    }

    public Void visitIf(Stmt.If s) { expr(s.condition()); body(s.body()); body(s.orElse()); return null; }

    public Void visitWhile(Stmt.While s) {
        expr(s.condition());
        loop(s.body());
        body(s.orElse());
        return null;
    }

    public Void visitFor(Stmt.For s) {
        expr(s.target());
        expr(s.iterable());
        loop(s.body());
        body(s.orElse());
        return null;
    }

    private void loop(List<Stmt> stmts) {
        loopDepth++;
        body(stmts);
        loopDepth--;
    }

    public Void visitFunctionDef(Stmt.FunctionDef s) {
        if (functionDepth > 0) {
            refuse(s.token(), "a function defined inside a function (closures)");
            return null;
        }
        s.params().forEach(p -> expr(p.defaultValue()));
        int savedLoops = loopDepth;
        loopDepth = 0;
        functionDepth++;
        body(s.body());
        functionDepth--;
        loopDepth = savedLoops;
        return null;
    }

    public Void visitClassDef(Stmt.ClassDef s) {
        if (functionDepth > 0 || classDepth > 0) {
            refuse(s.token(), "a class defined inside a function or class");
            return null;
        }
        if (s.bases().size() > 1) refuse(s.token(), "multiple inheritance");
        s.bases().forEach(this::expr);
        classDepth++;
        for (Stmt st : s.body()) {
            if (st instanceof Stmt.FunctionDef fd && fd.name().startsWith("__") && fd.name().endsWith("__")
                    && !fd.name().equals("__init__") && !fd.name().equals("__del__")) {
                refuse(fd.token(), "the special method '" + fd.name() + "'");
                continue;
            }
            if (st instanceof Stmt.For || st instanceof Stmt.While) {
                refuse(st.token(), "a loop in a class body");
            } else {
                st.accept(this);
            }
        }
        classDepth--;
        return null;
    }

    public Void visitReturn(Stmt.Return s) {
        if (functionDepth == 0) error(s.token(), "'return' outside function");
        expr(s.value());
        return null;
    }

    public Void visitBreak(Stmt.Break s) {
        if (loopDepth == 0) error(s.token(), "'break' outside loop");
        return null;
    }

    public Void visitContinue(Stmt.Continue s) {
        if (loopDepth == 0) error(s.token(), "'continue' not properly in loop");
        return null;
    }

    public Void visitPass(Stmt.Pass s) { return null; }

    public Void visitGlobal(Stmt.Global s) {
        if (classDepth > 0 && functionDepth == 0) refuse(s.token(), "'global' in a class body");
        return null;
    }

    public Void visitImport(Stmt.Import s) {
        for (Token module : s.modules()) {
            if (!MODULES.contains(module.lexeme())) {
                diagnostics.add(new Diagnostic(module.line(), module.column(), "line " + module.line()
                        + ": import of '" + module.lexeme() + "' is not supported in the memory lab (only gc, sys and weakref)"));
            }
        }
        if (functionDepth > 0 || classDepth > 0) refuse(s.token(), "import inside a function or class");
        return null;
    }

    public Void visitUnsupported(Stmt.Unsupported s) {
        refuse(s.token(), s.what());
        return null;
    }

    // ---- expressions ----

    public Void visitConstant(Expr.Constant e) { return null; }

    public Void visitFString(Expr.FString e) {
        e.parts().forEach(this::expr);
        for (Expr.FormatSpec spec : e.specs()) {
            if (spec != null && spec.conversion() == 'a') refuse(e.token(), "the '!a' conversion");
        }
        return null;
    }

    public Void visitName(Expr.Name e) {
        if (UNSUPPORTED_BUILTINS.contains(e.name())) refuse(e.token(), "the builtin '" + e.name() + "'");
        return null;
    }

    public Void visitAttribute(Expr.Attribute e) {
        if (e.name().startsWith("__") && e.name().endsWith("__") && !e.name().equals("__init__")
                && !e.name().equals("__del__")) {
            refuse(e.token(), "the special attribute '" + e.name() + "'");
        }
        expr(e.object());
        return null;
    }

    public Void visitSubscript(Expr.Subscript e) { expr(e.object()); expr(e.index()); return null; }

    public Void visitSlice(Expr.Slice e) { expr(e.lower()); expr(e.upper()); expr(e.step()); return null; }

    public Void visitCall(Expr.Call e) {
        expr(e.callee());
        e.args().forEach(this::expr);
        e.keywords().forEach(k -> expr(k.value()));
        return null;
    }

    public Void visitBinary(Expr.Binary e) { expr(e.left()); expr(e.right()); return null; }

    public Void visitUnary(Expr.Unary e) { expr(e.operand()); return null; }

    public Void visitBoolOp(Expr.BoolOp e) { expr(e.left()); expr(e.right()); return null; }

    public Void visitCompare(Expr.Compare e) { expr(e.first()); e.rest().forEach(this::expr); return null; }

    public Void visitListDisplay(Expr.ListDisplay e) { e.elements().forEach(this::expr); return null; }

    public Void visitTupleDisplay(Expr.TupleDisplay e) { e.elements().forEach(this::expr); return null; }

    public Void visitDictDisplay(Expr.DictDisplay e) {
        e.keys().forEach(this::expr);
        e.values().forEach(this::expr);
        return null;
    }

    public Void visitSetDisplay(Expr.SetDisplay e) { e.elements().forEach(this::expr); return null; }

    public Void visitListComp(Expr.ListComp e) {
        if (classDepth > 0 && functionDepth == 0) refuse(e.token(), "a list comprehension in a class body");
        expr(e.element());
        for (Expr.Comprehension c : e.generators()) {
            expr(c.target());
            expr(c.iter());
            c.conditions().forEach(this::expr);
        }
        return null;
    }

    public Void visitIfExp(Expr.IfExp e) { expr(e.condition()); expr(e.then()); expr(e.otherwise()); return null; }

    public Void visitUnsupported(Expr.Unsupported e) {
        refuse(e.token(), e.what());
        return null;
    }
}
