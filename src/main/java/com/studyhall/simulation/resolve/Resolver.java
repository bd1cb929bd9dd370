package com.studyhall.simulation.resolve;

import com.studyhall.simulation.Diagnostic;
import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Stmt;
import com.studyhall.simulation.syntax.Token;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Name resolution as a stage before execution (jlox's resolver, CPython's symtable): one pass
 * records what each scope binds, uses and declares, in compile order; a second pass decides,
 * top-down, which names are locals, cells, free variables or globals. Errors CPython's compiler
 * reports here (a nonlocal with no binding, yield outside a function) become diagnostics.
 */
public final class Resolver implements Stmt.Visitor<Void>, Expr.Visitor<Void> {
    private final List<Diagnostic> diagnostics;
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final Map<Expr.Name, Scope> nameScopes = new IdentityHashMap<>();
    private final Scope module = new Scope(Scope.Kind.MODULE, null, "<module>");
    private Scope current = module;

    public Resolver(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Scopes resolve(List<Stmt> program) {
        body(program);
        analyze(module, Set.of());
        layOut(module);
        return new Scopes(module, scopes, builtinNames());
    }

    private void error(Token at, String message) {
        diagnostics.add(new Diagnostic(at.line(), at.column(), "line " + at.line() + ": " + message));
    }

    // ---- the analysis (CPython's analyze_block) ----

    /** bound: names bound by enclosing functions, visible here as free variables. */
    private void analyze(Scope s, Set<String> bound) {
        if (s.isFunctionLike()) {
            for (Map.Entry<String, Token> n : s.declaredNonlocal.entrySet()) {
                if (!bound.contains(n.getKey())) error(n.getValue(), "no binding for nonlocal '" + n.getKey() + "' found");
                else s.frees.add(n.getKey());
            }
            for (String n : s.used) {
                if (!s.isLocal(n) && !s.declaredGlobal.contains(n) && bound.contains(n)) s.frees.add(n);
            }
        }
        if (s.kind == Scope.Kind.CLASS) {
            // LOAD_CLASSDEREF: a class body inside a function reads that function's locals through cells.
            for (String n : s.used) {
                if (!s.bound.contains(n) && !s.declaredGlobal.contains(n) && bound.contains(n)) s.frees.add(n);
            }
        }
        Set<String> inner;
        if (s.kind == Scope.Kind.MODULE) {
            inner = Set.of();
        } else if (s.kind == Scope.Kind.CLASS) {
            inner = bound;
        } else {
            inner = new HashSet<>(bound);
            inner.removeAll(s.declaredGlobal);
            for (String n : s.order) if (s.isLocal(n)) inner.add(n);
            inner.addAll(s.params);
        }
        for (Scope child : s.children) {
            analyze(child, inner);
            for (String n : child.frees) {
                if (s.isFunctionLike() && s.isLocal(n)) s.cells.add(n);
                else if (s.kind != Scope.Kind.MODULE) s.frees.add(n);
            }
        }
    }

    private void layOut(Scope s) {
        s.layOut();
        s.children.forEach(this::layOut);
    }

    /** Name nodes that read a builtin: global in their scope and never bound by the module. */
    private Set<Expr.Name> builtinNames() {
        Set<Expr.Name> out = Collections.newSetFromMap(new IdentityHashMap<>());
        nameScopes.forEach((name, scope) -> {
            String n = name.name();
            boolean global = scope.kind == Scope.Kind.MODULE || scope.declaredGlobal.contains(n)
                    || (!scope.isLocal(n) && !scope.frees.contains(n));
            if (scope.kind == Scope.Kind.CLASS && scope.bound.contains(n)) global = false;
            if (global && !module.bound.contains(n)) out.add(name);
        });
        return out;
    }

    // ---- the walk, in compile order ----

    private void use(String name) {
        current.used.add(name);
        current.order.add(name);
    }

    private void bind(String name) {
        current.bound.add(name);
        current.order.add(name);
    }

    private void body(List<Stmt> stmts) {
        for (Stmt s : stmts) s.accept(this);
    }

    private void expr(Expr e) {
        if (e != null) e.accept(this);
    }

    private void target(Expr t) {
        if (t instanceof Expr.Name n) {
            nameScopes.put(n, current);
            bind(n.name());
        } else if (t instanceof Expr.TupleDisplay tu) {
            tu.elements().forEach(this::target);
        } else if (t instanceof Expr.ListDisplay l) {
            l.elements().forEach(this::target);
        } else if (t instanceof Expr.Starred st) {
            target(st.value());
        } else {
            expr(t);
        }
    }

    private String childQualname(String name) {
        return switch (current.kind) {
            case MODULE -> name;
            // compiler_set_qualname: only a function's (or lambda's) children are under "<locals>".
            case CLASS, COMPREHENSION -> current.qualname + "." + name;
            default -> current.qualname + ".<locals>." + name;
        };
    }

    private void function(Stmt.FunctionDef def) {
        def.params().forEach(p -> expr(p.defaultValue()));
        def.kwonly().forEach(p -> expr(p.defaultValue()));
        def.annotations().forEach(a -> expr(a.value()));
        Scope f = new Scope(Scope.Kind.FUNCTION, current, childQualname(def.name()));
        f.params.addAll(def.parameterNames());
        scopes.put(def, f);
        Scope saved = current;
        current = f;
        body(def.body());
        current = saved;
    }

    public Void visitExpression(Stmt.Expression s) { expr(s.expr()); return null; }

    public Void visitAssign(Stmt.Assign s) {
        expr(s.value());
        s.targets().forEach(this::target);
        return null;
    }

    public Void visitAugAssign(Stmt.AugAssign s) {
        if (s.target() instanceof Expr.Name n) {
            nameScopes.put(n, current);
            use(n.name());
            expr(s.value());
            bind(n.name());
        } else {
            expr(s.target());
            expr(s.value());
        }
        return null;
    }

    public Void visitDel(Stmt.Del s) { s.targets().forEach(this::target); return null; }

    public Void visitIf(Stmt.If s) { expr(s.condition()); body(s.body()); body(s.orElse()); return null; }

    public Void visitWhile(Stmt.While s) { expr(s.condition()); body(s.body()); body(s.orElse()); return null; }

    public Void visitFor(Stmt.For s) {
        expr(s.iterable());
        target(s.target());
        body(s.body());
        body(s.orElse());
        return null;
    }

    public Void visitFunctionDef(Stmt.FunctionDef s) {
        function(s);
        bind(s.binding());
        return null;
    }

    public Void visitClassDef(Stmt.ClassDef s) {
        s.bases().forEach(this::expr);
        s.keywords().forEach(k -> expr(k.value()));
        Scope c = new Scope(Scope.Kind.CLASS, current, childQualname(s.name()));
        scopes.put(s, c);
        Scope saved = current;
        current = c;
        body(s.body());
        current = saved;
        bind(s.binding());
        return null;
    }

    /** The decorators are evaluated where the definition stands, before it. */
    public Void visitDecorated(Stmt.Decorated s) {
        s.decorators().forEach(this::expr);
        s.definition().accept(this);
        return null;
    }

    public Void visitReturn(Stmt.Return s) { expr(s.value()); return null; }

    public Void visitBreak(Stmt.Break s) { return null; }

    public Void visitContinue(Stmt.Continue s) { return null; }

    public Void visitPass(Stmt.Pass s) { return null; }

    public Void visitLocalAnnotation(Stmt.LocalAnnotation s) {
        bind(s.name());
        return null;
    }

    public Void visitGlobal(Stmt.Global s) {
        for (String n : s.names()) {
            if (current.params.contains(n)) error(s.token(), "name '" + n + "' is parameter and global");
            else if (current.declaredNonlocal.containsKey(n)) error(s.token(), "name '" + n + "' is nonlocal and global");
            else if (current.order.contains(n) && current.kind != Scope.Kind.MODULE) {
                error(s.token(), "name '" + n + "' is " + (current.bound.contains(n) ? "assigned to" : "used") + " before global declaration");
            }
            current.declaredGlobal.add(n);
        }
        return null;
    }

    public Void visitNonlocal(Stmt.Nonlocal s) {
        for (String n : s.names()) {
            if (current.kind == Scope.Kind.MODULE) {
                error(s.token(), "nonlocal declaration not allowed at module level");
                return null;
            }
            if (current.params.contains(n)) error(s.token(), "name '" + n + "' is parameter and nonlocal");
            else if (current.declaredGlobal.contains(n)) error(s.token(), "name '" + n + "' is nonlocal and global");
            else if (current.order.contains(n)) {
                error(s.token(), "name '" + n + "' is " + (current.bound.contains(n) ? "assigned to" : "used") + " before nonlocal declaration");
            }
            current.declaredNonlocal.putIfAbsent(n, s.token());
        }
        return null;
    }

    public Void visitImport(Stmt.Import s) {
        for (int i = 0; i < s.modules().size(); i++) {
            String alias = s.aliases().get(i);
            bind(alias != null ? alias : s.modules().get(i).lexeme().split("\\.")[0]);
        }
        return null;
    }

    public Void visitImportFrom(Stmt.ImportFrom s) {
        if (s.star() && current.kind != Scope.Kind.MODULE) {
            error(s.token(), "import * only allowed at module level");
            return null;
        }
        for (int i = 0; i < s.names().size(); i++) {
            String alias = s.aliases().get(i);
            bind(alias != null ? alias : s.names().get(i).lexeme());
        }
        return null;
    }

    public Void visitTry(Stmt.Try s) {
        body(s.body());
        for (Stmt.Handler h : s.handlers()) {
            expr(h.type());
            if (h.name() != null) bind(h.name());
            body(h.body());
        }
        body(s.orElse());
        body(s.finalBody());
        return null;
    }

    public Void visitRaise(Stmt.Raise s) { expr(s.exception()); expr(s.cause()); return null; }

    public Void visitAssert(Stmt.Assert s) { expr(s.test()); expr(s.message()); return null; }

    public Void visitWith(Stmt.With s) {
        for (Stmt.WithItem w : s.items()) {
            expr(w.context());
            if (w.target() != null) target(w.target());
        }
        body(s.body());
        return null;
    }

    /** symtable's order: the subject, then each case's pattern (its names bound), guard and body. */
    public Void visitMatch(Stmt.Match s) {
        expr(s.subject());
        for (Stmt.Case c : s.cases()) {
            com.studyhall.simulation.syntax.Pattern.walk(c.pattern(), this::expr, this::bind);
            expr(c.guard());
            body(c.body());
        }
        return null;
    }

    public Void visitUnsupported(Stmt.Unsupported s) { return null; }

    public Void visitConstant(Expr.Constant e) { return null; }

    public Void visitFString(Expr.FString e) { e.parts().forEach(this::expr); return null; }

    public Void visitName(Expr.Name e) {
        nameScopes.put(e, current);
        use(e.name());
        return null;
    }

    public Void visitAttribute(Expr.Attribute e) { expr(e.object()); return null; }

    public Void visitSubscript(Expr.Subscript e) { expr(e.object()); expr(e.index()); return null; }

    public Void visitSlice(Expr.Slice e) { expr(e.lower()); expr(e.upper()); expr(e.step()); return null; }

    public Void visitCall(Expr.Call e) {
        expr(e.callee());
        e.args().forEach(this::expr);
        e.keywords().forEach(k -> expr(k.value()));
        return null;
    }

    public Void visitBinary(Expr.Binary e) { expr(e.left()); expr(e.right()); return null; }

    public Void visitUnary(Expr.Unary e) { expr(e.operand()); return null; }

    public Void visitBoolOp(Expr.BoolOp e) { expr(e.left()); expr(e.right()); return null; }

    public Void visitCompare(Expr.Compare e) { expr(e.first()); e.rest().forEach(this::expr); return null; }

    public Void visitListDisplay(Expr.ListDisplay e) { e.elements().forEach(this::expr); return null; }

    public Void visitTupleDisplay(Expr.TupleDisplay e) { e.elements().forEach(this::expr); return null; }

    public Void visitDictDisplay(Expr.DictDisplay e) {
        for (int i = 0; i < e.keys().size(); i++) {
            expr(e.keys().get(i));
            expr(e.values().get(i));
        }
        return null;
    }

    public Void visitSetDisplay(Expr.SetDisplay e) { e.elements().forEach(this::expr); return null; }

    /** A comprehension is a function of its own: the first iterable is evaluated outside and passed as '.0'. */
    public Void visitListComp(Expr.ListComp e) {
        List<Expr.Comprehension> gens = e.generators();
        expr(gens.get(0).iter());
        Scope c = new Scope(Scope.Kind.COMPREHENSION, current, childQualname(e.kind().codeName));
        c.params.add(".0");
        c.generator = e.kind() == Expr.CompKind.GENERATOR;
        scopes.put(e, c);
        Scope saved = current;
        current = c;
        for (int i = 0; i < gens.size(); i++) {
            if (i > 0) expr(gens.get(i).iter());
            target(gens.get(i).target());
            c.comprehensionTargets.addAll(c.bound);
            gens.get(i).conditions().forEach(this::expr);
        }
        expr(e.element());
        expr(e.value());
        current = saved;
        return null;
    }

    public Void visitIfExp(Expr.IfExp e) { expr(e.condition()); expr(e.then()); expr(e.otherwise()); return null; }

    public Void visitLambda(Expr.Lambda e) {
        function(e.def());
        return null;
    }

    public Void visitYield(Expr.Yield e) {
        if (current.kind == Scope.Kind.FUNCTION) {
            current.generator = true;
        } else if (current.kind == Scope.Kind.COMPREHENSION) {
            error(e.token(), "'yield' inside " + comprehensionName(current));
        } else {
            error(e.token(), "'yield' outside function");
        }
        expr(e.value());
        return null;
    }

    private static String comprehensionName(Scope s) {
        return switch (s.qualname.substring(s.qualname.lastIndexOf('.') + 1)) {
            case "<setcomp>" -> "set comprehension";
            case "<dictcomp>" -> "dict comprehension";
            case "<genexpr>" -> "generator expression";
            default -> "list comprehension";
        };
    }

    public Void visitStarred(Expr.Starred e) { expr(e.value()); return null; }

    /**
     * In a comprehension the walrus binds in the nearest enclosing function (a cell there, free in
     * the comprehension) or, at module level, as a global (CPython's symtable_extend_namedexpr_scope).
     */
    public Void visitNamedExpr(Expr.NamedExpr e) {
        expr(e.value());
        String name = e.target().name();
        nameScopes.put(e.target(), current);
        if (current.kind != Scope.Kind.COMPREHENSION) {
            bind(name);
            return null;
        }
        Scope owner = current;
        while (owner.kind == Scope.Kind.COMPREHENSION) {
            if (owner.comprehensionTargets.contains(name)) {
                error(e.token(), "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
                return null;
            }
            owner = owner.parent;
        }
        if (owner.kind == Scope.Kind.CLASS) {
            error(e.token(), "assignment expression within a comprehension cannot be used in a class body");
            return null;
        }
        for (Scope c = current; c != owner; c = c.parent) {
            c.order.add(name);
            if (owner.kind == Scope.Kind.MODULE) c.declaredGlobal.add(name);
            else c.declaredNonlocal.putIfAbsent(name, e.token());
            c.used.add(name);
        }
        owner.bound.add(name);
        owner.order.add(name);
        return null;
    }

    public Void visitUnsupported(Expr.Unsupported e) { return null; }
}
