package com.studyhall.simulation.syntax;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The program's decorators that only ever receive a def's own function: names written bare as the
 * innermost decorator of def statements, and never above another decorator or on a class. Inside
 * such a decorator, its first parameter is a function, so reading its __annotations__ (a type-checking
 * decorator's first step) reads the dict FunctionType models.
 */
final class FunctionDecorators {
    private final Set<String> onFunctions = new HashSet<>();
    private final Set<String> elsewhere = new HashSet<>();

    static Set<String> of(List<Stmt> program) {
        FunctionDecorators d = new FunctionDecorators();
        d.walk(program);
        Set<String> names = new HashSet<>(d.onFunctions);
        names.removeAll(d.elsewhere);
        return names;
    }

    private void walk(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Decorated d) {
                List<Expr> decorators = d.decorators();
                for (int i = 0; i < decorators.size(); i++) {
                    if (!(decorators.get(i) instanceof Expr.Name n)) continue;
                    boolean innermostOnDef = i == decorators.size() - 1 && d.definition() instanceof Stmt.FunctionDef;
                    (innermostOnDef ? onFunctions : elsewhere).add(n.name());
                }
                walk(List.of(d.definition()));
            } else if (s instanceof Stmt.ClassDef c) {
                walk(c.body());
            } else if (s instanceof Stmt.FunctionDef f) {
                walk(f.body());
            } else if (s instanceof Stmt.If i) {
                walk(i.body());
                walk(i.orElse());
            }
        }
    }
}
