package com.studyhall.simulation.syntax;

import com.studyhall.simulation.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Splits an f-string into literal parts and {expression!conv:spec} fields. */
final class FStringParser {
    private final Token token;
    private final List<Diagnostic> diagnostics;
    private final StringBuilder plain;
    private final List<Expr> parts;
    private final List<Expr.FormatSpec> specs;

    FStringParser(Token token, List<Diagnostic> diagnostics, StringBuilder plain, List<Expr> parts,
                  List<Expr.FormatSpec> specs) {
        this.token = token;
        this.diagnostics = diagnostics;
        this.plain = plain;
        this.parts = parts;
        this.specs = specs;
    }

    void parse() {
        String s = (String) token.literal();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                plain.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < s.length() && s.charAt(i + 1) == '}') {
                plain.append('}');
                i += 2;
            } else if (c == '}') {
                error("f-string: single '}' is not allowed");
                return;
            } else if (c == '{') {
                i = field(s, i + 1);
                if (i < 0) return;
            } else {
                plain.append(c);
                i++;
            }
        }
    }

    private int field(String s, int start) {
        int depth = 0;
        int i = start;
        int exprEnd = -1;
        char quote = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '}' || c == '!' || c == ':')) {
                if (c == '!' && i + 1 < s.length() && s.charAt(i + 1) == '=') {
                    i += 2;
                    continue;
                }
                exprEnd = i;
                break;
            }
            i++;
        }
        if (exprEnd < 0) {
            error("f-string: expecting '}'");
            return -1;
        }
        String exprText = s.substring(start, exprEnd);
        // {expr=} prints the expression's text (spaces kept) before its value.
        String debugText = null;
        String trimmed = exprText.stripTrailing();
        if (trimmed.endsWith("=") && trimmed.length() > 1 && "=!<>".indexOf(trimmed.charAt(trimmed.length() - 2)) < 0) {
            debugText = exprText;
            exprText = trimmed.substring(0, trimmed.length() - 1);
        }
        if (exprText.isBlank()) {
            error("f-string: empty expression not allowed");
            return -1;
        }
        char conversion = 0;
        String spec = "";
        i = exprEnd;
        if (s.charAt(i) == '!') {
            if (i + 1 >= s.length()) {
                error("f-string: expecting '}'");
                return -1;
            }
            conversion = s.charAt(i + 1);
            if (conversion != 'r' && conversion != 's' && conversion != 'a') {
                error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                return -1;
            }
            i += 2;
        }
        if (i < s.length() && s.charAt(i) == ':') {
            int close = s.indexOf('}', i);
            if (close < 0) {
                error("f-string: expecting '}'");
                return -1;
            }
            spec = s.substring(i + 1, close);
            i = close;
        }
        if (i >= s.length() || s.charAt(i) != '}') {
            error("f-string: expecting '}'");
            return -1;
        }
        if (spec.indexOf('{') >= 0) {
            diagnostics.add(new Diagnostic(token.line(), token.column(), "line " + token.line()
                    + ": a nested replacement field in an f-string format spec is not supported in the memory lab"));
            return -1;
        }
        if (debugText != null) {
            plain.append(debugText);
            if (conversion == 0 && spec.isEmpty()) conversion = 'r';
        }
        Expr expr = parseInner(exprText.strip());
        if (expr == null) return -1;
        if (plain.length() > 0) {
            parts.add(new Expr.Constant(token, plain.toString()));
            specs.add(null);
            plain.setLength(0);
        }
        parts.add(expr);
        specs.add(new Expr.FormatSpec(conversion, spec));
        return i + 1;
    }

    private Expr parseInner(String text) {
        List<Diagnostic> inner = new ArrayList<>();
        List<Token> tokens = new Scanner(text, inner).scan();
        List<Token> placed = new ArrayList<>();
        for (Token t : tokens) {
            if (t.type() == TokenType.NEWLINE || t.type() == TokenType.INDENT || t.type() == TokenType.DEDENT) continue;
            placed.add(new Token(t.type(), t.lexeme(), t.literal(), token.line(), token.column()));
        }
        placed.add(placed.size() - 1, new Token(TokenType.NEWLINE, "", null, token.line(), token.column()));
        List<Stmt> stmts = new Parser(placed, inner).parse();
        if (!inner.isEmpty() || stmts.size() != 1 || !(stmts.get(0) instanceof Stmt.Expression es)) {
            error("f-string: invalid syntax");
            return null;
        }
        return es.expr();
    }

    private void error(String message) {
        diagnostics.add(new Diagnostic(token.line(), token.column(), "line " + token.line() + ": " + message));
    }
}
