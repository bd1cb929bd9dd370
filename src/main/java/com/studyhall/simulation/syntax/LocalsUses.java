package com.studyhall.simulation.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Where a program may call {@code locals()} or {@code vars()} without an argument. In a function
 * they are the frame's f_locals dict (runtime.FrameLocals); at module level the module's dict, so
 * GlobalsUses' rules for globals() apply. Refused: in a class body (the class namespace, which the
 * lab does not hand out), in a comprehension or generator expression (its hidden {@code .0}
 * iterator would show), and in a generator function (the dict would belong to the generator object).
 */
final class LocalsUses {
    private static final class Function {
        boolean generator;
        final List<Token> calls = new ArrayList<>();
    }

    private final Deque<Function> functions = new ArrayDeque<>();
    private int comprehensions;
    private final BiConsumer<Token, String> refuse;

    LocalsUses(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
    }

    static boolean isLocalsCall(Expr.Call c) {
        return c.callee() instanceof Expr.Name n && (n.name().equals("locals") || n.name().equals("vars"))
                && c.args().isEmpty() && c.keywords().isEmpty();
    }

    void enterFunction() {
        functions.push(new Function());
    }

    void exitFunction() {
        Function f = functions.pop();
        if (f.generator) for (Token t : f.calls) refuse.accept(t, t.lexeme() + "() in a generator function (its frame belongs to the generator object)");
    }

    void yielded() {
        if (!functions.isEmpty()) functions.peek().generator = true;
    }

    void enterComprehension() {
        comprehensions++;
    }

    void exitComprehension() {
        comprehensions--;
    }

    /** A call of the builtin locals() or vars(): true when it is at module level (the module's dict, GlobalsUses' rules). */
    boolean called(Expr.Call c, boolean classBody) {
        Token t = c.callee().token();
        if (comprehensions > 0) {
            refuse.accept(t, t.lexeme() + "() in a comprehension or generator expression");
        } else if (classBody) {
            refuse.accept(t, t.lexeme() + "() in a class body (the class's namespace)");
        } else if (functions.isEmpty()) {
            return true;
        } else {
            functions.peek().calls.add(t);
        }
        return false;
    }
}
