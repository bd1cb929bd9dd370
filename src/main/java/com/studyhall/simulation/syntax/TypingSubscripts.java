package com.studyhall.simulation.syntax;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Subscriptions of typing's forms (List[int], Optional[T], an alias's Pair[int], Dict[str, List[T]][float]):
 * typing.py's Python code makes them through its lru_cache'd __getitem__ and _GenericAlias's
 * __init__, setattr and parameter collection, which the lab does not count (measured right after
 * gc.collect(): 16 tracked objects for a first Pair[int], 4 when cached, 17 then 3 for List[str],
 * 32 for Dict[str, List[T]][float]; the lab counted 2, 0, 2, 0 and 8). A statement that makes one
 * is an uncounted statement (UncountedStatements): gc's count is refused after it until the next
 * gc.collect() statement. The forms are the names imported from typing, typing.X, the subscript
 * of one, and a name assigned one (an alias).
 */
final class TypingSubscripts {
    /** The names the program imported from typing. */
    private final Set<String> typingNames;
    private final Map<String, String> importedModules;
    /** Names assigned a typing form's subscript: Pair = List[T]. */
    private final Set<String> aliases = new HashSet<>();

    TypingSubscripts(Set<String> typingNames, Map<String, String> importedModules) {
        this.typingNames = typingNames;
        this.importedModules = importedModules;
    }

    /** Whether e is a typing form, whose subscription runs typing's Python code. */
    boolean isForm(Expr e) {
        if (e instanceof Expr.Name n) return typingNames.contains(n.name()) || aliases.contains(n.name());
        if (e instanceof Expr.Attribute a) return a.object() instanceof Expr.Name n && "typing".equals(importedModules.get(n.name()));
        return e instanceof Expr.Subscript s && isForm(s.object());
    }

    /** An assignment: a name given a typing form's subscript becomes one. */
    void assigned(Stmt.Assign s) {
        if (!(s.value() instanceof Expr.Subscript v && isForm(v.object()))) return;
        for (Expr t : s.targets()) if (t instanceof Expr.Name n) aliases.add(n.name());
    }
}
