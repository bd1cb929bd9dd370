package com.studyhall.simulation.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The checker's rules for contextlib.redirect_stdout and redirect_stderr: print and sys.stdout /
 * sys.stderr follow the redirect in the lab, but input()'s prompt and pprint still write to the
 * run's standard output, and "Exception ignored" reports of __del__ and weakref callbacks to its
 * standard error, where CPython would write to the replaced stream.
 */
final class RedirectChecks {
    private final BiConsumer<Token, String> refuse;
    private Token stdoutRedirect;
    private Token stderrRedirect;
    private final List<Token> inputs = new ArrayList<>();
    private final List<Token> finalizers = new ArrayList<>();

    RedirectChecks(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
    }

    void call(Expr.Call e) {
        String name = e.callee() instanceof Expr.Name n ? n.name() : e.callee() instanceof Expr.Attribute a ? a.name() : null;
        if ("redirect_stdout".equals(name) && stdoutRedirect == null) stdoutRedirect = e.token();
        if ("redirect_stderr".equals(name) && stderrRedirect == null) stderrRedirect = e.token();
        if (e.callee() instanceof Expr.Name n && n.name().equals("input")) inputs.add(e.token());
    }

    void classDef(Stmt.ClassDef s) {
        for (Stmt st : s.body()) {
            Stmt def = st instanceof Stmt.Decorated d ? d.definition() : st;
            if (def instanceof Stmt.FunctionDef fd && fd.name().equals("__del__")) finalizers.add(st.token());
        }
    }

    void finish(Set<String> imported, Set<String> bound) {
        if (stdoutRedirect != null) {
            if (!bound.contains("input")) for (Token t : inputs) refuse.accept(t, "input() in a program that redirects sys.stdout");
            if (imported.contains("pprint")) refuse.accept(stdoutRedirect, "contextlib.redirect_stdout in a program that imports pprint");
        }
        if (stderrRedirect != null) {
            for (Token t : finalizers) refuse.accept(t, "__del__ in a program that redirects sys.stderr");
            if (imported.contains("weakref")) refuse.accept(stderrRedirect, "contextlib.redirect_stderr in a program that imports weakref");
        }
    }
}
