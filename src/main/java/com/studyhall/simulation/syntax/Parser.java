package com.studyhall.simulation.syntax;

import static com.studyhall.simulation.syntax.TokenType.*;

import com.studyhall.simulation.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the lab's Python subset. Constructs the lab refuses are still
 * parsed far enough to be skipped, and become Unsupported nodes for the checker to report.
 */
public final class Parser {
    private static final class ParseError extends RuntimeException {
        ParseError() { super(null, null, false, false); }
    }

    private final List<Token> tokens;
    private final List<Diagnostic> diagnostics;
    private int current;
    private int lastErrorLine = -1;
    private int nesting;
    /** Nested expressions past this make CPython 3.11 raise RecursionError while compiling. */
    public static final int MAX_NESTING = 2990;
    public static final String TOO_DEEP = "the program is too deeply nested (CPython: RecursionError: "
            + "maximum recursion depth exceeded during compilation)";

    public Parser(List<Token> tokens, List<Diagnostic> diagnostics) {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    /** A parser for code written inside the class {@code privateClass} (an f-string's field), or at module level (null). */
    Parser(List<Token> tokens, List<Diagnostic> diagnostics, String privateClass) {
        this(tokens, diagnostics);
        this.privateClass = privateClass;
    }

    /** The innermost class statement around the code being parsed (compile.c's u_private), null outside classes. */
    private String privateClass;

    /** _Py_Mangle: a {@code __name} written inside a class, not ending in {@code __}, becomes {@code _Class__name}. */
    private String mangle(String name) {
        return PrivateNames.mangle(privateClass, name);
    }

    public List<Stmt> parse() {
        List<Stmt> statements = new ArrayList<>();
        while (!check(EOF)) {
            if (match(NEWLINE)) continue;
            if (check(INDENT)) {
                error(peek(), "unexpected indent");
                advance();
                continue;
            }
            if (match(DEDENT)) continue;
            statement(statements);
        }
        setupAnnotations(statements, annotationScopes.peek());
        if (diagnostics.isEmpty()) Dataclasses.expand(statements, diagnostics);
        if (diagnostics.isEmpty()) TotalOrdering.expand(statements, diagnostics);
        return statements;
    }

    // ---- statements ----

    private void statement(List<Stmt> out) {
        try {
            switch (peek().type()) {
                case IF -> out.add(ifStatement());
                case WHILE -> out.add(whileStatement());
                case FOR -> out.add(forStatement());
                case DEF -> out.add(functionDef());
                case CLASS -> out.add(classDef());
                case TRY -> out.add(tryStatement());
                case WITH -> out.add(withStatement());
                case ASYNC, EXCEPT, FINALLY -> out.add(unsupportedCompound());
                case AT -> out.add(decorated());
                default -> {
                    if (matchStatementAhead()) {
                        out.add(matchStatement());
                    } else {
                        simpleStatements(out);
                    }
                }
            }
        } catch (ParseError e) {
            synchronize();
        }
    }

    /** Statements one source statement stands for after the one it returned (an annotation's store). */
    private final List<Stmt> pendingStatements = new ArrayList<>();

    private void simpleStatements(List<Stmt> out) {
        out.add(simpleStatement());
        out.addAll(pendingStatements);
        pendingStatements.clear();
        while (match(SEMICOLON)) {
            if (check(NEWLINE) || check(EOF)) break;
            out.add(simpleStatement());
            out.addAll(pendingStatements);
            pendingStatements.clear();
        }
        if (!match(NEWLINE) && !check(EOF)) throw error(peek(), "invalid syntax");
    }

    private Stmt simpleStatement() {
        Token t = peek();
        switch (t.type()) {
            case PASS: advance(); return new Stmt.Pass(t);
            case BREAK: advance(); return new Stmt.Break(t);
            case CONTINUE: advance(); return new Stmt.Continue(t);
            case RETURN: {
                advance();
                Expr value = check(NEWLINE) || check(SEMICOLON) || check(EOF) ? null : expressionList();
                return new Stmt.Return(t, value);
            }
            case DEL: {
                advance();
                List<Expr> targets = new ArrayList<>();
                do {
                    if (check(NEWLINE) || check(SEMICOLON)) break;
                    targets.add(orExpr());
                } while (match(COMMA));
                if (targets.isEmpty()) throw error(peek(), "invalid syntax");
                return new Stmt.Del(t, targets);
            }
            case GLOBAL: {
                advance();
                List<String> names = new ArrayList<>();
                do {
                    names.add(mangle(consume(NAME, "expected a name after 'global'").lexeme()));
                } while (match(COMMA));
                return new Stmt.Global(t, names);
            }
            case IMPORT: return importStatement();
            case FROM: return importFrom();
            case RAISE: {
                advance();
                if (check(NEWLINE) || check(SEMICOLON) || check(EOF)) return new Stmt.Raise(t, null, null);
                Expr exc = expression();
                Expr cause = match(FROM) ? expression() : null;
                return new Stmt.Raise(t, exc, cause);
            }
            case ASSERT: {
                advance();
                Expr test = expression();
                Expr message = match(COMMA) ? expression() : null;
                return new Stmt.Assert(t, test, message);
            }
            case NONLOCAL: {
                advance();
                List<String> names = new ArrayList<>();
                do {
                    names.add(mangle(consume(NAME, "expected a name after 'nonlocal'").lexeme()));
                } while (match(COMMA));
                return new Stmt.Nonlocal(t, names);
            }
            default: return expressionStatement();
        }
    }

    private Stmt importStatement() {
        Token t = advance();
        List<Token> modules = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        do {
            Token name = consume(NAME, "expected a module name after 'import'");
            while (match(DOT)) {
                Token part = consume(NAME, "expected a module name");
                name = new Token(NAME, name.lexeme() + "." + part.lexeme(), null, name.line(), name.column());
            }
            modules.add(name);
            aliases.add(match(AS) ? mangle(consume(NAME, "expected a name after 'as'").lexeme()) : null);
        } while (match(COMMA));
        return new Stmt.Import(t, modules, aliases);
    }

    /**
     * {@code from m import a, b as c} (also in parentheses); {@code from m import *} becomes the
     * names CPython binds for m ({@link StarImports}), each at the star's position. Relative
     * imports are refused.
     */
    private Stmt importFrom() {
        Token t = advance();
        if (check(DOT)) return skipLine(t, "relative imports");
        Token module = consume(NAME, "expected a module name after 'from'");
        while (match(DOT)) {
            Token part = consume(NAME, "expected a module name");
            module = new Token(NAME, module.lexeme() + "." + part.lexeme(), null, module.line(), module.column());
        }
        consume(IMPORT, "expected 'import'");
        if (check(STAR)) {
            Token star = advance();
            List<Token> names = new ArrayList<>();
            List<String> aliases = new ArrayList<>();
            for (String n : StarImports.names(module.lexeme())) {
                names.add(new Token(NAME, n, null, star.line(), star.column()));
                aliases.add(null);
            }
            return new Stmt.ImportFrom(t, module, names, aliases, true);
        }
        boolean parens = match(LEFT_PAREN);
        List<Token> names = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        do {
            if (parens && check(RIGHT_PAREN)) break;
            names.add(consume(NAME, "expected a name to import"));
            aliases.add(match(AS) ? mangle(consume(NAME, "expected a name after 'as'").lexeme()) : null);
        } while (match(COMMA));
        if (parens) consume(RIGHT_PAREN, "expected ')'");
        if (names.isEmpty()) throw error(peek(), "invalid syntax");
        return new Stmt.ImportFrom(t, module, names, aliases, false);
    }

    private Stmt expressionStatement() {
        Token start = peek();
        Expr first = starExpressions();
        unparenthesizedWalrus(start, first);
        if (check(EQUAL)) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = null;
            while (match(EQUAL)) {
                Token at = peek();
                Expr next = starExpressions();
                unparenthesizedWalrus(at, next);
                if (check(EQUAL)) targets.add(next);
                else value = next;
            }
            for (Expr target : targets) checkTarget(target);
            return new Stmt.Assign(start, targets, value);
        }
        if (check(PLUS_EQUAL) || check(MINUS_EQUAL) || check(STAR_EQUAL) || check(SLASH_EQUAL)
                || check(DOUBLE_SLASH_EQUAL) || check(PERCENT_EQUAL)) {
            Token op = advance();
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error(op, "'" + describe(first) + "' is an illegal expression for augmented assignment");
            }
            Expr value = expressionList();
            TokenType bin = switch (op.type()) {
                case PLUS_EQUAL -> PLUS;
                case MINUS_EQUAL -> MINUS;
                case STAR_EQUAL -> STAR;
                case SLASH_EQUAL -> SLASH;
                case DOUBLE_SLASH_EQUAL -> DOUBLE_SLASH;
                default -> PERCENT;
            };
            return new Stmt.AugAssign(op, first, bin, value);
        }
        if (check(OTHER_AUG_EQUAL)) {
            Token op = advance();
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error(op, "'" + describe(first) + "' is an illegal expression for augmented assignment");
            }
            Expr value = expressionList();
            TokenType bin = switch (op.lexeme()) {
                case "|=" -> PIPE;
                case "&=" -> AMPER;
                case "^=" -> CARET;
                case "<<=" -> SHIFT_LEFT;
                case ">>=" -> SHIFT_RIGHT;
                case "**=" -> DOUBLE_STAR;
                default -> AT; // @=
            };
            return new Stmt.AugAssign(op, first, bin, value);
        }
        if (check(COLON)) return annotatedAssignment(start, first, pendingStatements);
        return new Stmt.Expression(start, first);
    }

    /** CPython's grammar takes `x := v` as a whole statement or assigned value only in parentheses. */
    private void unparenthesizedWalrus(Token start, Expr e) {
        if (e instanceof Expr.NamedExpr && start.type() != LEFT_PAREN) throw error(e.token(), "invalid syntax");
    }

    private void checkTarget(Expr target) {
        if (target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript
                || target instanceof Expr.Unsupported) {
            return;
        }
        if (target instanceof Expr.TupleDisplay || target instanceof Expr.ListDisplay) {
            List<Expr> elements = target instanceof Expr.TupleDisplay t ? t.elements() : ((Expr.ListDisplay) target).elements();
            boolean starred = false;
            for (Expr e : elements) {
                if (e instanceof Expr.Starred st) {
                    if (starred) throw error(st.token(), "multiple starred expressions in assignment");
                    starred = true;
                    checkTarget(st.value());
                } else {
                    checkTarget(e);
                }
            }
            return;
        }
        if (target instanceof Expr.Starred st) throw error(st.token(), "starred assignment target must be in a list or tuple");
        throw error(target.token(), "cannot assign to " + describe(target));
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.Constant c) return c.value() == Expr.NONE || c.value() instanceof Boolean ? c.token().lexeme() : "literal";
        if (e instanceof Expr.Binary || e instanceof Expr.Unary) return "expression";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.TupleDisplay) return "tuple";
        if (e instanceof Expr.NamedExpr) return "named expression";
        return "expression";
    }

    private Stmt ifStatement() {
        Token t = advance();
        Expr cond = namedExpression();
        List<Stmt> body = block();
        List<Stmt> orElse = new ArrayList<>();
        if (check(ELIF)) {
            orElse.add(ifStatement());
        } else if (match(ELSE)) {
            orElse = block();
        }
        return new Stmt.If(t, cond, body, orElse);
    }

    private Stmt whileStatement() {
        Token t = advance();
        Expr cond = namedExpression();
        List<Stmt> body = block();
        List<Stmt> orElse = match(ELSE) ? block() : List.of();
        return new Stmt.While(t, cond, body, orElse);
    }

    private Stmt forStatement() {
        Token t = advance();
        Expr target = targetList();
        checkTarget(target);
        consume(IN, "expected 'in'");
        Expr iterable = foldedIterable(starExpressions());
        List<Stmt> body = block();
        List<Stmt> orElse = match(ELSE) ? block() : List.of();
        return new Stmt.For(t, target, iterable, body, orElse);
    }

    private Expr targetList() {
        Token start = peek();
        Expr first = starTarget();
        if (!check(COMMA)) return first;
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (match(COMMA)) {
            if (check(IN)) break;
            items.add(starTarget());
        }
        return new Expr.TupleDisplay(start, items);
    }

    private Expr starTarget() {
        if (check(STAR)) {
            Token star = advance();
            return new Expr.Starred(star, bitOr());
        }
        return bitOr();
    }

    private Stmt functionDef() {
        Token t = advance();
        Token name = consume(NAME, "expected a function name after 'def'");
        consume(LEFT_PAREN, "expected '('");
        Signature sig = parameters(RIGHT_PAREN, true);
        consume(RIGHT_PAREN, "expected ')'");
        if (match(ARROW)) sig.annotations.put("return", expression());
        annotationScopes.push(new boolean[] {true, false});
        List<Stmt> body;
        try {
            body = block();
        } finally {
            annotationScopes.pop();
        }
        if (sig.unsupported != null) return new Stmt.Unsupported(sig.unsupported, sig.what);
        return new Stmt.FunctionDef(t, name.lexeme(), sig.params, sig.varargs, sig.kwonly, sig.varkw, body,
                sig.posonly, sig.annotationsInCPythonOrder(), mangle(name.lexeme()));
    }

    /**
     * Per module, class or function body being parsed: {is a function, has an annotated name}. A
     * module or class body with `name: annotation` starts with SETUP_ANNOTATIONS.
     */
    private final java.util.ArrayDeque<boolean[]> annotationScopes = new java.util.ArrayDeque<>(List.of(new boolean[] {false, false}));

    /** SETUP_ANNOTATIONS: __annotations__ = {} at the start of a module or class body that annotates a name. */
    private static void setupAnnotations(List<Stmt> body, boolean[] scope) {
        if (!scope[1] || body.isEmpty()) return;
        Token t = body.get(0).token();
        body.add(0, new Stmt.Assign(t, List.of(new Expr.Name(t, "__annotations__")),
                new Expr.DictDisplay(t, List.of(), List.of())));
    }

    /**
     * `target: annotation [= value]` (compiler_annassign): the assignment first; then, for a plain
     * name in a module or class body, the annotation is evaluated and stored in __annotations__;
     * other targets there only evaluate it; in a function nothing is evaluated.
     */
    private Stmt annotatedAssignment(Token start, Expr target, List<Stmt> after) {
        Token colon = advance();
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw error(colon, "only single target (not " + (target instanceof Expr.TupleDisplay ? "tuple" : "list")
                    + ") can be annotated");
        }
        Expr annotation = expression();
        Expr value = match(EQUAL) ? starExpressions() : null;
        boolean[] scope = annotationScopes.peek();
        if (!scope[0]) {
            if (target instanceof Expr.Name n) {
                scope[1] = true;
                after.add(new Stmt.Assign(colon, List.of(new Expr.Subscript(colon, new Expr.Name(colon, "__annotations__"),
                        new Expr.Constant(colon, n.name()))), annotation));
            } else {
                after.add(new Stmt.Expression(colon, annotation));
            }
        }
        if (value != null) return new Stmt.Assign(start, List.of(target), value);
        if (!after.isEmpty()) return after.remove(0);
        if (scope[0] && target instanceof Expr.Name n) return new Stmt.LocalAnnotation(start, n.name());
        return new Stmt.Pass(start);
    }

    /** A parameter list being parsed; the first refused construct in it, if any. */
    private static final class Signature {
        final List<Stmt.Param> params = new ArrayList<>();
        final List<Stmt.Param> kwonly = new ArrayList<>();
        String varargs;
        String varkw;
        Token unsupported;
        String what;
        /** How many of params come before '/'. */
        int posonly;
        /** Annotations by parameter name, in source order (and "return"). */
        final java.util.LinkedHashMap<String, Expr> annotations = new java.util.LinkedHashMap<>();

        /** compiler_visit_annotations' order: args, then positional-only args, *args, keyword-only, **kwargs, return. */
        List<Stmt.Annotation> annotationsInCPythonOrder() {
            List<String> order = new ArrayList<>();
            for (Stmt.Param p : params.subList(posonly, params.size())) order.add(p.name());
            for (Stmt.Param p : params.subList(0, posonly)) order.add(p.name());
            if (varargs != null) order.add(varargs);
            for (Stmt.Param p : kwonly) order.add(p.name());
            if (varkw != null) order.add(varkw);
            order.add("return");
            List<Stmt.Annotation> out = new ArrayList<>();
            for (String n : order) if (annotations.containsKey(n)) out.add(new Stmt.Annotation(n, annotations.get(n)));
            return out;
        }
    }

    /** Parameters up to {@code end} (')' for def, ':' for lambda), with CPython's syntax errors. */
    private Signature parameters(TokenType end, boolean annotations) {
        Signature sig = new Signature();
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean seenDefault = false;
        boolean seenStar = false;
        while (!check(end)) {
            if (sig.varkw != null) throw error(peek(), "arguments cannot follow var-keyword argument");
            if (check(SLASH)) {
                Token slash = advance();
                if (seenStar || sig.posonly > 0) throw error(slash, "/ may appear only once");
                if (sig.params.isEmpty()) throw error(slash, "at least one argument must precede /");
                sig.posonly = sig.params.size();
            } else if (check(STAR) || check(DOUBLE_STAR)) {
                Token star = advance();
                boolean doubleStar = star.type() == DOUBLE_STAR;
                if (!doubleStar && seenStar) throw error(star, "* argument may appear only once");
                if (!doubleStar && !check(NAME)) {
                    if (check(end) || (check(COMMA) && (peekNext().type() == end))) {
                        throw error(star, "named arguments must follow bare *");
                    }
                    seenStar = true;
                } else {
                    Token p = consume(NAME, "expected a parameter name");
                    annotation(sig, p, annotations);
                    duplicate(seen, p);
                    if (doubleStar) sig.varkw = mangle(p.lexeme());
                    else {
                        sig.varargs = mangle(p.lexeme());
                        seenStar = true;
                    }
                }
            } else {
                Token p = consume(NAME, "expected a parameter name");
                annotation(sig, p, annotations);
                Expr def = null;
                if (match(EQUAL)) {
                    def = expression();
                    if (!seenStar) seenDefault = true;
                } else if (seenDefault && !seenStar) {
                    throw error(p, "non-default argument follows default argument");
                }
                duplicate(seen, p);
                (seenStar ? sig.kwonly : sig.params).add(new Stmt.Param(p, mangle(p.lexeme()), def));
            }
            if (!match(COMMA)) break;
        }
        if (seenStar && sig.varargs == null && sig.kwonly.isEmpty()) throw error(peek(), "named arguments must follow bare *");
        return sig;
    }

    private void annotation(Signature sig, Token p, boolean allowed) {
        if (allowed && match(COLON)) sig.annotations.put(mangle(p.lexeme()), expression());
    }

    private void duplicate(java.util.Set<String> seen, Token p) {
        if (!seen.add(p.lexeme())) throw error(p, "duplicate argument '" + p.lexeme() + "' in function definition");
    }

    private Stmt classDef() {
        Token t = advance();
        Token name = consume(NAME, "expected a class name after 'class'");
        List<Expr> bases = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (match(LEFT_PAREN)) {
            while (!check(RIGHT_PAREN)) {
                if (check(NAME) && peekNext().type() == EQUAL) {
                    Token kw = advance();
                    advance();
                    keywords.add(new Expr.Keyword(kw, kw.lexeme(), expression()));
                } else if (!keywords.isEmpty()) {
                    throw error(peek(), "positional argument follows keyword argument");
                } else {
                    bases.add(expression());
                }
                if (!match(COMMA)) break;
            }
            consume(RIGHT_PAREN, "expected ')'");
        }
        boolean[] scope = {false, false};
        annotationScopes.push(scope);
        String binding = mangle(name.lexeme());
        String outerClass = privateClass;
        privateClass = name.lexeme();
        List<Stmt> body;
        try {
            body = new ArrayList<>(block());
        } finally {
            annotationScopes.pop();
            privateClass = outerClass;
        }
        setupAnnotations(body, scope);
        return new Stmt.ClassDef(t, name.lexeme(), bases, body, keywords, binding);
    }

    /** ':' then either an indented block or simple statements on the same line. */
    private List<Stmt> block() {
        consume(COLON, "expected ':'");
        List<Stmt> body = new ArrayList<>();
        if (match(NEWLINE)) {
            if (!check(INDENT)) throw error(peek(), "expected an indented block");
            advance();
            while (!check(DEDENT) && !check(EOF)) {
                if (match(NEWLINE)) continue;
                if (check(INDENT)) {
                    error(peek(), "unexpected indent");
                    advance();
                    continue;
                }
                statement(body);
            }
            match(DEDENT);
        } else {
            simpleStatements(body);
        }
        return body;
    }

    /** try: ... except T as e: ... else: ... finally: ... with CPython's syntax errors for a malformed one. */
    private Stmt tryStatement() {
        Token t = advance();
        List<Stmt> body = block();
        List<Stmt.Handler> handlers = new ArrayList<>();
        while (check(EXCEPT)) {
            Token h = advance();
            boolean star = match(STAR);
            if (!handlers.isEmpty() && handlers.get(0).star() != star) {
                throw error(h, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            if (star && check(COLON)) throw error(peek(), "expected one or more exception types");
            Expr type = null;
            String name = null;
            if (!check(COLON)) {
                type = expression();
                if (match(COMMA)) throw error(previous(), "multiple exception types must be parenthesized");
                if (match(AS)) name = mangle(consume(NAME, "invalid syntax").lexeme());
            }
            if (type == null && !handlers.isEmpty() && handlers.get(handlers.size() - 1).type() == null) {
                throw error(h, "default 'except:' must be last");
            }
            List<Stmt> handlerBody = block();
            if (star) refuseJumpsOut(handlerBody, false);
            handlers.add(new Stmt.Handler(h, type, name, handlerBody, star));
        }
        for (int i = 0; i + 1 < handlers.size(); i++) {
            if (handlers.get(i).type() == null) throw error(handlers.get(i).token(), "default 'except:' must be last");
        }
        List<Stmt> orElse = List.of();
        if (check(ELSE)) {
            if (handlers.isEmpty()) throw error(peek(), "expected 'except' or 'finally' block");
            advance();
            orElse = block();
        }
        List<Stmt> finalBody = List.of();
        if (match(FINALLY)) finalBody = block();
        if (handlers.isEmpty() && finalBody.isEmpty()) throw error(peek(), "expected 'except' or 'finally' block");
        return new Stmt.Try(t, body, handlers, orElse, finalBody);
    }

    /**
     * The compiler's SyntaxError for a break, continue or return that would leave an except* block
     * (a loop inside the block may break and continue; a def or class inside is not searched).
     */
    private void refuseJumpsOut(List<Stmt> body, boolean inLoop) {
        for (Stmt st : body) {
            boolean jump = st instanceof Stmt.Return || !inLoop && (st instanceof Stmt.Break || st instanceof Stmt.Continue);
            if (jump) throw error(st.token(), "'break', 'continue' and 'return' cannot appear in an except* block");
            if (st instanceof Stmt.If i) {
                refuseJumpsOut(i.body(), inLoop);
                refuseJumpsOut(i.orElse(), inLoop);
            } else if (st instanceof Stmt.While w) {
                refuseJumpsOut(w.body(), true);
                refuseJumpsOut(w.orElse(), inLoop);
            } else if (st instanceof Stmt.For f) {
                refuseJumpsOut(f.body(), true);
                refuseJumpsOut(f.orElse(), inLoop);
            } else if (st instanceof Stmt.Try t) {
                refuseJumpsOut(t.body(), inLoop);
                for (Stmt.Handler h : t.handlers()) refuseJumpsOut(h.body(), inLoop);
                refuseJumpsOut(t.orElse(), inLoop);
                refuseJumpsOut(t.finalBody(), inLoop);
            } else if (st instanceof Stmt.With w) {
                refuseJumpsOut(w.body(), inLoop);
            } else if (st instanceof Stmt.Match m) {
                for (Stmt.Case c : m.cases()) refuseJumpsOut(c.body(), inLoop);
            }
        }
    }

    /** with a as x, b as y: ... (the parenthesized form of 3.10 too, when it is not a tuple). */
    private Stmt withStatement() {
        Token t = advance();
        List<Stmt.WithItem> items = new ArrayList<>();
        do {
            Expr context = expression();
            Expr target = null;
            if (match(AS)) {
                target = bitOr();
                checkTarget(target);
            }
            items.add(new Stmt.WithItem(context, target));
        } while (match(COMMA));
        return new Stmt.With(t, items, block());
    }

    /** A refused compound statement: skip its header and its block (and its except/else clauses). */
    /**
     * `match subject:` followed by an indented `case`: a statement CPython 3.11 accepts (match is a
     * soft keyword, so `match = 5` stays a plain assignment) that the lab does not model.
     */
    private boolean matchStatementAhead() {
        if (!check(NAME) || !peek().lexeme().equals("match")) return false;
        int i = current + 1;
        while (i < tokens.size() && tokens.get(i).type() != NEWLINE && tokens.get(i).type() != EOF) i++;
        if (i + 2 >= tokens.size() || tokens.get(i - 1).type() != COLON) return false;
        Token next = tokens.get(i + 1);
        Token first = tokens.get(i + 2);
        return next.type() == INDENT && first.type() == NAME && first.lexeme().equals("case");
    }

    // ---- match (PEP 634) ----

    /** {@code match subject:} and its indented {@code case} clauses; CPython's compile-time checks follow. */
    private Stmt matchStatement() {
        Token t = advance();
        Expr subject = starExpressions();
        consume(COLON, "expected ':'");
        consume(NEWLINE, "invalid syntax");
        consume(INDENT, "expected an indented block");
        List<Stmt.Case> cases = new ArrayList<>();
        while (!check(DEDENT) && !check(EOF)) {
            if (match(NEWLINE)) continue;
            Token c = peek();
            if (!check(NAME) || !c.lexeme().equals("case")) throw error(c, "invalid syntax");
            advance();
            Pattern p = openSequencePattern();
            Expr guard = match(IF) ? namedExpression() : null;
            cases.add(new Stmt.Case(c, p, guard, block()));
        }
        match(DEDENT);
        Stmt.Match m = new Stmt.Match(t, subject, cases);
        new PatternRules(diagnostics).check(m);
        return m;
    }

    /** A case's patterns: a bare comma makes a sequence pattern ({@code case a, *rest:}). */
    private Pattern openSequencePattern() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!check(COMMA)) {
            if (first instanceof Pattern.Star) throw error(start, "invalid syntax");
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (match(COMMA)) {
            if (check(IF) || check(COLON)) break;
            items.add(maybeStarPattern());
        }
        return new Pattern.Sequence(start, items);
    }

    private Pattern maybeStarPattern() {
        if (!check(STAR)) return pattern();
        Token star = advance();
        Token name = consume(NAME, "invalid syntax");
        return new Pattern.Star(star, name.lexeme().equals("_") ? null : mangle(name.lexeme()));
    }

    /** {@code or_pattern ['as' name]}. */
    private Pattern pattern() {
        Token start = peek();
        deeper(start);
        try {
            Pattern p = orPattern();
            if (!check(AS)) return p;
            advance();
            Token name = consume(NAME, "invalid pattern target");
            if (name.lexeme().equals("_")) throw error(name, "cannot use '_' as a target");
            return new Pattern.As(start, p, mangle(name.lexeme()));
        } finally {
            nesting--;
        }
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!check(PIPE)) return first;
        List<Pattern> alternatives = new ArrayList<>();
        alternatives.add(first);
        while (match(PIPE)) alternatives.add(closedPattern());
        return new Pattern.Or(start, alternatives);
    }

    private Pattern closedPattern() {
        Token t = peek();
        switch (t.type()) {
            case NONE: case TRUE: case FALSE: {
                Pattern.Singleton p = new Pattern.Singleton(t, (Expr.Constant) atom());
                if (check(DOT) || check(LEFT_PAREN)) throw error(t, "invalid syntax");
                return p;
            }
            case INT: case FLOAT: case MINUS: case STRING: case FSTRING:
                return new Pattern.Value(t, literalExpr());
            case LEFT_BRACKET: {
                advance();
                List<Pattern> items = sequenceItems(RIGHT_BRACKET);
                consume(RIGHT_BRACKET, "invalid syntax");
                return new Pattern.Sequence(t, items);
            }
            case LEFT_PAREN: {
                advance();
                if (match(RIGHT_PAREN)) return new Pattern.Sequence(t, List.of());
                Pattern first = maybeStarPattern();
                if (match(RIGHT_PAREN)) {
                    if (first instanceof Pattern.Star) throw error(first.token(), "invalid syntax");
                    return first;
                }
                consume(COMMA, "invalid syntax");
                List<Pattern> items = new ArrayList<>();
                items.add(first);
                items.addAll(sequenceItems(RIGHT_PAREN));
                consume(RIGHT_PAREN, "invalid syntax");
                return new Pattern.Sequence(t, items);
            }
            case LEFT_BRACE:
                return mappingPattern();
            case NAME: {
                Expr target = nameOrAttribute();
                if (check(LEFT_PAREN)) return classPattern(t, target);
                if (target instanceof Expr.Attribute) return new Pattern.Value(t, target);
                String name = ((Expr.Name) target).name();
                if (name.equals("__debug__")) throw error(t, "cannot assign to __debug__");
                return new Pattern.As(t, null, name.equals("_") ? null : name);
            }
            default:
                throw error(t, "invalid syntax");
        }
    }

    /** Comma-separated items up to the closing bracket (a trailing comma allowed). */
    private List<Pattern> sequenceItems(TokenType close) {
        List<Pattern> items = new ArrayList<>();
        while (!check(close)) {
            items.add(maybeStarPattern());
            if (!match(COMMA)) break;
        }
        return items;
    }

    /** A pattern's real number followed by {@code + 2j} or {@code - 2j}: a complex literal (real first, imaginary second). */
    private Expr complexLiteral(Expr real, boolean imaginary) {
        if (!check(PLUS) && !check(MINUS)) return real;
        if (imaginary) throw error(peek(), "real number required in complex literal");
        Token op = advance();
        if (!check(FLOAT) || !(peek().literal() instanceof Imaginary)) throw error(peek(), "imaginary number required in complex literal");
        return new Expr.Binary(op, real, op.type(), atom());
    }

    /** A number (with an optional minus), a string or bytes literal; f-strings are refused as CPython does. */
    private Expr literalExpr() {
        Token t = peek();
        if (check(MINUS)) {
            advance();
            if (!check(INT) && !check(FLOAT)) throw error(peek(), "invalid syntax");
            boolean imaginary = peek().literal() instanceof Imaginary;
            return complexLiteral(new Expr.Unary(t, MINUS, atom()), imaginary);
        }
        if (check(INT) || check(FLOAT)) {
            boolean imaginary = peek().literal() instanceof Imaginary;
            return complexLiteral(atom(), imaginary);
        }
        if (check(NONE) || check(TRUE) || check(FALSE)) return atom();
        if (check(STRING) || check(FSTRING)) {
            Expr e = strings();
            if (e instanceof Expr.FString) throw error(t, "patterns may only match literals and attribute lookups");
            return e;
        }
        if (check(NAME)) {
            Expr e = nameOrAttribute();
            if (e instanceof Expr.Attribute) return e;
        }
        throw error(t, "invalid syntax");
    }

    private Expr nameOrAttribute() {
        Token t = consume(NAME, "invalid syntax");
        Expr e = new Expr.Name(t, mangle(t.lexeme()));
        while (check(DOT)) {
            advance();
            Token name = consume(NAME, "invalid syntax");
            e = new Expr.Attribute(name, e, mangle(name.lexeme()));
        }
        return e;
    }

    private Pattern mappingPattern() {
        Token t = advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!check(RIGHT_BRACE)) {
            if (check(DOUBLE_STAR)) {
                advance();
                Token name = consume(NAME, "invalid syntax");
                if (name.lexeme().equals("_")) throw error(name, "invalid syntax");
                rest = mangle(name.lexeme());
                match(COMMA);
                break;
            }
            keys.add(literalExpr());
            consume(COLON, "invalid syntax");
            values.add(pattern());
            if (!match(COMMA)) break;
        }
        consume(RIGHT_BRACE, "invalid syntax");
        return new Pattern.Mapping(t, keys, values, rest);
    }

    private Pattern classPattern(Token t, Expr cls) {
        advance();
        List<Pattern> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Token> nameTokens = new ArrayList<>();
        List<Pattern> keywordPatterns = new ArrayList<>();
        while (!check(RIGHT_PAREN)) {
            if (check(NAME) && peekNext().type() == EQUAL) {
                Token name = advance();
                advance();
                if (name.lexeme().equals("__debug__")) throw error(name, "cannot assign to __debug__");
                names.add(name.lexeme());
                nameTokens.add(name);
                keywordPatterns.add(pattern());
            } else {
                Token at = peek();
                Pattern p = pattern();
                if (!names.isEmpty()) throw error(at, "positional patterns follow keyword patterns");
                positional.add(p);
            }
            if (!match(COMMA)) break;
        }
        consume(RIGHT_PAREN, "invalid syntax");
        return new Pattern.ClassPattern(t, cls, positional, names, nameTokens, keywordPatterns);
    }

    private Stmt unsupportedCompound() {
        Token t = peek();
        String what = switch (t.type()) {
            case TRY, EXCEPT, FINALLY -> "try/except";
            case WITH -> "with";
            default -> "async";
        };
        skipHeaderAndBlock();
        while (check(EXCEPT) || check(FINALLY) || (check(ELSE) && t.type() == TRY)) skipHeaderAndBlock();
        return new Stmt.Unsupported(t, what);
    }

    private void skipHeaderAndBlock() {
        int depth = 0;
        while (!check(EOF)) {
            Token tok = advance();
            if (tok.type() == NEWLINE) {
                if (check(INDENT)) {
                    advance();
                    depth = 1;
                    while (depth > 0 && !check(EOF)) {
                        Token inner = advance();
                        if (inner.type() == INDENT) depth++;
                        if (inner.type() == DEDENT) depth--;
                    }
                }
                return;
            }
        }
    }

    /** {@code @d1 @d2 def f(): ...}: decorators apply bottom-up to the function or class. */
    private Stmt decorated() {
        Token at = peek();
        List<Expr> decorators = new ArrayList<>();
        while (match(AT)) {
            decorators.add(namedExpression());
            if (!match(NEWLINE)) throw error(peek(), "invalid syntax");
        }
        if (check(DEF)) return new Stmt.Decorated(at, decorators, functionDef());
        if (check(CLASS)) return new Stmt.Decorated(at, decorators, classDef());
        throw error(peek(), "invalid syntax");
    }

    private Stmt skipLine(Token t, String what) {
        while (!check(NEWLINE) && !check(SEMICOLON) && !check(EOF)) advance();
        return new Stmt.Unsupported(t, what);
    }

    private void skipToLineEnd() {
        while (!check(NEWLINE) && !check(EOF)) advance();
        match(NEWLINE);
    }

    // ---- expressions ----

    /** Comma-separated expressions; a bare comma makes a tuple. */
    private Expr starExpressions() {
        Token start = peek();
        Expr first = starOrExpression();
        if (!check(COMMA)) return first;
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (match(COMMA)) {
            if (!startsExpression()) break;
            items.add(starOrExpression());
        }
        return new Expr.TupleDisplay(start, items);
    }

    private Expr expressionList() {
        return starExpressions();
    }

    private Expr starOrExpression() {
        if (check(STAR)) {
            Token star = advance();
            // A starred assignment target (a, *rest = ...); the checker refuses it anywhere else.
            return new Expr.Starred(star, orExpr());
        }
        return namedExpression();
    }

    private boolean startsExpression() {
        return switch (peek().type()) {
            case NAME, INT, FLOAT, STRING, FSTRING, LEFT_PAREN, LEFT_BRACKET, LEFT_BRACE, MINUS, PLUS, TILDE, NOT,
                 TRUE, FALSE, NONE, ELLIPSIS, LAMBDA, STAR, AWAIT, YIELD -> true;
            default -> false;
        };
    }

    private Expr namedExpression() {
        if (check(NAME) && peekNext().type() == WALRUS) {
            Token name = advance();
            advance();
            return new Expr.NamedExpr(name, new Expr.Name(name, mangle(name.lexeme())), expression());
        }
        return expression();
    }

    private Expr expression() {
        deeper(peek());
        try {
            return unguardedExpression();
        } finally {
            nesting--;
        }
    }

    private Expr unguardedExpression() {
        if (check(LAMBDA)) return lambda();
        if (check(YIELD)) {
            Token t = advance();
            if (match(FROM)) return new Expr.Yield(t, expression(), true);
            return new Expr.Yield(t, startsExpression() ? starExpressions() : null, false);
        }
        Expr e = orExpr();
        if (check(IF)) {
            Token t = advance();
            Expr cond = orExpr();
            consume(ELSE, "expected 'else' after 'if' expression");
            Expr otherwise = expression();
            return new Expr.IfExp(t, cond, e, otherwise);
        }
        return e;
    }

    private Expr lambda() {
        Token t = advance();
        Signature sig = parameters(COLON, false);
        consume(COLON, "expected ':'");
        Expr body = expression();
        if (sig.unsupported != null) return new Expr.Unsupported(sig.unsupported, sig.what);
        Stmt.FunctionDef def = new Stmt.FunctionDef(t, "<lambda>", sig.params, sig.varargs, sig.kwonly, sig.varkw,
                List.of(new Stmt.Return(body.token(), body)), sig.posonly, List.of());
        return new Expr.Lambda(t, def);
    }

    private Expr orExpr() {
        Expr e = andExpr();
        while (check(OR)) {
            Token t = advance();
            e = new Expr.BoolOp(t, OR, e, andExpr());
        }
        return e;
    }

    private Expr andExpr() {
        Expr e = notExpr();
        while (check(AND)) {
            Token t = advance();
            e = new Expr.BoolOp(t, AND, e, notExpr());
        }
        return e;
    }

    private Expr notExpr() {
        if (check(NOT)) {
            Token t = advance();
            deeper(t);
            try {
                return new Expr.Unary(t, NOT, notExpr());
            } finally {
                nesting--;
            }
        }
        return comparison();
    }

    private Expr comparison() {
        Expr first = bitOr();
        List<String> ops = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        Token opToken = null;
        while (true) {
            String op = null;
            Token t = peek();
            switch (t.type()) {
                case EQUAL_EQUAL -> op = "==";
                case BANG_EQUAL -> op = "!=";
                case LESS -> op = "<";
                case LESS_EQUAL -> op = "<=";
                case GREATER -> op = ">";
                case GREATER_EQUAL -> op = ">=";
                case IN -> op = "in";
                case IS -> op = peekNext().type() == NOT ? "is not" : "is";
                case NOT -> op = peekNext().type() == IN ? "not in" : null;
                default -> { }
            }
            if (op == null) break;
            advance();
            if (op.equals("is not") || op.equals("not in")) advance();
            if (opToken == null) opToken = t;
            ops.add(op);
            rest.add(bitOr());
        }
        if (ops.isEmpty()) return first;
        String last = ops.get(ops.size() - 1);
        if (last.equals("in") || last.equals("not in")) rest.set(rest.size() - 1, foldedIterable(rest.get(rest.size() - 1)));
        return new Expr.Compare(opToken, first, ops, rest);
    }

    /**
     * 3.11's AST optimizer (fold_iter): a list display that a for loop or a comprehension iterates, or
     * that is the right side of a last in / not in, is compiled as a tuple (a constant one when its
     * items are constants), so no list is made: {@code for x in [1, 2]} allocates nothing. A set
     * display of constants there is a frozenset constant (the runtime tells constants apart).
     */
    private static Expr foldedIterable(Expr e) {
        if (e instanceof Expr.SetDisplay s) return new Expr.SetDisplay(s.token(), s.elements(), true);
        if (!(e instanceof Expr.ListDisplay l)) return e;
        for (Expr x : l.elements()) if (x instanceof Expr.Starred) return e;
        return new Expr.TupleDisplay(l.token(), l.elements());
    }

    private Expr bitOr() {
        Expr e = bitXor();
        while (check(PIPE)) {
            Token t = advance();
            e = new Expr.Binary(t, e, PIPE, bitXor());
        }
        return e;
    }

    private Expr bitXor() {
        Expr e = bitAnd();
        while (check(CARET)) {
            Token t = advance();
            e = new Expr.Binary(t, e, CARET, bitAnd());
        }
        return e;
    }

    private Expr bitAnd() {
        Expr e = shift();
        while (check(AMPER)) {
            Token t = advance();
            e = new Expr.Binary(t, e, AMPER, shift());
        }
        return e;
    }

    private Expr shift() {
        Expr e = arith();
        while (check(SHIFT_LEFT) || check(SHIFT_RIGHT)) {
            Token t = advance();
            e = new Expr.Binary(t, e, t.type(), arith());
        }
        return e;
    }

    private Expr arith() {
        Expr e = term();
        while (check(PLUS) || check(MINUS)) {
            Token t = advance();
            e = new Expr.Binary(t, e, t.type(), term());
        }
        return e;
    }

    private Expr term() {
        Expr e = factor();
        while (check(STAR) || check(SLASH) || check(DOUBLE_SLASH) || check(PERCENT) || check(AT)) {
            Token t = advance();
            Expr right = factor();
            e = new Expr.Binary(t, e, t.type(), right);
        }
        return e;
    }

    private Expr factor() {
        if (check(MINUS) || check(PLUS) || check(TILDE)) {
            Token t = advance();
            deeper(t);
            try {
                return new Expr.Unary(t, t.type(), factor());
            } finally {
                nesting--;
            }
        }
        return power();
    }

    /**
     * CPython's compiler stops at about 3000 nested nodes ("maximum recursion depth exceeded during
     * compilation"); the parser stops there too instead of recursing without bound.
     */
    private void deeper(Token t) {
        if (++nesting > MAX_NESTING) {
            nesting--;
            throw error(t, TOO_DEEP);
        }
    }

    private Expr power() {
        if (check(AWAIT)) {
            Token t = advance();
            primary();
            return new Expr.Unsupported(t, "await");
        }
        Expr base = primary();
        if (check(DOUBLE_STAR)) {
            Token t = advance();
            return new Expr.Binary(t, base, DOUBLE_STAR, factor());
        }
        return base;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            if (check(LEFT_PAREN)) {
                e = finishCall(e, advance());
            } else if (check(LEFT_BRACKET)) {
                Token t = advance();
                Expr index = subscriptIndex();
                consume(RIGHT_BRACKET, "expected ']'");
                e = new Expr.Subscript(t, e, index);
            } else if (check(DOT)) {
                advance();
                Token name = consume(NAME, "expected an attribute name after '.'");
                e = new Expr.Attribute(name, e, mangle(name.lexeme()));
            } else {
                return e;
            }
        }
    }

    private Expr subscriptIndex() {
        Token start = peek();
        Expr first = indexItem();
        // PEP 646 (3.11): a starred item makes the index a tuple even alone (a[*b] is a[(*b,)]).
        if (!check(COMMA) && !(first instanceof Expr.Starred)) return first;
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (match(COMMA)) {
            if (check(RIGHT_BRACKET)) break;
            items.add(indexItem());
        }
        return new Expr.TupleDisplay(start, items);
    }

    /** One item of an index: a slice, a named expression, or a starred expression. */
    private Expr indexItem() {
        if (!check(STAR)) return sliceItem();
        Token star = advance();
        Expr starred = new Expr.Starred(star, expression());
        if (check(COLON)) throw error(peek(), "invalid syntax"); // a slice bound is no starred expression
        return starred;
    }

    private Expr sliceItem() {
        Token start = peek();
        if (check(NAME) && peekNext().type() == WALRUS) {
            // 3.10's grammar: an index may be a named expression (a[i := 1]); a slice's bounds may not.
            Expr named = namedExpression();
            if (check(COLON)) throw error(peek(), "invalid syntax");
            return named;
        }
        Expr lower = check(COLON) ? null : expression();
        if (!check(COLON)) return lower;
        advance();
        Expr upper = check(COLON) || check(RIGHT_BRACKET) || check(COMMA) ? null : expression();
        Expr step = null;
        if (match(COLON)) {
            step = check(RIGHT_BRACKET) || check(COMMA) ? null : expression();
        }
        return new Expr.Slice(start, lower, upper, step);
    }

    private Expr finishCall(Expr callee, Token paren) {
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        boolean doubleStarred = false;
        while (!check(RIGHT_PAREN)) {
            if (check(DOUBLE_STAR)) {
                Token star = advance();
                keywords.add(new Expr.Keyword(star, null, expression()));
                doubleStarred = true;
            } else if (check(STAR)) {
                Token star = advance();
                if (doubleStarred) throw error(star, "iterable argument unpacking follows keyword argument unpacking");
                args.add(new Expr.Starred(star, expression()));
            } else if (check(NAME) && peekNext().type() == EQUAL) {
                Token name = advance();
                advance();
                keywords.add(new Expr.Keyword(name, name.lexeme(), expression()));
            } else {
                if (doubleStarred) throw error(peek(), "positional argument follows keyword argument unpacking");
                if (!keywords.isEmpty()) throw error(peek(), "positional argument follows keyword argument");
                Token start = peek();
                Expr arg = namedExpression();
                if (check(FOR)) {
                    List<Expr.Comprehension> gens = comprehensionClauses();
                    if (!args.isEmpty() || !check(RIGHT_PAREN)) {
                        throw error(start, "Generator expression must be parenthesized");
                    }
                    arg = new Expr.ListComp(start, arg, gens, Expr.CompKind.GENERATOR, null);
                }
                args.add(arg);
            }
            if (!match(COMMA)) break;
        }
        consume(RIGHT_PAREN, "expected ')'");
        return new Expr.Call(paren, callee, args, keywords);
    }

    private Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NAME: advance(); return new Expr.Name(t, mangle(t.lexeme()));
            case INT: case FLOAT: advance(); return new Expr.Constant(t, t.literal());
            case TRUE: advance(); return new Expr.Constant(t, Boolean.TRUE);
            case FALSE: advance(); return new Expr.Constant(t, Boolean.FALSE);
            case NONE: advance(); return new Expr.Constant(t, Expr.NONE);
            case ELLIPSIS: advance(); return new Expr.Constant(t, Expr.ELLIPSIS);
            case STRING: case FSTRING: return strings();
            case LEFT_PAREN: return parenthesized();
            case LEFT_BRACKET: return listDisplay();
            case LEFT_BRACE: return braceDisplay();
            case LAMBDA: case YIELD: return expression();
            default: throw error(t, t.type() == NEWLINE || t.type() == EOF ? "invalid syntax" : "invalid syntax");
        }
    }

    /** Adjacent string literals concatenate; any f-string part makes the whole an f-string. */
    private Expr strings() {
        Token first = peek();
        List<Expr> parts = new ArrayList<>();
        List<Expr.FormatSpec> specs = new ArrayList<>();
        boolean anyF = false;
        StringBuilder plain = new StringBuilder();
        int bytesParts = 0;
        int parts0 = 0;
        while (check(STRING) || check(FSTRING)) {
            Token t = advance();
            parts0++;
            if (t.literal() instanceof BytesLiteral b) {
                bytesParts++;
                plain.append(b.value());
            } else if (t.type() == STRING) {
                plain.append((String) t.literal());
            } else {
                anyF = true;
                new FStringParser(t, diagnostics, plain, parts, specs, privateClass).parse();
            }
        }
        if (bytesParts > 0 && bytesParts < parts0) throw error(first, "cannot mix bytes and nonbytes literals");
        if (bytesParts > 0) return new Expr.Constant(first, new BytesLiteral(plain.toString()));
        if (!anyF) return new Expr.Constant(first, plain.toString());
        if (plain.length() > 0) {
            parts.add(new Expr.Constant(first, plain.toString()));
            specs.add(null);
        }
        return new Expr.FString(first, parts, specs);
    }

    private Expr parenthesized() {
        Token t = advance();
        if (match(RIGHT_PAREN)) return new Expr.TupleDisplay(t, List.of());
        if (check(YIELD)) {
            Expr y = expression();
            consume(RIGHT_PAREN, "expected ')'");
            return y;
        }
        Expr first = starOrExpression();
        if (check(FOR)) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            consume(RIGHT_PAREN, "expected ')'");
            return new Expr.ListComp(t, first, gens, Expr.CompKind.GENERATOR, null);
        }
        if (match(RIGHT_PAREN)) return first;
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (match(COMMA)) {
            if (check(RIGHT_PAREN)) break;
            items.add(starOrExpression());
        }
        consume(RIGHT_PAREN, "expected ')'");
        return new Expr.TupleDisplay(t, items);
    }

    private Expr listDisplay() {
        Token t = advance();
        List<Expr> items = new ArrayList<>();
        if (match(RIGHT_BRACKET)) return new Expr.ListDisplay(t, items);
        Expr first = starOrExpression();
        if (check(FOR)) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            consume(RIGHT_BRACKET, "expected ']'");
            return new Expr.ListComp(t, first, gens);
        }
        items.add(first);
        while (match(COMMA)) {
            if (check(RIGHT_BRACKET)) break;
            items.add(starOrExpression());
        }
        consume(RIGHT_BRACKET, "expected ']'");
        return new Expr.ListDisplay(t, items);
    }

    private List<Expr.Comprehension> comprehensionClauses() {
        List<Expr.Comprehension> gens = new ArrayList<>();
        while (check(FOR) || check(ASYNC)) {
            if (check(ASYNC)) throw error(peek(), "async comprehensions are not supported in the memory lab");
            advance();
            Expr target = targetList();
            checkTarget(target);
            consume(IN, "expected 'in'");
            Expr iter = foldedIterable(orExpr());
            List<Expr> conds = new ArrayList<>();
            while (match(IF)) conds.add(orExprNoCond());
            gens.add(new Expr.Comprehension(target, iter, conds));
        }
        return gens;
    }

    private Expr orExprNoCond() {
        return orExpr();
    }

    private Expr braceDisplay() {
        Token t = advance();
        if (match(RIGHT_BRACE)) return new Expr.DictDisplay(t, List.of(), List.of());
        // `**m` in a dict display: a null key marks the mapping whose items are merged there (DICT_UPDATE).
        boolean unpackFirst = check(DOUBLE_STAR);
        Expr first = unpackFirst ? null : starOrExpression();
        if (unpackFirst || match(COLON)) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(first);
            if (unpackFirst) advance();
            values.add(unpackFirst ? bitOr() : expression());
            if (!unpackFirst && check(FOR)) {
                List<Expr.Comprehension> gens = comprehensionClauses();
                consume(RIGHT_BRACE, "expected '}'");
                return new Expr.ListComp(t, first, gens, Expr.CompKind.DICT, values.get(0));
            }
            while (match(COMMA)) {
                if (check(RIGHT_BRACE)) break;
                if (match(DOUBLE_STAR)) {
                    keys.add(null);
                    values.add(bitOr());
                    continue;
                }
                keys.add(expression());
                consume(COLON, "expected ':'");
                values.add(expression());
            }
            consume(RIGHT_BRACE, "expected '}'");
            return new Expr.DictDisplay(t, keys, values);
        }
        if (check(FOR)) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            consume(RIGHT_BRACE, "expected '}'");
            return new Expr.ListComp(t, first, gens, Expr.CompKind.SET, null);
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (match(COMMA)) {
            if (check(RIGHT_BRACE)) break;
            items.add(starOrExpression());
        }
        consume(RIGHT_BRACE, "expected '}'");
        return new Expr.SetDisplay(t, items);
    }

    // ---- helpers ----

    private boolean match(TokenType type) {
        if (!check(type)) return false;
        advance();
        return true;
    }

    private boolean check(TokenType type) {
        return peek().type() == type;
    }

    private Token advance() {
        Token t = tokens.get(current);
        if (t.type() != EOF) current++;
        return t;
    }

    private Token peek() {
        return tokens.get(current);
    }

    private Token peekNext() {
        return current + 1 < tokens.size() ? tokens.get(current + 1) : tokens.get(tokens.size() - 1);
    }

    private Token previous() {
        return tokens.get(current - 1);
    }

    private Token consume(TokenType type, String message) {
        if (check(type)) return advance();
        throw error(peek(), message);
    }

    private ParseError error(Token t, String message) {
        if (t.line() != lastErrorLine) {
            diagnostics.add(new Diagnostic(t.line(), t.column(), "line " + t.line() + ": " + message));
            lastErrorLine = t.line();
        }
        return new ParseError();
    }

    /** Skip to the start of the next statement (jlox's synchronize, by lines). */
    private void synchronize() {
        while (!check(EOF)) {
            Token t = advance();
            if (t.type() == NEWLINE) {
                if (check(INDENT)) {
                    int depth = 0;
                    do {
                        Token inner = advance();
                        if (inner.type() == INDENT) depth++;
                        if (inner.type() == DEDENT) depth--;
                    } while (depth > 0 && !check(EOF));
                }
                return;
            }
        }
    }
}
