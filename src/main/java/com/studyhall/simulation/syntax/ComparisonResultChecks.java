package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A class's own rich comparison method that returns what is plainly not a bool. The lab's
 * {@code a < b} and {@code a == b} pass the method's object through as CPython does, but two
 * places still answer its truth: a list's or tuple's ordering, which in CPython returns
 * the first unequal items' comparison as it is ({@code [x] < [y]} may be a str), and a
 * weakref.proxy's comparison (proxy_richcompare). So an ordering method (__lt__, __le__, __gt__,
 * __ge__) returning a non-bool constant, an f-string, a display or a call of one of the
 * program's classes is still refused; an __eq__ or __ne__ only in a program that imports weakref
 * (containers' == and != answer a bool in CPython too).
 */
final class ComparisonResultChecks {
    static final Set<String> NAMES = Set.of("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__");
    private static final Set<String> EQUALITY = Set.of("__eq__", "__ne__");

    private final BiConsumer<Token, String> refuse;
    /** Returns of a call of a bare name, refused at the end when the name is one of the program's classes. */
    private final List<Expr.Call> calls = new ArrayList<>();
    private final List<String> methods = new ArrayList<>();

    /** __eq__/__ne__ returns, refused at the end when the program imports weakref. */
    private final List<Token> equalityReturns = new ArrayList<>();
    private final List<String> equalityMethods = new ArrayList<>();

    ComparisonResultChecks(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
    }

    void check(Stmt.FunctionDef def) {
        ReturnStatements.each(def.body(), r -> returned(r, def.name()));
    }

    private void returned(Stmt.Return r, String name) {
        Expr v = r.value();
        boolean plainlyNotBool = v instanceof Expr.Constant c && !(c.value() instanceof Boolean)
                || v instanceof Expr.FString || v instanceof Expr.ListDisplay || v instanceof Expr.TupleDisplay
                || v instanceof Expr.DictDisplay || v instanceof Expr.SetDisplay;
        if (plainlyNotBool && EQUALITY.contains(name)) {
            equalityReturns.add(r.token());
            equalityMethods.add(name);
        } else if (plainlyNotBool) {
            refuse.accept(r.token(), message(name));
        } else if (v instanceof Expr.Call call && call.callee() instanceof Expr.Name) {
            calls.add(call);
            methods.add(name);
        }
    }

    /** The end of the program: classNames and the real names of the modules it imports are known. */
    void finish(Set<String> classNames, Set<String> importedModuleNames) {
        boolean proxies = importedModuleNames.contains("weakref");
        for (int i = 0; i < calls.size(); i++) {
            boolean counts = proxies || !EQUALITY.contains(methods.get(i));
            if (counts && classNames.contains(((Expr.Name) calls.get(i).callee()).name())) refuse.accept(calls.get(i).token(), message(methods.get(i)));
        }
        for (int i = 0; proxies && i < equalityReturns.size(); i++) refuse.accept(equalityReturns.get(i), message(equalityMethods.get(i)));
    }

    private static String message(String name) {
        return "a " + name + " that returns other than a bool (" + (EQUALITY.contains(name)
                ? "a weakref.proxy's comparison passes it on" : "a list's or tuple's ordering passes it on") + ", the lab's answers its truth)";
    }
}
