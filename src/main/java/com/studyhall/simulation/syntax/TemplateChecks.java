package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The checker's rules for string.Template: the lab models a template's one attribute and its four
 * methods, not the instance dict of string.py's class, nor its compiled class pattern (a re.Pattern
 * with re.VERBOSE | re.IGNORECASE flags), nor the closure, match objects and list each substitute()
 * makes in Python code (which gc's counts and automatic collections would show), nor copying it
 * through __reduce_ex__.
 */
final class TemplateChecks {
    /** What a template answers (runtime.TemplateType). */
    private static final Set<String> ANSWERED = Set.of("substitute", "safe_substitute", "get_identifiers", "is_valid",
            "template", "delimiter", "idpattern", "braceidpattern");
    /** The class's attributes that are re objects: refused wherever the program does not define them. */
    private static final Set<String> PATTERN_ATTRIBUTES = Set.of("pattern", "flags");
    private static final Set<String> CLASS_NAMES = Set.of("__name__", "__qualname__", "__module__");
    private static final Set<String> DICT_FUNCTIONS = Set.of("vars", "setattr", "delattr");

    private final BiConsumer<Token, String> refuse;
    /** Names a program binds to string.Template(...), and those bound to the class itself. */
    private final Set<String> templates = new HashSet<>();
    private final List<Token> made = new ArrayList<>();
    private final List<Expr.Attribute> attributes = new ArrayList<>();
    private final List<Expr.Call> dictCalls = new ArrayList<>();

    TemplateChecks(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
    }

    /** name = string.Template(...): function is the value's library function (module.name), or null. */
    void assign(Stmt.Assign s, String function) {
        if (!"string.Template".equals(function)) return;
        for (Expr t : s.targets()) if (t instanceof Expr.Name n) templates.add(n.name());
    }

    void call(Expr.Call e, String function) {
        if ("string.Template".equals(function)) made.add(e.token());
        if (e.callee() instanceof Expr.Name n && DICT_FUNCTIONS.contains(n.name()) && !e.args().isEmpty()) dictCalls.add(e);
    }

    void attribute(Expr.Attribute e) {
        attributes.add(e);
    }

    /** classNames: what reads the class (Template bound by from string import Template, string.Template). */
    void finish(Set<String> imported, Set<String> defined, java.util.function.Predicate<Expr> readsClass) {
        if (made.isEmpty() && attributes.stream().noneMatch(a -> readsClass.test(a.object()))) return;
        for (Token t : made) {
            if (imported.contains("gc")) {
                refuse.accept(t, "string.Template in a program that imports gc (substitute() runs Python code whose closure, match objects and list the collector's counts would show)");
            }
            if (imported.contains("copy")) {
                refuse.accept(t, "string.Template in a program that imports copy (a template is copied through __reduce_ex__, which the lab does not model)");
            }
        }
        for (Expr.Attribute a : attributes) {
            if (readsClass.test(a.object()) && !CLASS_NAMES.contains(a.name())) {
                refuse.accept(a.token(), "'Template." + a.name() + "' (the lab models a template's methods, not the class's attributes)");
            } else if (a.object() instanceof Expr.Name n && templates.contains(n.name()) && !ANSWERED.contains(a.name())) {
                refuse.accept(a.token(), "'" + n.name() + "." + a.name() + "' on a string.Template (the lab models its template and methods, not its instance dict)");
            } else if (!made.isEmpty() && PATTERN_ATTRIBUTES.contains(a.name()) && !defined.contains(a.name())) {
                refuse.accept(a.token(), "the attribute '" + a.name() + "' in a program that uses string.Template (the class's compiled pattern is not modelled)");
            }
        }
        for (Expr.Call c : dictCalls) {
            if (c.args().get(0) instanceof Expr.Name n && templates.contains(n.name())) {
                refuse.accept(c.token(), ((Expr.Name) c.callee()).name() + "() of a string.Template (the lab models its template and methods, not its instance dict)");
            }
        }
    }
}
