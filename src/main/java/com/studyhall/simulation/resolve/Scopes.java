package com.studyhall.simulation.resolve;

import com.studyhall.simulation.syntax.Expr;
import java.util.Map;
import java.util.Set;

/** The resolver's answer for a whole program: the scope of every def, lambda, class and comprehension. */
public final class Scopes {
    private final Scope module;
    private final Map<Object, Scope> scopes;
    private final Set<Expr.Name> builtinNames;

    Scopes(Scope module, Map<Object, Scope> scopes, Set<Expr.Name> builtinNames) {
        this.module = module;
        this.scopes = scopes;
        this.builtinNames = builtinNames;
    }

    public Scope module() {
        return module;
    }

    /** The scope of a FunctionDef (also a lambda's), a ClassDef or a comprehension node. */
    public Scope of(Object node) {
        Scope s = scopes.get(node);
        if (s == null) throw new IllegalStateException("no scope resolved for " + node);
        return s;
    }

    /**
     * Takes in the scopes of a library function's code (LibraryFunctions) defined while the program
     * runs, so that the defs nested in it are found like the program's own.
     */
    public void absorb(Scopes library) {
        scopes.putAll(library.scopes);
        builtinNames.addAll(library.builtinNames);
    }

    /** True when this name reads a builtin: it is global where it appears and the module never binds it. */
    public boolean readsBuiltin(Expr.Name name) {
        return builtinNames.contains(name);
    }
}
