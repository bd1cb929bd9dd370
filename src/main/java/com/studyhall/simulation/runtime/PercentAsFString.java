package com.studyhall.simulation.runtime;

import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's AST optimizer (ast_opt.c, optimize_format) compiles {@code "..." % (a, b)} with a
 * literal format of only %s, %r (flags, width and precision allowed) and %% and a tuple display
 * of as many items as it has fields into an f-string: no argument tuple is built (gc.get_count()
 * sees none), and each item is converted right after it is evaluated. Any other form (a %a or
 * %d field, a starred item, too few or too many items) stays the % operator, as in CPython.
 */
final class PercentAsFString {
    private PercentAsFString() { }

    /** The f-string CPython compiles e to, or null when e stays a % operation. */
    static Expr.FString rewrite(Expr.Binary e) {
        if (e.op() != TokenType.PERCENT || !(e.left() instanceof Expr.Constant c) || !(c.value() instanceof String fmt)
                || !(e.right() instanceof Expr.TupleDisplay t) || StarredDisplays.hasStar(t.elements())) {
            return null;
        }
        List<Expr> parts = new ArrayList<>();
        List<Expr.FormatSpec> specs = new ArrayList<>();
        List<Expr> items = t.elements();
        int pos = 0;
        int used = 0;
        StringBuilder literal = new StringBuilder();
        while (pos < fmt.length()) {
            char ch = fmt.charAt(pos++);
            if (ch != '%') {
                literal.append(ch);
                continue;
            }
            if (pos < fmt.length() && fmt.charAt(pos) == '%') {
                literal.append('%');
                pos++;
                continue;
            }
            if (used >= items.size()) return null; // more fields than items: the run-time error
            boolean leftJustify = false;
            while (pos < fmt.length() && "-+ #0".indexOf(fmt.charAt(pos)) >= 0) {
                if (fmt.charAt(pos) == '-') leftJustify = true;
                pos++;
            }
            int width = -1;
            int start = pos;
            while (pos < fmt.length() && Character.isDigit(fmt.charAt(pos))) pos++;
            if (pos > start) width = Integer.parseInt(fmt.substring(start, pos));
            int precision = -1;
            if (pos < fmt.length() && fmt.charAt(pos) == '.') {
                pos++;
                start = pos;
                while (pos < fmt.length() && Character.isDigit(fmt.charAt(pos))) pos++;
                precision = pos > start ? Integer.parseInt(fmt.substring(start, pos)) : 0;
            }
            if (pos >= fmt.length()) return null;
            char spec = fmt.charAt(pos++);
            if (spec != 's' && spec != 'r') return null;
            if (literal.length() > 0) {
                parts.add(new Expr.Constant(c.token(), literal.toString()));
                specs.add(null);
                literal.setLength(0);
            }
            String formatSpec = (!leftJustify && width > 0 ? ">" : "") + (width >= 0 ? String.valueOf(width) : "")
                    + (precision >= 0 ? "." + precision : "");
            parts.add(items.get(used++));
            specs.add(new Expr.FormatSpec(spec, formatSpec));
        }
        if (used < items.size()) return null; // more items than fields: the run-time error
        if (literal.length() > 0) {
            parts.add(new Expr.Constant(c.token(), literal.toString()));
            specs.add(null);
        }
        return new Expr.FString(e.token(), parts, specs);
    }
}
