package com.studyhall.simulation.syntax;

import java.util.List;

/** Expression nodes. Every node keeps the token that names its position. */
public sealed interface Expr {
    Token token();

    <R> R accept(Visitor<R> v);

    interface Visitor<R> {
        R visitConstant(Constant e);
        R visitFString(FString e);
        R visitName(Name e);
        R visitAttribute(Attribute e);
        R visitSubscript(Subscript e);
        R visitSlice(Slice e);
        R visitCall(Call e);
        R visitBinary(Binary e);
        R visitUnary(Unary e);
        R visitBoolOp(BoolOp e);
        R visitCompare(Compare e);
        R visitListDisplay(ListDisplay e);
        R visitTupleDisplay(TupleDisplay e);
        R visitDictDisplay(DictDisplay e);
        R visitSetDisplay(SetDisplay e);
        R visitListComp(ListComp e);
        R visitIfExp(IfExp e);
        R visitLambda(Lambda e);
        R visitYield(Yield e);
        R visitStarred(Starred e);
        R visitNamedExpr(NamedExpr e);
        R visitUnsupported(Unsupported e);
    }

    /** A literal: BigInteger, Double, String, Boolean, {@link #NONE} or {@link #ELLIPSIS}. */
    record Constant(Token token, Object value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitConstant(this); }
    }

    Object NONE = new Object() {
        @Override public String toString() { return "None"; }
    };

    /** The {@code ...} literal. */
    Object ELLIPSIS = new Object() {
        @Override public String toString() { return "Ellipsis"; }
    };

    /** An f-string: literal parts are Constant strings, the others are formatted. */
    record FString(Token token, List<Expr> parts, List<FormatSpec> specs) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitFString(this); }
    }

    /** Conversion ('r', 's' or 0) and format spec of one replacement field; null for literal parts. */
    /**
     * A field's conversion and format spec. A spec with replacement fields of its own ({@code f"{x:>{w}}"})
     * has its literal {@code pieces} (one more than its fields); the fields are the FString's next parts,
     * each with its own spec, evaluated after the value as CPython's nested FORMAT_VALUEs are.
     * {@code spec} then keeps the spec's source text.
     */
    record FormatSpec(char conversion, String spec, List<String> pieces) {
        public FormatSpec(char conversion, String spec) {
            this(conversion, spec, null);
        }

        /** How many of the FString's following parts are this spec's own fields. */
        public int nestedFields() {
            return pieces == null ? 0 : pieces.size() - 1;
        }
    }

    /**
     * A name. A record of its token and text as far as equality and printing go, it also remembers
     * which slot the last scope it was looked up in gave it ({@link #lastSlot}): a function's names
     * are read at every step, and finding them by their text again each time was about a tenth of
     * a small recursive call.
     */
    final class Name implements Expr {
        private final Token token;
        private final String name;
        /** Written whole (one object), so a generator body on another thread never sees half of it. */
        private Slot lastSlot;

        /** The slot a scope gives this name (-1: global or builtin); scope is the resolver's Scope. */
        public record Slot(Object scope, int slot) { }

        public Name(Token token, String name) {
            this.token = token;
            this.name = name;
        }

        public Token token() { return token; }

        public String name() { return name; }

        public Slot lastSlot() { return lastSlot; }

        public void rememberSlot(Slot slot) { lastSlot = slot; }

        public <R> R accept(Visitor<R> v) { return v.visitName(this); }

        @Override
        public boolean equals(Object o) {
            return o instanceof Name n && java.util.Objects.equals(token, n.token) && java.util.Objects.equals(name, n.name);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(token) + java.util.Objects.hashCode(name);
        }

        @Override
        public String toString() {
            return "Name[token=" + token + ", name=" + name + "]";
        }
    }

    record Attribute(Token token, Expr object, String name) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAttribute(this); }
    }

    /** cache: BINARY_SUBSCR's inline cache (runtime.Specializer). */
    record Subscript(Token token, Expr object, Expr index, InlineCache cache) implements Expr {
        public Subscript(Token token, Expr object, Expr index) {
            this(token, object, index, new InlineCache());
        }

        public <R> R accept(Visitor<R> v) { return v.visitSubscript(this); }
    }

    /** A slice inside a subscript; missing bounds are null. */
    record Slice(Token token, Expr lower, Expr upper, Expr step) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSlice(this); }
    }

    /** {@code name=value} in a call; name null for {@code **value}. */
    record Keyword(Token token, String name, Expr value) { }

    /** {@code *value} among a call's positional arguments. */
    record Starred(Token token, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitStarred(this); }
    }

    /** {@code target := value}: stores the value and is worth it (the walrus operator). */
    record NamedExpr(Token token, Name target, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitNamedExpr(this); }
    }

    /** {@code lambda params: body}, held as a def named {@code <lambda>} whose body returns the expression. */
    record Lambda(Token token, Stmt.FunctionDef def) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLambda(this); }
    }

    /** {@code yield value} (value null for a bare yield) or {@code yield from value}. */
    record Yield(Token token, Expr value, boolean from) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitYield(this); }
    }

    /** cache: PRECALL's inline cache (runtime.Specializer). */
    record Call(Token token, Expr callee, List<Expr> args, List<Keyword> keywords, InlineCache cache) implements Expr {
        public Call(Token token, Expr callee, List<Expr> args, List<Keyword> keywords) {
            this(token, callee, args, keywords, new InlineCache());
        }

        public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    record Binary(Token token, Expr left, TokenType op, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBinary(this); }
    }

    /** Unary minus, plus, or not. */
    record Unary(Token token, TokenType op, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnary(this); }
    }

    /** and / or, with short-circuit. */
    record BoolOp(Token token, TokenType op, Expr left, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBoolOp(this); }
    }

    /** A comparison chain; ops hold IS_NOT and NOT_IN as (IS,NOT) and (NOT,IN) pairs encoded in strings. */
    record Compare(Token token, Expr first, List<String> ops, List<Expr> rest) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCompare(this); }
    }

    record ListDisplay(Token token, List<Expr> elements) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitListDisplay(this); }
    }

    record TupleDisplay(Token token, List<Expr> elements) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitTupleDisplay(this); }
    }

    record DictDisplay(Token token, List<Expr> keys, List<Expr> values) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDictDisplay(this); }
    }

    /**
     * iterated: a for loop or a comprehension iterates it, or it is the right side of a last in /
     * not in, where 3.11's AST optimizer (fold_iter) makes a display of constants a frozenset constant.
     */
    record SetDisplay(Token token, List<Expr> elements, boolean iterated) implements Expr {
        public SetDisplay(Token token, List<Expr> elements) {
            this(token, elements, false);
        }

        public <R> R accept(Visitor<R> v) { return v.visitSetDisplay(this); }
    }

    record Comprehension(Expr target, Expr iter, List<Expr> conditions) { }

    /** What a comprehension builds; each kind is its own function in 3.11 (a generator for GENERATOR). */
    enum CompKind {
        LIST("<listcomp>"), SET("<setcomp>"), DICT("<dictcomp>"), GENERATOR("<genexpr>");

        public final String codeName;

        CompKind(String codeName) {
            this.codeName = codeName;
        }
    }

    /** A list, set, dict comprehension or generator expression; for DICT, element is the key and value the value. */
    record ListComp(Token token, Expr element, List<Comprehension> generators, CompKind kind, Expr value) implements Expr {
        public ListComp(Token token, Expr element, List<Comprehension> generators) {
            this(token, element, generators, CompKind.LIST, null);
        }

        public <R> R accept(Visitor<R> v) { return v.visitListComp(this); }
    }

    record IfExp(Token token, Expr condition, Expr then, Expr otherwise) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIfExp(this); }
    }

    /** A construct the lab refuses; the checker turns it into a diagnostic. */
    record Unsupported(Token token, String what) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnsupported(this); }
    }
}
