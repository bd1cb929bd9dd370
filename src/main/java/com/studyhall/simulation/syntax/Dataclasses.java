package com.studyhall.simulation.syntax;

import com.studyhall.simulation.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code @dataclass}: the methods Lib/dataclasses.py of 3.11 writes as source and execs
 * (__init__, __repr__, __eq__, the order methods) are written the same way here and appended to
 * the class body, so they are ordinary functions of the class and instances are ordinary instances.
 * The class also gets {@code __dataclass_fields__} (name to a tuple of the type and the default or
 * factory, standing for the Field objects: one reference each to the type and the default) and
 * {@code __match_args__}. A default_factory field's parameter default is its fields entry (the
 * sentinel), and its class attribute is deleted, as dataclasses does. The decorator itself then
 * returns the class (runtime.DataclassesModule).
 */
final class Dataclasses {
    /** The options dataclass() takes that the lab models, with their defaults. */
    private static final Map<String, Boolean> OPTIONS = Map.of("init", true, "repr", true, "eq", true, "order", false);

    private record Field(String name, boolean hasDefault, boolean factory, boolean repr, boolean compare) { }

    private final List<Diagnostic> diagnostics;
    private final Set<String> decoratorNames = new HashSet<>();
    private final Set<String> fieldNames = new HashSet<>();
    private final Set<String> moduleNames = new HashSet<>();
    /** The fields of each dataclass defined so far, by class name (a dataclass base contributes its fields). */
    private final Map<String, List<Field>> known = new HashMap<>();

