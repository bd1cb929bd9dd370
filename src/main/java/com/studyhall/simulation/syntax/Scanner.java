package com.studyhall.simulation.syntax;

import com.studyhall.simulation.Diagnostic;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Turns source text into tokens, with Python's NEWLINE/INDENT/DEDENT structure. Inside brackets
 * newlines are ignored (implicit line joining), as in CPython's tokenizer.
 */
public final class Scanner {
    private static final Map<String, TokenType> KEYWORDS = Map.ofEntries(
            Map.entry("and", TokenType.AND), Map.entry("as", TokenType.AS), Map.entry("assert", TokenType.ASSERT),
            Map.entry("async", TokenType.ASYNC), Map.entry("await", TokenType.AWAIT), Map.entry("break", TokenType.BREAK),
            Map.entry("class", TokenType.CLASS), Map.entry("continue", TokenType.CONTINUE), Map.entry("def", TokenType.DEF),
            Map.entry("del", TokenType.DEL), Map.entry("elif", TokenType.ELIF), Map.entry("else", TokenType.ELSE),
            Map.entry("except", TokenType.EXCEPT), Map.entry("False", TokenType.FALSE), Map.entry("finally", TokenType.FINALLY),
            Map.entry("for", TokenType.FOR), Map.entry("from", TokenType.FROM), Map.entry("global", TokenType.GLOBAL),
            Map.entry("if", TokenType.IF), Map.entry("import", TokenType.IMPORT), Map.entry("in", TokenType.IN),
            Map.entry("is", TokenType.IS), Map.entry("lambda", TokenType.LAMBDA), Map.entry("None", TokenType.NONE),
            Map.entry("nonlocal", TokenType.NONLOCAL), Map.entry("not", TokenType.NOT), Map.entry("or", TokenType.OR),
            Map.entry("pass", TokenType.PASS), Map.entry("raise", TokenType.RAISE), Map.entry("return", TokenType.RETURN),
            Map.entry("True", TokenType.TRUE), Map.entry("try", TokenType.TRY), Map.entry("while", TokenType.WHILE),
            Map.entry("with", TokenType.WITH), Map.entry("yield", TokenType.YIELD));

    private final String src;
    private final List<Diagnostic> diagnostics;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth; // bracket nesting: newlines inside brackets are not tokens
    /** CPython's tokenizer limits (MAXLEVEL and MAXINDENT in Parser/tokenizer.h). */
    static final int MAX_BRACKET_DEPTH = 200;
    static final int MAX_INDENT_LEVELS = 100;
    private boolean tooDeep;
    private boolean atLineStart = true;

    public Scanner(String src, List<Diagnostic> diagnostics) {
        this.src = src.replace("\r\n", "\n").replace('\r', '\n');
        this.diagnostics = diagnostics;
        indents.push(0);
    }

    public List<Token> scan() {
        while (pos < src.length()) {
            if (atLineStart && depth == 0) {
                if (!indentation()) continue;
            }
            scanToken();
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() != TokenType.NEWLINE
                && tokens.get(tokens.size() - 1).type() != TokenType.DEDENT) {
            add(TokenType.NEWLINE, "", null, pos);
        }
        while (indents.peek() > 0) {
            indents.pop();
            add(TokenType.DEDENT, "", null, pos);
        }
        add(TokenType.EOF, "", null, pos);
        return tokens;
    }

