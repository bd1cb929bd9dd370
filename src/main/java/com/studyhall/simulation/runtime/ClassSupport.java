package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Stmt;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** What a class statement needs to know about its body before the class exists. */
final class ClassSupport {
    private ClassSupport() { }

    /** Whether the syntax tree (a node, or a list of nodes) reads the name anywhere: super() needs a __class__ cell. */
    static boolean mentions(Object node, String name) {
        if (node instanceof Expr.Name n) return n.name().equals(name);
        if (node instanceof List<?> list) {
            for (Object o : list) if (mentions(o, name)) return true;
            return false;
        }
        if (node instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    if (mentions(c.getAccessor().invoke(r), name)) return true;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    /**
     * The names __slots__ declares (a string or an iterable of strings), or null without __slots__;
     * type_new mangles each private one with the class's name ({@code '__code'} is {@code _Vault__code}).
     */
    static List<String> slots(PyObject value, String className) {
        List<String> names = slots(value);
        if (names == null) return null;
        names.replaceAll(n -> com.studyhall.simulation.syntax.PrivateNames.mangle(className, n));
        return names;
    }

    /** The names __slots__ declares, as written. */
    static List<String> slots(PyObject value) {
        if (value == null) return null;
        List<String> names = new ArrayList<>();
        if (value instanceof PyStr s) {
            names.add(s.value);
        } else if (value instanceof PyTuple t) {
            for (PyObject o : t.items) names.add(slotName(o));
        } else if (value instanceof PyList l) {
            for (PyObject o : l.items) names.add(slotName(o));
        } else {
            throw new PyRaise("TypeError", "'" + value.typeName() + "' object is not iterable");
        }
        for (String n : names) {
            if (n.equals("__dict__")) {
                throw new PyRaise("TypeError", "__slots__ naming '" + n + "' is not supported in the memory lab");
            }
        }
        return names;
    }

    private static String slotName(PyObject o) {
        if (!(o instanceof PyStr s)) throw new PyRaise("TypeError", "__slots__ items must be strings, not '" + o.typeName() + "'");
        return s.value;
    }

    /** The docstring of a class or function body: its first statement when that is a string literal. */
    static String docstring(List<Stmt> body) {
        // SETUP_ANNOTATIONS (the parser's `__annotations__ = {}`) comes before the docstring's store.
        int first = !body.isEmpty() && body.get(0) instanceof Stmt.Assign a && a.targets().size() == 1
                && a.targets().get(0) instanceof Expr.Name n && n.name().equals("__annotations__")
                && a.value() instanceof Expr.DictDisplay ? 1 : 0;
        if (body.size() > first && body.get(first) instanceof Stmt.Expression e && e.expr() instanceof Expr.Constant c
                && c.value() instanceof String doc) {
            return doc;
        }
        return null;
    }
}