    private Dataclasses(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    static void expand(List<Stmt> program, List<Diagnostic> diagnostics) {
        Dataclasses d = new Dataclasses(diagnostics);
        d.findImports(program);
        if (d.decoratorNames.isEmpty() && d.moduleNames.isEmpty()) return;
        d.walk(program);
    }

    private void findImports(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.ImportFrom f && f.module().lexeme().equals("dataclasses")) {
                for (int i = 0; i < f.names().size(); i++) {
                    String alias = i < f.aliases().size() && f.aliases().get(i) != null ? f.aliases().get(i) : f.names().get(i).lexeme();
                    if (f.names().get(i).lexeme().equals("dataclass")) decoratorNames.add(alias);
                    if (f.names().get(i).lexeme().equals("field")) fieldNames.add(alias);
                }
            } else if (s instanceof Stmt.Import im) {
                for (int i = 0; i < im.modules().size(); i++) {
                    if (!im.modules().get(i).lexeme().equals("dataclasses")) continue;
                    moduleNames.add(i < im.aliases().size() && im.aliases().get(i) != null ? im.aliases().get(i) : "dataclasses");
                }
            }
        }
    }

    private void walk(List<Stmt> body) {
        DecoratedClasses.forEach(body, (decorators, c) -> {
            Expr.Call options = null;
            boolean isDataclass = false;
            for (Expr dec : decorators) {
                Expr callee = dec instanceof Expr.Call call ? call.callee() : dec;
                if (names(callee, decoratorNames, "dataclass")) {
                    isDataclass = true;
                    if (dec instanceof Expr.Call call) options = call;
                }
            }
            if (isDataclass) expandClass(c, options);
        });
    }

    /** `dataclass` (imported) or `dataclasses.dataclass`. */
    private boolean names(Expr e, Set<String> imported, String attr) {
        if (e instanceof Expr.Name n) return imported.contains(n.name());
        return e instanceof Expr.Attribute a && a.name().equals(attr) && a.object() instanceof Expr.Name m
                && moduleNames.contains(m.name());
    }

    private void refuse(Token at, String what) {
        diagnostics.add(new Diagnostic(at.line(), at.column(),
                "line " + at.line() + ": " + what + " is not supported in the memory lab"));
    }

    private void expandClass(Stmt.ClassDef c, Expr.Call call) {
        Map<String, Boolean> options = new LinkedHashMap<>(OPTIONS);
        if (call != null) {
            if (!call.args().isEmpty()) refuse(call.token(), "positional arguments to dataclass()");
            for (Expr.Keyword k : call.keywords()) {
                if (k.name() != null && OPTIONS.containsKey(k.name()) && k.value() instanceof Expr.Constant v && v.value() instanceof Boolean b) {
                    options.put(k.name(), b);
                } else if (k.name() != null && List.of("frozen", "unsafe_hash", "match_args", "kw_only", "slots", "weakref_slot")
                        .contains(k.name()) && k.value() instanceof Expr.Constant v && v.value() instanceof Boolean b
                        && b == (k.name().equals("match_args"))) {
                    continue; // the default value, written out
                } else {
                    refuse(k.token(), "dataclass(" + (k.name() == null ? "**" : k.name() + "=") + "...)");
                }
            }
        }
        List<Field> fields = new ArrayList<>();
        for (Expr base : c.bases()) {
            if (base instanceof Expr.Name n && known.containsKey(n.name())) {
                for (Field f : known.get(n.name())) {
                    fields.removeIf(x -> x.name.equals(f.name));
                    fields.add(f);
                }
            }
        }
        List<String> inherited = c.bases().stream().filter(b -> b instanceof Expr.Name n && known.containsKey(n.name()))
                .map(b -> ((Expr.Name) b).name()).toList();
        List<Field> own = ownFields(c);
        for (Field f : own) {
            int at = indexOf(fields, f.name);
            if (at >= 0) fields.set(at, f);
            else fields.add(f);
        }
        known.put(c.name(), fields);
        if (options.get("order") && !options.get("eq")) {
            refuse(c.token(), "dataclass(order=True, eq=False)");
            return;
        }
        String source = source(c, fields, own, inherited, options);
        List<Diagnostic> own_diagnostics = new ArrayList<>();
        String padded = "\n".repeat(Math.max(0, c.token().line() - 1)) + source;
        List<Stmt> generated = new Parser(new Scanner(padded, own_diagnostics).scan(), own_diagnostics).parse();
        if (!own_diagnostics.isEmpty()) throw new IllegalStateException("dataclass source: " + own_diagnostics + "\n" + source);
        // The parser's module-level SETUP_ANNOTATIONS does not apply inside the class body.
        generated.removeIf(s -> s instanceof Stmt.Assign a && a.targets().size() == 1
                && a.targets().get(0) instanceof Expr.Name n && n.name().equals("__annotations__"));
        c.body().addAll(generated);
    }

    private static int indexOf(List<Field> fields, String name) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).name.equals(name)) return i;
        return -1;
    }

    /**
     * The fields the class body annotates, in order; a `field(...)` default is replaced by its
     * default (or its factory, deleted again once the methods are made).
     */
    private List<Field> ownFields(Stmt.ClassDef c) {
        List<Field> fields = new ArrayList<>();
        List<Stmt> body = c.body();
        for (int i = 0; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.Assign a) || a.targets().size() != 1
                    || !(a.targets().get(0) instanceof Expr.Subscript sub) || !(sub.object() instanceof Expr.Name ann)
                    || !ann.name().equals("__annotations__") || !(sub.index() instanceof Expr.Constant k)
                    || !(k.value() instanceof String name)) {
                continue;
            }
            boolean hasDefault = false;
            boolean factory = false;
            boolean repr = true;
            boolean compare = true;
            if (i > 0 && body.get(i - 1) instanceof Stmt.Assign v && v.targets().size() == 1
                    && v.targets().get(0) instanceof Expr.Name n && n.name().equals(name)) {
                hasDefault = true;
                if (v.value() instanceof Expr.Call call && names(call.callee(), fieldNames, "field")) {
                    hasDefault = false;
                    Expr value = null;
                    for (Expr.Keyword kw : call.keywords()) {
                        String k2 = kw.name() == null ? "**" : kw.name();
                        switch (k2) {
                            case "default" -> { value = kw.value(); hasDefault = true; }
                            case "default_factory" -> { value = kw.value(); hasDefault = true; factory = true; }
                            case "repr" -> repr = flag(kw, true);
                            case "compare" -> compare = flag(kw, true);
                            default -> refuse(kw.token(), "field(" + k2 + "=...)");
                        }
                    }
                    if (!call.args().isEmpty()) refuse(call.token(), "positional arguments to field()");
                    if (value == null) {
                        body.remove(i - 1);
                        i--;
                    } else {
                        body.set(i - 1, new Stmt.Assign(v.token(), v.targets(), value));
                    }
                }
            }
            fields.add(new Field(name, hasDefault, factory, repr, compare));
        }
        return fields;
    }

    private boolean flag(Expr.Keyword kw, boolean fallback) {
        if (kw.value() instanceof Expr.Constant v && v.value() instanceof Boolean b) return b;
        refuse(kw.token(), "field(" + kw.name() + "=<not True or False>)");
        return fallback;
    }

    /** The statements dataclasses would add, as Python source for the class body. */
    private String source(Stmt.ClassDef c, List<Field> fields, List<Field> own, List<String> inherited, Map<String, Boolean> options) {
        StringBuilder s = new StringBuilder();
        s.append("__dataclass_fields__ = {");
        List<String> entries = new ArrayList<>();
        for (String base : inherited) entries.add("**" + base + ".__dataclass_fields__");
        for (Field f : own) {
            String type = "__annotations__['" + f.name + "']";
            entries.add("'" + f.name + "': (" + type + (f.hasDefault ? ", " + f.name + (f.factory ? ", None" : "") : ",") + ")");
        }
        s.append(String.join(", ", entries)).append("}\n");
        String entry = "__dataclass_fields__['%s']";
        // Lib/dataclasses.py refuses a default of an unhashable class; the parser sees the list, dict
        // and set displays and list()/dict()/set() calls.
        for (Field f : own) {
            String mutable = f.hasDefault && !f.factory ? mutableDefault(c, f.name) : null;
            if (mutable != null) {
                s.append("raise ValueError(\"mutable default <class '").append(mutable).append("'> for field ")
                        .append(f.name).append(" is not allowed: use default_factory\")\n");
            }
        }
        boolean seenDefault = false;
        for (Field f : fields) {
            if (f.hasDefault) seenDefault = true;
            else if (seenDefault) {
                s.append("raise TypeError(\"non-default argument '").append(f.name).append("' follows default argument\")\n");
                return s.toString();
            }
        }
        List<String> names = fields.stream().map(Field::name).toList();
        s.append("__match_args__ = (").append(names.stream().map(n -> "'" + n + "'").reduce((a, b) -> a + ", " + b).orElse(""))
                .append(names.size() == 1 ? ",)\n" : ")\n");
        Set<String> defined = definedNames(c);
        String self = names.contains("self") ? "__dataclass_self__" : "self";
        if (options.get("init") && !defined.contains("__init__")) {
            List<String> params = new ArrayList<>();
            params.add(self);
            for (Field f : fields) {
                String p = f.name + ":" + entry.formatted(f.name) + "[0]";
                if (f.factory) p += "=" + entry.formatted(f.name);
                else if (f.hasDefault) p += "=" + entry.formatted(f.name) + "[1]";
                params.add(p);
            }
            s.append("def __init__(").append(String.join(", ", params)).append(")->None:\n");
            if (fields.isEmpty()) s.append("    pass\n");
            for (Field f : fields) {
                String value = f.factory ? self + ".__dataclass_fields__['" + f.name + "'][1]() if " + f.name + " is "
                        + self + ".__dataclass_fields__['" + f.name + "'] else " + f.name : f.name;
                s.append("    ").append(self).append(".").append(f.name).append("=").append(value).append("\n");
            }
        }
        if (options.get("repr") && !defined.contains("__repr__")) {
            List<String> parts = new ArrayList<>();
            for (Field f : fields) if (f.repr) parts.add(f.name + "={self." + f.name + "!r}");
            s.append("def __repr__(self):\n    return self.__class__.__qualname__ + f\"(")
                    .append(String.join(", ", parts)).append(")\"\n");
        }
        List<Field> compared = fields.stream().filter(Field::compare).toList();
        if (options.get("eq") && !defined.contains("__eq__")) compareMethod(s, "__eq__", "==", compared);
        if (options.get("order")) {
            for (String[] op : new String[][] {{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}}) {
                if (defined.contains(op[0])) {
                    s.append("raise TypeError('Cannot overwrite attribute ").append(op[0]).append(" in class ")
                            .append(c.name()).append(". Consider using functools.total_ordering')\n");
                    break;
                }
                compareMethod(s, op[0], op[1], compared);
            }
        }
        for (Field f : own) if (f.factory) s.append("del ").append(f.name).append("\n");
        return s.toString();
    }

    /** The class name of a field default written as a list, dict or set display or call; null otherwise. */
    private static String mutableDefault(Stmt.ClassDef c, String name) {
        for (Stmt st : c.body()) {
            if (!(st instanceof Stmt.Assign a) || a.targets().size() != 1 || !(a.targets().get(0) instanceof Expr.Name n)
                    || !n.name().equals(name)) {
                continue;
            }
            Expr v = a.value();
            if (v instanceof Expr.ListDisplay || v instanceof Expr.ListComp lc && lc.kind() == Expr.CompKind.LIST) return "list";
            if (v instanceof Expr.DictDisplay || v instanceof Expr.ListComp lc && lc.kind() == Expr.CompKind.DICT) return "dict";
            if (v instanceof Expr.SetDisplay || v instanceof Expr.ListComp lc && lc.kind() == Expr.CompKind.SET) return "set";
            if (v instanceof Expr.Call call && call.callee() instanceof Expr.Name callee
                    && java.util.Set.of("list", "dict", "set").contains(callee.name())) {
                return callee.name();
            }
        }
        return null;
    }

    /** _cmp_fn: the two objects' compared fields as tuples, when both are of the same class. */
    private static void compareMethod(StringBuilder s, String name, String op, List<Field> fields) {
        StringBuilder mine = new StringBuilder("(");
        StringBuilder theirs = new StringBuilder("(");
        for (Field f : fields) {
            mine.append("self.").append(f.name).append(",");
            theirs.append("other.").append(f.name).append(",");
        }
        s.append("def ").append(name).append("(self, other):\n    if other.__class__ is self.__class__:\n        return ")
                .append(mine).append(")").append(op).append(theirs).append(")\n    return NotImplemented\n");
    }

    /** Names the class body itself defines (def or assignment): dataclass does not replace them. */
    static Set<String> definedNames(Stmt.ClassDef c) {
        Set<String> names = new HashSet<>();
        for (Stmt s : c.body()) {
            Stmt d = s instanceof Stmt.Decorated dec ? dec.definition() : s;
            if (d instanceof Stmt.FunctionDef f) names.add(f.name());
            if (d instanceof Stmt.Assign a) for (Expr t : a.targets()) if (t instanceof Expr.Name n) names.add(n.name());
        }
        return names;
    }
}