    /** Measures the indentation of a logical line; returns false when the line is blank. */
    private boolean indentation() {
        int width = 0;
        int start = pos;
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
            width = src.charAt(pos) == '\t' ? (width / 8 + 1) * 8 : width + 1;
            pos++;
        }
        if (pos >= src.length()) return false;
        char c = src.charAt(pos);
        if (c == '\n' || c == '#') {
            while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            if (pos < src.length()) newline();
            return false;
        }
        if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
            pos += 2;
            newline();
            return false;
        }
        atLineStart = false;
        if (width > indents.peek()) {
            if (indents.size() > MAX_INDENT_LEVELS && !tooDeep) {
                tooDeep = true;
                error(pos, "too many levels of indentation (the program is too deeply nested)");
            }
            indents.push(width);
            add(TokenType.INDENT, "", null, start);
        } else {
            while (width < indents.peek()) {
                indents.pop();
                add(TokenType.DEDENT, "", null, pos);
            }
            if (width != indents.peek()) {
                error(pos, "unindent does not match any outer indentation level");
            }
        }
        return true;
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    private void scanToken() {
        int start = pos;
        char c = src.charAt(pos);
        switch (c) {
            case ' ', '\t', '\f' -> pos++;
            case '\n' -> {
                if (depth == 0) {
                    add(TokenType.NEWLINE, "", null, start);
                    atLineStart = true;
                }
                newline();
            }
            case '#' -> {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            }
            case '\\' -> {
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                    pos++;
                    newline();
                } else {
                    pos++;
                    error(start, "unexpected character after line continuation character");
                }
            }
            case '(' -> open(TokenType.LEFT_PAREN, start);
            case '[' -> open(TokenType.LEFT_BRACKET, start);
            case '{' -> open(TokenType.LEFT_BRACE, start);
            case ')' -> close(TokenType.RIGHT_PAREN, start);
            case ']' -> close(TokenType.RIGHT_BRACKET, start);
            case '}' -> close(TokenType.RIGHT_BRACE, start);
            case ',' -> simple(TokenType.COMMA, 1);
            case ';' -> simple(TokenType.SEMICOLON, 1);
            case '@' -> simple(match(1, '=') ? TokenType.OTHER_AUG_EQUAL : TokenType.AT, match(1, '=') ? 2 : 1);
            case '~' -> simple(TokenType.TILDE, 1);
            case ':' -> simple(match(1, '=') ? TokenType.WALRUS : TokenType.COLON, match(1, '=') ? 2 : 1);
            case '.' -> {
                if (pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))) number();
                else if (match(1, '.') && match(2, '.')) simple(TokenType.ELLIPSIS, 3);
                else simple(TokenType.DOT, 1);
            }
            case '+' -> simple(match(1, '=') ? TokenType.PLUS_EQUAL : TokenType.PLUS, match(1, '=') ? 2 : 1);
            case '-' -> {
                if (match(1, '>')) simple(TokenType.ARROW, 2);
                else simple(match(1, '=') ? TokenType.MINUS_EQUAL : TokenType.MINUS, match(1, '=') ? 2 : 1);
            }
            case '*' -> {
                if (match(1, '*')) simple(match(2, '=') ? TokenType.OTHER_AUG_EQUAL : TokenType.DOUBLE_STAR, match(2, '=') ? 3 : 2);
                else simple(match(1, '=') ? TokenType.STAR_EQUAL : TokenType.STAR, match(1, '=') ? 2 : 1);
            }
            case '/' -> {
                if (match(1, '/')) simple(match(2, '=') ? TokenType.DOUBLE_SLASH_EQUAL : TokenType.DOUBLE_SLASH, match(2, '=') ? 3 : 2);
                else simple(match(1, '=') ? TokenType.SLASH_EQUAL : TokenType.SLASH, match(1, '=') ? 2 : 1);
            }
            case '%' -> simple(match(1, '=') ? TokenType.PERCENT_EQUAL : TokenType.PERCENT, match(1, '=') ? 2 : 1);
            case '&' -> simple(match(1, '=') ? TokenType.OTHER_AUG_EQUAL : TokenType.AMPER, match(1, '=') ? 2 : 1);
            case '|' -> simple(match(1, '=') ? TokenType.OTHER_AUG_EQUAL : TokenType.PIPE, match(1, '=') ? 2 : 1);
            case '^' -> simple(match(1, '=') ? TokenType.OTHER_AUG_EQUAL : TokenType.CARET, match(1, '=') ? 2 : 1);
            case '=' -> simple(match(1, '=') ? TokenType.EQUAL_EQUAL : TokenType.EQUAL, match(1, '=') ? 2 : 1);
            case '!' -> {
                if (match(1, '=')) simple(TokenType.BANG_EQUAL, 2);
                else {
                    pos++;
                    error(start, "invalid syntax");
                }
            }
            case '<' -> {
                if (match(1, '<')) simple(match(2, '=') ? TokenType.OTHER_AUG_EQUAL : TokenType.SHIFT_LEFT, match(2, '=') ? 3 : 2);
                else simple(match(1, '=') ? TokenType.LESS_EQUAL : TokenType.LESS, match(1, '=') ? 2 : 1);
            }
            case '>' -> {
                if (match(1, '>')) simple(match(2, '=') ? TokenType.OTHER_AUG_EQUAL : TokenType.SHIFT_RIGHT, match(2, '=') ? 3 : 2);
                else simple(match(1, '=') ? TokenType.GREATER_EQUAL : TokenType.GREATER, match(1, '=') ? 2 : 1);
            }
            case '"', '\'' -> string(start, false, false);
            default -> {
                if (Character.isDigit(c)) number();
                else if (Character.isLetter(c) || c == '_') nameOrPrefixedString(start);
                else {
                    pos++;
                    error(start, "invalid character '" + c + "'");
                }
            }
        }
    }

    private boolean match(int offset, char expected) {
        return pos + offset < src.length() && src.charAt(pos + offset) == expected;
    }

    private void simple(TokenType type, int length) {
        add(type, src.substring(pos, pos + length), null, pos);
        pos += length;
    }

    private void open(TokenType type, int start) {
        depth++;
        if (depth > MAX_BRACKET_DEPTH && !tooDeep) {
            tooDeep = true;
            error(start, "too many nested parentheses (the program is too deeply nested)");
        }
        simple(type, 1);
    }

    private void close(TokenType type, int start) {
        if (depth > 0) depth--;
        simple(type, 1);
    }

    private void nameOrPrefixedString(int start) {
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
        // One String per distinct name, the JVM's own: a local's slot is found by comparing names
        // (Scope.slot), and the runtime's tables (methods, builtins, attributes), whose names are
        // Java literals, find a name with the same instance, so their lookups compare by identity.
        String word = src.substring(start, pos).intern();
        if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')) {
            String prefix = word.toLowerCase();
            if (prefix.equals("f") || prefix.equals("r") || prefix.equals("rf") || prefix.equals("fr")
                    || prefix.equals("b") || prefix.equals("u") || prefix.equals("br") || prefix.equals("rb")) {
                string(start, prefix.contains("f"), prefix.contains("r"), prefix.contains("b"));
                return;
            }
        }
        TokenType kw = KEYWORDS.get(word);
        add(kw != null ? kw : TokenType.NAME, word, null, start);
    }

    private void number() {
        int start = pos;
        if (src.charAt(pos) == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char base = Character.toLowerCase(src.charAt(pos + 1));
            pos += 2;
            int digitsStart = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
            String digits = src.substring(digitsStart, pos).replace("_", "");
            int radix = base == 'x' ? 16 : base == 'o' ? 8 : 2;
            try {
                add(TokenType.INT, src.substring(start, pos), new BigInteger(digits, radix), start);
            } catch (NumberFormatException e) {
                error(start, "invalid number literal");
            }
            return;
        }
        boolean isFloat = false;
        digits();
        if (pos < src.length() && src.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            digits();
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                isFloat = true;
                digits();
            } else {
                pos = save;
            }
        }
        String text = src.substring(start, pos);
        String clean = text.replace("_", "");
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            pos++;
            // An imaginary literal: its digits read as a float (07j is 7j: no leading-zero rule).
            add(TokenType.FLOAT, src.substring(start, pos), new Imaginary(0.0, Double.parseDouble(clean)), start);
            return;
        }
        if (isFloat) {
            add(TokenType.FLOAT, text, Double.parseDouble(clean), start);
        } else {
            if (clean.length() > 1 && clean.startsWith("0") && !clean.chars().allMatch(ch -> ch == '0')) {
                error(start, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                return;
            }
            add(TokenType.INT, text, new BigInteger(clean), start);
        }
    }

    private void digits() {
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
    }

    private void string(int start, boolean fstring, boolean raw) {
        string(start, fstring, raw, false);
    }

    /** A string literal; a bytes literal keeps \\u, \\U and \\N as they are and allows only ASCII characters. */
    private void string(int start, boolean fstring, boolean raw, boolean bytes) {
        boolean nonAscii = false;
        char quote = src.charAt(pos);
        boolean triple = match(1, quote) && match(2, quote);
        pos += triple ? 3 : 1;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                error(start, triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
                return;
            }
            char c = src.charAt(pos);
            if (c == quote && (!triple || (match(1, quote) && match(2, quote)))) {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n') {
                if (!triple) {
                    error(start, "unterminated string literal");
                    return;
                }
                value.append(c);
                newline();
                continue;
            }
            if (bytes && c >= 128 && !nonAscii) {
                nonAscii = true;
                error(start, "bytes can only contain ASCII literal characters");
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char n = src.charAt(pos + 1);
                if (!raw && n >= '0' && n <= '7') {
                    pos++;
                    value.append((char) (octal() & (bytes ? 0xFF : 0x1FF)));
                    continue;
                }
                if (!raw && bytes && (n == 'u' || n == 'U' || n == 'N')) {
                    value.append(c).append(n);
                    pos += 2;
                    continue;
                }
                if (raw || (fstring && false)) {
                    value.append(c).append(n);
                    if (n == '\n') {
                        pos++;
                        newline();
                    } else pos += 2;
                    continue;
                }
                pos += 2;
                switch (n) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case '\\' -> value.append('\\');
                    case '\'' -> value.append('\'');
                    case '"' -> value.append('"');
                    case 'a' -> value.append('\007');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'v' -> value.append('\013');
                    case '\n' -> {
                        line++;
                        lineStart = pos;
                    }
                    case 'x' -> value.append((char) hex(2));
                    case 'u' -> value.appendCodePoint(hex(4));
                    case 'U' -> value.appendCodePoint(hex(8));
                    case 'N' -> namedCharacter(value, bytes);
                    default -> value.append('\\').append(n);
                }
                continue;
            }
            value.append(c);
            pos++;
        }
        Object literal = bytes ? new BytesLiteral(value.toString()) : value.toString();
        add(fstring ? TokenType.FSTRING : TokenType.STRING, src.substring(start, pos), literal, start);
    }

    /**
     * \N{GREEK SMALL LETTER ALPHA} in a str literal: the character of that Unicode name (Java's
     * Character.codePointOf knows the same names, case-insensitively). In bytes, and for a name
     * Java does not know, the text stays as written.
     */
    private void namedCharacter(StringBuilder value, boolean bytes) {
        int close = src.indexOf('}', pos);
        if (!bytes && pos < src.length() && src.charAt(pos) == '{' && close > pos) {
            try {
                value.appendCodePoint(Character.codePointOf(src.substring(pos + 1, close)));
                pos = close + 1;
                return;
            } catch (IllegalArgumentException unknown) {
                // kept as written below
            }
        }
        value.append("\\N");
    }

    /** Up to three octal digits after a backslash (pos is at the first digit). */
    private int octal() {
        int v = 0;
        for (int k = 0; k < 3 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; k++) {
            v = v * 8 + (src.charAt(pos++) - '0');
        }
        return v;
    }

    private int hex(int count) {
        if (pos + count > src.length()) return '?';
        try {
            int v = Integer.parseInt(src.substring(pos, pos + count), 16);
            pos += count;
            return v;
        } catch (NumberFormatException e) {
            return '?';
        }
    }

    private void add(TokenType type, String lexeme, Object literal, int offset) {
        tokens.add(new Token(type, lexeme, literal, line, column(offset)));
    }

    private int column(int offset) {
        return Math.max(1, offset - lineStart + 1);
    }

    private void error(int offset, String message) {
        diagnostics.add(new Diagnostic(line, column(offset), "line " + line + ": " + message));
    }
}
