package com.studyhall.simulation.syntax;

import java.util.List;

/** Statement nodes. */
public sealed interface Stmt {
    Token token();

    <R> R accept(Visitor<R> v);

    interface Visitor<R> {
        R visitExpression(Expression s);
        R visitAssign(Assign s);
        R visitAugAssign(AugAssign s);
        R visitDel(Del s);
        R visitIf(If s);
        R visitWhile(While s);
        R visitFor(For s);
        R visitFunctionDef(FunctionDef s);
        R visitClassDef(ClassDef s);
        R visitDecorated(Decorated s);
        R visitReturn(Return s);
        R visitBreak(Break s);
        R visitContinue(Continue s);
        R visitPass(Pass s);
        R visitGlobal(Global s);
        R visitImport(Import s);
        R visitUnsupported(Unsupported s);
    }

    record Expression(Token token, Expr expr) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitExpression(this); }
    }

    /** {@code t1 = t2 = value}: targets are assigned left to right. */
    record Assign(Token token, List<Expr> targets, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssign(this); }
    }

    record AugAssign(Token token, Expr target, TokenType op, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAugAssign(this); }
    }

    record Del(Token token, List<Expr> targets) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitDel(this); }
    }

    record If(Token token, Expr condition, List<Stmt> body, List<Stmt> orElse) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    record While(Token token, Expr condition, List<Stmt> body, List<Stmt> orElse) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWhile(this); }
    }

    record For(Token token, Expr target, Expr iterable, List<Stmt> body, List<Stmt> orElse) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFor(this); }
    }

    record Param(Token token, String name, Expr defaultValue) { }

    record FunctionDef(Token token, String name, List<Param> params, List<Stmt> body) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFunctionDef(this); }
    }

    record ClassDef(Token token, String name, List<Expr> bases, List<Stmt> body) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitClassDef(this); }
    }

    /** A def or class with decorators (outermost first), applied bottom-up before the name is bound. */
    record Decorated(Token token, List<Expr> decorators, Stmt definition) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitDecorated(this); }
    }

    record Return(Token token, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitReturn(this); }
    }

    record Break(Token token) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitBreak(this); }
    }

    record Continue(Token token) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitContinue(this); }
    }

    record Pass(Token token) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitPass(this); }
    }

    record Global(Token token, List<String> names) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitGlobal(this); }
    }

    /** {@code import a, b as c}: module names with their tokens; alias null when absent. */
    record Import(Token token, List<Token> modules, List<String> aliases) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImport(this); }
    }

    record Unsupported(Token token, String what) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitUnsupported(this); }
    }
}
