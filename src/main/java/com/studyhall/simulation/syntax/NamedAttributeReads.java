package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * getattr(o, name) and hasattr(o, name) read o.name, so the checker holds them to the rules of a
 * spelled-out {@code o.name}: with a str literal, that one name; with a name computed at run time,
 * every name the program could compute. Those come from the program's own text (an attribute
 * name the program reads spelled out is checked where it is spelled), so each identifier in a str
 * literal of such a program is checked as an attribute of the getattr's receiver. Without this a
 * getattr of a name the lab does not model (getattr(5, "__index__"), a str from a list of method
 * names) stopped the run half-way with the lab's "not supported" TypeError.
 */
final class NamedAttributeReads {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** A literal that lists names: "sqrt exp", "x, y" (namedtuple fields, a name list to split()). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    /** The receivers of reads whose name is computed at run time. */
    private final List<Expr> computedReceivers = new ArrayList<>();
    private final List<Expr.Constant> strLiterals = new ArrayList<>();

    /** A call of the builtin getattr or hasattr: the read it makes when its name is a literal, else null. */
    Expr.Attribute call(Expr.Call e) {
        if (!(e.callee() instanceof Expr.Name n) || !(n.name().equals("getattr") || n.name().equals("hasattr"))
                || e.args().size() < 2) {
            return null;
        }
        Expr receiver = e.args().get(0);
        if (e.args().get(1) instanceof Expr.Constant c && c.value() instanceof String name) {
            return new Expr.Attribute(c.token(), receiver, name);
        }
        computedReceivers.add(receiver);
        return null;
    }

    void constant(Expr.Constant c) {
        if (c.value() instanceof String) strLiterals.add(c);
    }

    /** The reads a computed name could make: each identifier of the program's str literals on each such receiver. */
    List<Expr.Attribute> computedReads() {
        List<Expr.Attribute> reads = new ArrayList<>();
        if (computedReceivers.isEmpty()) return reads;
        for (Expr.Constant c : strLiterals) {
            for (String word : SEPARATORS.split(((String) c.value()).strip())) {
                if (!IDENTIFIER.matcher(word).matches()) continue;
                for (Expr receiver : computedReceivers) reads.add(new Expr.Attribute(c.token(), receiver, word));
            }
        }
        return reads;
    }
}
