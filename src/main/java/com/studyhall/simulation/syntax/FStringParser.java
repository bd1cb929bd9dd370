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
    /** Parsing a format spec's own fields: CPython allows no fields inside those ("nested too deeply"). */
    private final boolean inSpec;

    /** The class whose private names the fields' code mangles (the f-string is written in it), or null. */
    private String privateClass;

    FStringParser(Token token, List<Diagnostic> diagnostics, StringBuilder plain, List<Expr> parts,
                  List<Expr.FormatSpec> specs, String privateClass) {
        this(token, diagnostics, plain, parts, specs, false);
        this.privateClass = privateClass;
    }

    private FStringParser(Token token, List<Diagnostic> diagnostics, StringBuilder plain, List<Expr> parts,
                          List<Expr.FormatSpec> specs, boolean inSpec) {
        this.token = token;
        this.diagnostics = diagnostics;
        this.plain = plain;
        this.parts = parts;
        this.specs = specs;
        this.inSpec = inSpec;
    }

    void parse() {
        parse((String) token.literal());
    }

    private void parse(String s) {
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
            int close = specEnd(s, i + 1);
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
        List<Expr> specParts = new ArrayList<>();
        List<Expr.FormatSpec> specSpecs = new ArrayList<>();
        List<String> pieces = null;
        if (spec.indexOf('{') >= 0 || spec.indexOf('}') >= 0) {
            if (inSpec) {
                error("f-string: expressions nested too deeply");
                return -1;
            }
            pieces = specPieces(spec, specParts, specSpecs);
            if (pieces == null) return -1;
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
        specs.add(new Expr.FormatSpec(conversion, spec, pieces));
        parts.addAll(specParts);
        specs.addAll(specSpecs);
        return i + 1;
    }

    /** Where a format spec starting at {@code from} ends: the '}' closing the field, past the spec's own fields. */
    private static int specEnd(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && depth-- == 0) return i;
        }
        return -1;
    }

    /**
     * Splits a spec with replacement fields into its literal pieces (one more than the fields) and adds the
     * fields to {@code fields}/{@code fieldSpecs}; null after a diagnostic.
     */
    private List<String> specPieces(String spec, List<Expr> fields, List<Expr.FormatSpec> fieldSpecs) {
        List<Expr> inner = new ArrayList<>();
        List<Expr.FormatSpec> innerSpecs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int before = diagnostics.size();
        FStringParser specParser = new FStringParser(token, diagnostics, text, inner, innerSpecs, true);
        specParser.privateClass = privateClass;
        specParser.parse(spec);
        if (diagnostics.size() > before) return null;
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int k = 0; k < inner.size(); k++) {
            if (innerSpecs.get(k) == null) {
                piece.append((String) ((Expr.Constant) inner.get(k)).value());
            } else {
                pieces.add(piece.toString());
                piece.setLength(0);
                fields.add(inner.get(k));
                fieldSpecs.add(innerSpecs.get(k));
            }
        }
        pieces.add(piece.append(text).toString());
        return pieces;
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
        List<Stmt> stmts = new Parser(placed, inner, privateClass).parse();
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
