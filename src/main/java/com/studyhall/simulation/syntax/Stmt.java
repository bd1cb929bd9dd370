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
        R visitLocalAnnotation(LocalAnnotation s);
        R visitGlobal(Global s);
        R visitNonlocal(Nonlocal s);
        R visitImport(Import s);
        R visitImportFrom(ImportFrom s);
        R visitTry(Try s);
        R visitRaise(Raise s);
        R visitAssert(Assert s);
        R visitWith(With s);
        R visitMatch(Match s);
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

    /** A parameter's (or the return's, named "return") annotation, evaluated when the def runs. */
    record Annotation(String name, Expr value) { }

    /**
     * A def (or a lambda, named {@code <lambda>}): positional-or-keyword params, then the {@code *args}
     * name (or null), keyword-only params, and the {@code **kwargs} name (or null). binding: the
     * name the def stores, {@code _C__name} for a private {@code __name} written inside class C.
     */
    record FunctionDef(Token token, String name, List<Param> params, String varargs, List<Param> kwonly,
                       String varkw, List<Stmt> body, int posonly, List<Annotation> annotations, String binding) implements Stmt {
        public FunctionDef(Token token, String name, List<Param> params, List<Stmt> body) {
            this(token, name, params, null, List.of(), null, body, 0, List.of(), name);
        }

        public FunctionDef(Token token, String name, List<Param> params, String varargs, List<Param> kwonly,
                           String varkw, List<Stmt> body) {
            this(token, name, params, varargs, kwonly, varkw, body, 0, List.of(), name);
        }

        public FunctionDef(Token token, String name, List<Param> params, String varargs, List<Param> kwonly,
                           String varkw, List<Stmt> body, int posonly, List<Annotation> annotations) {
            this(token, name, params, varargs, kwonly, varkw, body, posonly, annotations, name);
        }

        public <R> R accept(Visitor<R> v) { return v.visitFunctionDef(this); }

        /** Every parameter name in co_varnames order: positional, keyword-only, *args, **kwargs. */
        public List<String> parameterNames() {
            List<String> names = new java.util.ArrayList<>();
            params.forEach(p -> names.add(p.name()));
            kwonly.forEach(p -> names.add(p.name()));
            if (varargs != null) names.add(varargs);
            if (varkw != null) names.add(varkw);
            return names;
        }
    }

    /**
     * keywords: the class keywords (class A(Base, flag=True)), passed on to __init_subclass__;
     * binding: the name the statement stores (mangled when written inside another class).
     */
    record ClassDef(Token token, String name, List<Expr> bases, List<Stmt> body, List<Expr.Keyword> keywords,
                    String binding) implements Stmt {
        public ClassDef(Token token, String name, List<Expr> bases, List<Stmt> body) {
            this(token, name, bases, body, List.of(), name);
        }

        public ClassDef(Token token, String name, List<Expr> bases, List<Stmt> body, List<Expr.Keyword> keywords) {
            this(token, name, bases, body, keywords, name);
        }

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

    /** {@code x: int} without a value inside a function: does nothing, but makes x a local of the function. */
    record LocalAnnotation(Token token, String name) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitLocalAnnotation(this); }
    }

    record Global(Token token, List<String> names) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitGlobal(this); }
    }

    record Nonlocal(Token token, List<String> names) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitNonlocal(this); }
    }

    /**
     * {@code from m import a, b as c}: the names with their tokens; alias null when absent. star:
     * {@code from m import *}, its names expanded by the parser ({@link StarImports}).
     */
    record ImportFrom(Token token, Token module, List<Token> names, List<String> aliases, boolean star) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImportFrom(this); }
    }

    /** {@code import a, b as c}: module names with their tokens; alias null when absent. */
    record Import(Token token, List<Token> modules, List<String> aliases) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImport(this); }
    }

    /** try/except/else/finally; handlers empty for try/finally, finalBody empty without finally. */
    record Try(Token token, List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> finalBody) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitTry(this); }
    }

    /** {@code except T as name:}; type null for a bare except, name null without {@code as}. */
    /** An except clause; star for PEP 654's except* (every handler of its try is one then). */
    record Handler(Token token, Expr type, String name, List<Stmt> body, boolean star) {
        Handler(Token token, Expr type, String name, List<Stmt> body) {
            this(token, type, name, body, false);
        }
    }

    /** {@code raise}, {@code raise X} or {@code raise X from Y} (exception and cause null when absent). */
    record Raise(Token token, Expr exception, Expr cause) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitRaise(this); }
    }

    record Assert(Token token, Expr test, Expr message) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssert(this); }
    }

    /** {@code with a as x, b:} runs as nested with statements, one per item. */
    record With(Token token, List<WithItem> items, List<Stmt> body) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWith(this); }
    }

    /** One context manager and its optional target. */
    record WithItem(Expr context, Expr target) { }

    /** {@code match subject:} with its case clauses in order. */
    record Match(Token token, Expr subject, List<Case> cases) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitMatch(this); }
    }

    /** {@code case pattern if guard:}; guard null when absent. */
    record Case(Token token, Pattern pattern, Expr guard, List<Stmt> body) { }

    record Unsupported(Token token, String what) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitUnsupported(this); }
    }
}
