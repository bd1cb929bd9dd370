package com.studyhall.simulation.runtime;

import com.studyhall.simulation.syntax.BytesLiteral;
import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Imaginary;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * CPython 3.11's compiler checks for a missed comma (compile.c's check_caller, check_subscripter
 * and check_index): a call or a subscript of what can only be a literal of the wrong type, after
 * the AST optimizer's folding ({@code (1, 2)(3)}, {@code [1, 2][1, 2]}, {@code 1[0]}), is a
 * SyntaxWarning. infer_type knows a node's type only for constants, displays, comprehensions,
 * lambdas and f-strings; anything else is not checked.
 */
final class CompilerTypeChecks {
    private CompilerTypeChecks() { }

    /** check_caller: constants, displays, comprehensions and f-strings (not lambdas) are not callable. */
    static String notCallable(Expr.Call call) {
        Expr f = call.callee();
        if (f instanceof Expr.Lambda) return null;
        String type = inferType(f);
        return type == null ? null : "'" + type + "' object is not callable; perhaps you missed a comma?";
    }

    /** The constants check_subscripter warns about: None, ..., numbers (and frozensets, which no subscript meets). */
    private static final Set<String> UNSUBSCRIPTABLE_CONSTANTS = Set.of("NoneType", "ellipsis", "int", "bool", "float", "complex");

    /**
     * check_subscripter, then check_index: a subscript the optimizer did not fold away, of a number,
     * None, ..., a set, a generator expression or a lambda; or of a str, bytes, tuple, list or f-string
     * by an index whose type is known and is neither an int nor a slice.
     */
    static String badSubscript(Expr.Subscript s) {
        if (ConstantFolder.fold(s) != null) return null;
        Expr value = s.object();
        Object constant = ConstantFolder.fold(value);
        String type = inferType(value);
        if (type == null) return null;
        boolean unsubscriptable = constant != null ? UNSUBSCRIPTABLE_CONSTANTS.contains(type)
                : value instanceof Expr.SetDisplay || value instanceof Expr.Lambda
                        || value instanceof Expr.ListComp c && (c.kind() == Expr.CompKind.SET || c.kind() == Expr.CompKind.GENERATOR);
        if (unsubscriptable) return "'" + type + "' object is not subscriptable; perhaps you missed a comma?";
        String index = s.index() instanceof Expr.Slice ? null : inferType(s.index());
        if (index == null || index.equals("int") || index.equals("bool")) return null;
        boolean sequence = constant != null ? Set.of("str", "bytes", "tuple").contains(type)
                : value instanceof Expr.TupleDisplay || value instanceof Expr.ListDisplay || value instanceof Expr.FString
                        || value instanceof Expr.ListComp c && c.kind() == Expr.CompKind.LIST;
        return sequence ? type + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?" : null;
    }

    /** infer_type: the type of a constant (after folding), display, comprehension, lambda or f-string; null for anything else. */
    private static String inferType(Expr e) {
        Object constant = ConstantFolder.fold(e);
        if (constant != null) return constantType(constant);
        if (e instanceof Expr.TupleDisplay) return "tuple";
        if (e instanceof Expr.ListDisplay) return "list";
        if (e instanceof Expr.DictDisplay) return "dict";
        if (e instanceof Expr.SetDisplay) return "set";
        if (e instanceof Expr.Lambda) return "function";
        if (e instanceof Expr.FString) return "str";
        if (e instanceof Expr.ListComp c) {
            return switch (c.kind()) {
                case LIST -> "list";
                case SET -> "set";
                case DICT -> "dict";
                case GENERATOR -> "generator";
            };
        }
        return null;
    }

    private static String constantType(Object v) {
        if (v instanceof Boolean) return "bool";
        if (v instanceof BigInteger) return "int";
        if (v instanceof Double) return "float";
        if (v instanceof Imaginary) return "complex";
        if (v instanceof String) return "str";
        if (v instanceof BytesLiteral) return "bytes";
        if (v instanceof List<?>) return "tuple";
        if (v == Expr.NONE) return "NoneType";
        if (v == Expr.ELLIPSIS) return "ellipsis";
        return null;
    }
}
