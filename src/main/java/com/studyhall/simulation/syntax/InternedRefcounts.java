package com.studyhall.simulation.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * sys.getrefcount of an interned string literal. CPython interns every string constant made of
 * ASCII letters, digits and underscores ('hello', "x" * 50 once folded): the one object is shared
 * with the same name in any code object, dict key and CPython's own start-up code ("name" shows
 * about 10**9, "hello" a handful). The lab shares such strings without counting them, so their
 * count is refused where the checker sees it: a literal argument, or a name a program binds to
 * such a literal (by assignment or as the target of a for loop over a display of literals), when
 * the count is shown: printed (alone or plus/minus a literal), in an f-string, assigned or returned. A count
 * only compared (`getrefcount(s) > 2`) or subtracted from another stays a known approximation.
 * The same holds for the objects CPython 3.11 shares from start-up, which the lab shares uncounted
 * too: None, True, False and Ellipsis (not immortal in 3.11: `getrefcount(None)` shows every use
 * the interpreter has made, 5487 in a short script), the small ints -5..256, the empty tuple and
 * the empty and one-character str and bytes (static objects: about 10**9 plus their uses). Only
 * such a literal argument is refused: a name bound to one may be rebound anywhere.
 */
final class InternedRefcounts {
    private final Set<String> names = new HashSet<>();
    /** The literal values each name is bound to by an assignment or a for loop over a display. */
    private final java.util.Map<String, List<Object>> literalNames = new java.util.HashMap<>();
    private final List<Expr.Call> calls = new ArrayList<>();
    private final Set<Expr> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    void assign(Stmt.Assign s) {
        show(s.value());
        if (s.value() instanceof Expr.Constant c) {
            for (Expr t : s.targets()) if (t instanceof Expr.Name n) literalNames.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(c.value());
        }
        if (!interned(s.value())) return;
        for (Expr t : s.targets()) if (t instanceof Expr.Name n) names.add(n.name());
    }

    void forLoop(Stmt.For s) {
        if (!(s.target() instanceof Expr.Name n)) return;
        List<Expr> items = s.iterable() instanceof Expr.ListDisplay l ? l.elements()
                : s.iterable() instanceof Expr.TupleDisplay t ? t.elements() : List.of();
        if (items.stream().anyMatch(InternedRefcounts::interned)) names.add(n.name());
        for (Expr item : items) {
            if (item instanceof Expr.Constant c) literalNames.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(c.value());
        }
    }

    void call(Expr.Call e) {
        boolean getrefcount = e.callee() instanceof Expr.Name n && n.name().equals("getrefcount")
                || e.callee() instanceof Expr.Attribute a && a.name().equals("getrefcount");
        if (getrefcount && e.args().size() == 1) calls.add(e);
        if (e.callee() instanceof Expr.Name n && n.name().equals("print")) e.args().forEach(this::show);
    }

    /** A returned count reaches its caller as it is. */
    void returned(Expr value) {
        show(value);
    }

    /** The replacement fields of an f-string show their values. */
    void fstring(Expr.FString e) {
        e.parts().forEach(this::show);
    }

    /** e's value is shown as it is: a count, or a count plus or minus a literal. */
    private void show(Expr e) {
        shown.add(shownPart(e));
    }

    /** The value a shown expression shows as it is: e itself, or the left side of e plus or minus a literal. */
    static Expr shownPart(Expr e) {
        return e instanceof Expr.Binary b && (b.op() == TokenType.MINUS || b.op() == TokenType.PLUS) && b.right() instanceof Expr.Constant
                ? b.left() : e;
    }

    void finish(ConstantHolders holders, BiConsumer<Token, String> refuse) {
        for (Expr.Call c : calls) {
            if (!shown.contains(c)) continue;
            Expr arg = c.args().get(0);
            if (interned(arg) || arg instanceof Expr.Name n && names.contains(n.name())) {
                refuse.accept(arg.token(), "sys.getrefcount of an interned string (a str literal made of letters, digits and "
                        + "underscores: CPython shares it with every use of that name, which the lab does not count)");
            } else if (arg instanceof Expr.Constant k && holders.heldBeyond(k.value(), c)
                    || arg instanceof Expr.Name n && literalNames.getOrDefault(n.name(), List.of()).stream().anyMatch(v -> holders.heldBeyond(v, c))) {
                refuse.accept(arg.token(), "sys.getrefcount of a constant that another code object, or a constant tuple or "
                        + "frozenset the code reaches later, also holds (CPython's compiler made every holder before the first "
                        + "line ran; the lab counts a holder when its code first runs, and one co_consts for all code objects)");
            } else if (singleton(arg)) {
                refuse.accept(arg.token(), "sys.getrefcount of None, True, False, a small int (-5 to 256), () or an empty or "
                        + "one-character str or bytes (CPython shares these from start-up, and their count there holds every "
                        + "use the interpreter itself has made, which the lab does not count)");
            }
        }
    }

    /** A literal whose object CPython 3.11 shares from start-up: None, True, False, ..., -5..256, (), "", "a", b"", b"a". */
    private static boolean singleton(Expr e) {
        if (e instanceof Expr.Unary u && u.op() == TokenType.MINUS && u.operand() instanceof Expr.Constant c
                && c.value() instanceof BigInteger n) {
            return n.signum() > 0 && n.compareTo(BigInteger.valueOf(5)) <= 0;
        }
        if (e instanceof Expr.TupleDisplay t) return t.elements().isEmpty();
        if (!(e instanceof Expr.Constant c)) return false;
        Object v = c.value();
        if (v == Expr.NONE || v == Expr.ELLIPSIS || v instanceof Boolean) return true;
        if (v instanceof BigInteger n) return n.signum() >= 0 && n.compareTo(BigInteger.valueOf(256)) <= 0;
        if (v instanceof String str) return str.length() == 0 || str.length() == 1 && str.charAt(0) < 256;
        return v instanceof BytesLiteral b && b.value().length() <= 1;
    }

    /** A str constant CPython interns: two or more name characters (shorter ones are the lab's shared singletons). */
    private static boolean interned(Expr e) {
        String s = text(e);
        return s != null && s.length() >= 2 && nameLike(s);
    }

    /** Made of ASCII letters, digits and underscores only (all_name_chars). */
    static boolean nameLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) return false;
        }
        return true;
    }

    /** The string the AST optimizer folds e into: literals joined by + and repeated by * up to 4096 characters. */
    private static String text(Expr e) {
        if (e instanceof Expr.Constant c) return c.value() instanceof String s ? s : null;
        if (!(e instanceof Expr.Binary b)) return null;
        if (b.op() == TokenType.PLUS) {
            String l = text(b.left());
            String r = l == null ? null : text(b.right());
            return r == null ? null : l + r;
        }
        if (b.op() != TokenType.STAR) return null;
        String s = text(b.left());
        Expr count = b.right();
        if (s == null) {
            s = text(b.right());
            count = b.left();
        }
        if (s == null || !(count instanceof Expr.Constant c) || !(c.value() instanceof BigInteger n)) return null;
        if (n.signum() < 0 || s.isEmpty() || n.compareTo(BigInteger.valueOf(4096 / s.length())) > 0) return null;
        return s.repeat(n.intValue());
    }
}
