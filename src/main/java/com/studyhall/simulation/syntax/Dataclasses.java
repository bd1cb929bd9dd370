package com.studyhall.simulation.syntax;

import com.studyhall.simulation.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code @dataclass}: the methods Lib/dataclasses.py of 3.11 writes as source and execs
 * (__init__, __repr__, __eq__, the order methods, __hash__, the frozen __setattr__/__delattr__)
 * are written the same way here and appended to the class body, so they are ordinary functions of
 * the class and instances are ordinary instances. The class also gets {@code __dataclass_fields__}
 * (name to a real Field object, made by {@code field()} in the body or by the hidden builtin
 * {@code __dataclass_field__} for a plain default) and {@code __match_args__}; a field() class
 * attribute becomes its default or is deleted, as dataclasses does. The decorator itself then
 * returns the class, or, with slots=True, the class made again with __slots__ (runtime.DataclassesModule).
 */
final class Dataclasses {
    /** The options dataclass() takes, with their defaults. */
    private static final Map<String, Boolean> OPTIONS = Map.of("init", true, "repr", true, "eq", true, "order", false,
            "frozen", false, "unsafe_hash", false, "match_args", true, "kw_only", false, "slots", false, "weakref_slot", false);

    /** A field as _process_class sees it; hash is null for field(hash=None), the default (follow compare). */
    private record Field(String name, boolean hasDefault, boolean factory, boolean repr, boolean compare, boolean init,
                         Boolean hash, boolean kwOnly, boolean fromCall, boolean classVar, boolean initVar) {
        boolean hashed() {
            return hash == null ? compare : hash;
        }
    }

    /** What a dataclass defined earlier passes to a dataclass deriving from it. */
    private record Known(List<Field> fields, boolean frozen, boolean postInit) { }

    private final List<Diagnostic> diagnostics;
    private final Set<String> decoratorNames = new HashSet<>();
    private final Set<String> fieldNames = new HashSet<>();
    private final Set<String> kwOnlyNames = new HashSet<>();
    private final Set<String> moduleNames = new HashSet<>();
    /** The fields of each dataclass defined so far, by class name (a dataclass base contributes its fields). */
    private final Map<String, Known> known = new HashMap<>();
    /** Classes whose statement is in another class's body: their methods cannot name them. */
    private final Set<Stmt.ClassDef> inClassBodies = Collections.newSetFromMap(new IdentityHashMap<>());

    private Dataclasses(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    static void expand(List<Stmt> program, List<Diagnostic> diagnostics) {
        Dataclasses d = new Dataclasses(diagnostics);
        d.findImports(program);
        if (d.decoratorNames.isEmpty() && d.moduleNames.isEmpty()) return;
        DecoratedClasses.forEach(program, (decorators, c) -> {
            for (Stmt s : c.body()) {
                Stmt inner = s instanceof Stmt.Decorated dec ? dec.definition() : s;
                if (inner instanceof Stmt.ClassDef nested) d.inClassBodies.add(nested);
            }
        });
        d.walk(program);
    }

    private void findImports(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.ImportFrom f && f.module().lexeme().equals("dataclasses")) {
                for (int i = 0; i < f.names().size(); i++) {
                    String alias = i < f.aliases().size() && f.aliases().get(i) != null ? f.aliases().get(i) : f.names().get(i).lexeme();
                    switch (f.names().get(i).lexeme()) {
                        case "dataclass" -> decoratorNames.add(alias);
                        case "field" -> fieldNames.add(alias);
                        case "KW_ONLY" -> kwOnlyNames.add(alias);
                        default -> { }
                    }
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
                } else {
                    refuse(k.token(), "dataclass(" + (k.name() == null ? "**" : k.name() + "=") + "...)");
                }
            }
        }
        if (options.get("weakref_slot") && options.get("slots") && !c.bases().isEmpty()) {
            // type() may reject the '__weakref__' slot over a base that has one; that failure's leftovers are not modelled.
            refuse(call.token(), "dataclass(weakref_slot=True) on a class with bases");
        }
        boolean frozen = options.get("frozen");
        if (frozen && inClassBodies.contains(c)) refuse(c.token(), "a frozen dataclass defined in another class's body");
        List<Field> fields = new ArrayList<>();
        boolean anyBase = false;
        boolean anyFrozenBase = false;
        boolean basePostInit = false;
        for (Expr base : c.bases()) {
            if (base instanceof Expr.Name n && known.containsKey(n.name())) {
                Known k = known.get(n.name());
                anyBase = true;
                anyFrozenBase |= k.frozen;
                basePostInit |= k.postInit;
                for (Field f : k.fields) {
                    fields.removeIf(x -> x.name.equals(f.name));
                    fields.add(f);
                }
            }
        }
        List<String> inherited = c.bases().stream().filter(b -> b instanceof Expr.Name n && known.containsKey(n.name()))
                .map(b -> ((Expr.Name) b).name()).toList();
        List<Field> own = ownFields(c, options.get("kw_only"));
        for (Field f : own) {
            int at = indexOf(fields, f.name);
            if (at >= 0) fields.set(at, f);
            else fields.add(f);
        }
        Set<String> defined = definedNames(c);
        boolean postInit = basePostInit || defined.contains("__post_init__");
        known.put(c.name(), new Known(fields, frozen, postInit));
        String source = source(c, fields, own, inherited, options, defined, postInit, anyBase, anyFrozenBase);
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
     * The fields the class body annotates, in order, read from their `field(...)` calls (which stay
     * in the body and make the Field objects); `_: KW_ONLY` makes the fields after it keyword-only.
     */
    /** An annotation that names typing.ClassVar, bare, subscripted or as a string (dataclasses' _is_classvar). */
    private static boolean namesClassVar(Expr annotation) {
        Expr e = annotation instanceof Expr.Subscript s ? s.object() : annotation;
        return e instanceof Expr.Name n && n.name().equals("ClassVar") || e instanceof Expr.Attribute a && a.name().equals("ClassVar")
                || e instanceof Expr.Constant c && c.value() instanceof String text && text.contains("ClassVar");
    }

    /** An annotation that names dataclasses.InitVar, bare or subscripted (dataclasses' _is_initvar). */
    private static boolean namesInitVar(Expr annotation) {
        Expr e = annotation instanceof Expr.Subscript s ? s.object() : annotation;
        return e instanceof Expr.Name n && n.name().equals("InitVar") || e instanceof Expr.Attribute a && a.name().equals("InitVar");
    }

    private List<Field> ownFields(Stmt.ClassDef c, boolean classKwOnly) {
        List<Field> fields = new ArrayList<>();
        List<Stmt> body = c.body();
        boolean kwOnly = classKwOnly;
        boolean sawKwOnly = false;
        for (int i = 0; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.Assign a) || a.targets().size() != 1
                    || !(a.targets().get(0) instanceof Expr.Subscript sub) || !(sub.object() instanceof Expr.Name ann)
                    || !ann.name().equals("__annotations__") || !(sub.index() instanceof Expr.Constant k)
                    || !(k.value() instanceof String name)) {
                continue;
            }
            boolean classVar = namesClassVar(a.value());
            if (names(a.value(), kwOnlyNames, "KW_ONLY")) {
                if (sawKwOnly) refuse(a.token(), "a second KW_ONLY marker");
                sawKwOnly = true;
                kwOnly = true;
                continue;
            }
            boolean hasDefault = false;
            boolean factory = false;
            boolean repr = true;
            boolean compare = true;
            boolean init = true;
            Boolean hash = null;
            boolean fieldKwOnly = kwOnly;
            boolean fromCall = false;
            if (i > 0 && body.get(i - 1) instanceof Stmt.Assign v && v.targets().size() == 1
                    && v.targets().get(0) instanceof Expr.Name n && n.name().equals(name)) {
                hasDefault = true;
                if (v.value() instanceof Expr.Call call && names(call.callee(), fieldNames, "field")) {
                    hasDefault = false;
                    fromCall = true;
                    for (Expr.Keyword kw : call.keywords()) {
                        String k2 = kw.name() == null ? "**" : kw.name();
                        switch (k2) {
                            case "default" -> hasDefault = true;
                            case "default_factory" -> { hasDefault = true; factory = true; }
                            case "repr" -> repr = flag(kw, true);
                            case "compare" -> compare = flag(kw, true);
                            case "init" -> init = flag(kw, true);
                            case "kw_only" -> fieldKwOnly = flag(kw, kwOnly);
                            case "hash" -> hash = kw.value() instanceof Expr.Constant hv && hv.value() == Expr.NONE ? null : flag(kw, true);
                            case "metadata" -> { }
                            default -> refuse(kw.token(), "field(" + k2 + "=...)");
                        }
                    }
                    if (!call.args().isEmpty()) refuse(call.token(), "positional arguments to field()");
                }
            }
            // A ClassVar is a pseudo-field (_FIELD_CLASSVAR): in __dataclass_fields__ only, its default
            // left as the class attribute; a field() call for it is not modelled.
            if (classVar && fromCall) refuse(a.token(), "field() for a ClassVar in a dataclass");
            boolean initVar = !classVar && namesInitVar(a.value());
            if (initVar && fromCall) refuse(a.token(), "field() for an InitVar in a dataclass");
            fields.add(new Field(name, hasDefault, factory, repr, compare, init, hash, !classVar && fieldKwOnly, fromCall, classVar, initVar));
        }
        return fields;
    }

    private boolean flag(Expr.Keyword kw, boolean fallback) {
        if (kw.value() instanceof Expr.Constant v && v.value() instanceof Boolean b) return b;
        refuse(kw.token(), "field(" + kw.name() + "=<not True or False>)");
        return fallback;
    }

    /** The statements dataclasses would add, as Python source for the class body. */
    private String source(Stmt.ClassDef c, List<Field> fields, List<Field> own, List<String> inherited, Map<String, Boolean> options,
                          Set<String> defined, boolean postInit, boolean anyBase, boolean anyFrozenBase) {
        StringBuilder s = new StringBuilder();
        boolean frozen = options.get("frozen");
        if (options.get("order") && !options.get("eq")) {
            return s.append("raise ValueError('eq must be true if order is true')\n").toString();
        }
        if (anyBase && anyFrozenBase && !frozen) return s.append("raise TypeError('cannot inherit non-frozen dataclass from a frozen one')\n").toString();
        if (anyBase && !anyFrozenBase && frozen) return s.append("raise TypeError('cannot inherit frozen dataclass from a non-frozen one')\n").toString();
        s.append("__dataclass_fields__ = {");
        List<String> entries = new ArrayList<>();
        for (String base : inherited) entries.add("**" + base + ".__dataclass_fields__");
        Set<String> annotated = new HashSet<>();
        for (Field f : own) {
            annotated.add(f.name);
            String made = "__dataclass_field__('" + f.name + "', __annotations__['" + f.name + "'], "
                    + (f.classVar ? "None" : f.initVar ? (f.kwOnly ? "'initvar kw_only'" : "'initvar'") : f.kwOnly ? "True" : "False") + (f.hasDefault || f.fromCall ? ", " + f.name : "") + ")";
            entries.add("'" + f.name + "': " + made);
        }
        s.append(String.join(", ", entries)).append("}\n");
        String unannotated = fieldWithoutAnnotation(c, annotated);
        // Everything after __dataclass_fields__ works on the real fields: ClassVars are not init
        // parameters, compared, hashed, matched or slotted.
        fields = fields.stream().filter(f -> !f.classVar).toList();
        own = own.stream().filter(f -> !f.classVar).toList();
        if (unannotated != null) return s.append("raise TypeError(\"'").append(unannotated).append("' is a field but has no type annotation\")\n").toString();
        // The field() class attributes become their defaults, or go.
        for (Field f : own) {
            if (!f.fromCall) continue;
            if (f.hasDefault && !f.factory) s.append(f.name).append(" = __dataclass_fields__['").append(f.name).append("'].default\n");
            else s.append("del ").append(f.name).append("\n");
        }
        boolean seenDefault = false;
        for (Field f : fields) {
            if (!f.init || f.kwOnly) continue;
            if (f.hasDefault) seenDefault = true;
            else if (seenDefault) {
                s.append("raise TypeError(\"non-default argument '").append(f.name).append("' follows default argument\")\n");
                return s.toString();
            }
        }
        String self = fields.stream().anyMatch(f -> f.name.equals("self")) ? "__dataclass_self__" : "self";
        if (options.get("init") && !defined.contains("__init__")) {
            initMethod(s, fields, self, frozen, postInit, options.get("slots"));
        }
        // An InitVar is an __init__ parameter (and in __match_args__) only: not stored, shown, compared or hashed.
        List<Field> initFields = fields;
        fields = fields.stream().filter(f -> !f.initVar).toList();
        if (options.get("repr")) {
            List<String> parts = new ArrayList<>();
            for (Field f : fields) if (f.repr) parts.add(f.name + "={self." + f.name + "!r}");
            method(s, c, defined, "__repr__", "def __repr__(self):\n    return self.__class__.__qualname__ + f\"("
                    + String.join(", ", parts) + ")\"\n");
        }
        List<Field> compared = fields.stream().filter(Field::compare).toList();
        if (options.get("eq")) method(s, c, defined, "__eq__", compareMethod("__eq__", "==", compared));
        if (options.get("order")) {
            for (String[] op : new String[][] {{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}}) {
                if (defined.contains(op[0])) {
                    return s.append("raise TypeError('Cannot overwrite attribute ").append(op[0]).append(" in class ")
                            .append(c.name()).append(". Consider using functools.total_ordering')\n").toString();
                }
                s.append(compareMethod(op[0], op[1], compared));
            }
        }
        if (frozen && !frozenMethods(s, c, fields, defined)) return s.toString();
        if (!hashAction(s, c, fields, options, defined)) return s.toString();
        if (options.get("match_args")) {
            List<String> names = initFields.stream().filter(f -> f.init && !f.kwOnly).map(f -> "'" + f.name + "'").toList();
            // tuple(f.name for f in std_init_fields): a new tuple (no code constant), garbage with the class.
            method(s, c, defined, "__match_args__", "__match_args__ = tuple([" + String.join(", ", names) + "])\n");
        }
        // What the decorator makes beyond these methods, for the collector (runtime.DataclassesModule).
        int cells = options.get("init") && !defined.contains("__init__") ? initClosureCells(initFields, frozen, options.get("slots")) : 0;
        s.append("__dataclass_params__ = '").append(options.get("repr") && !defined.contains("__repr__") ? "repr " : "")
                .append("cells=").append(cells).append(frozen ? " frozen" : "").append("'\n");
        // _process_class checks weakref_slot before _add_slots would look at the class's own __slots__.
        if (options.get("weakref_slot") && !options.get("slots")) {
            s.append("raise TypeError('weakref_slot is True but slots is False')\n");
        } else if (options.get("slots") && defined.contains("__slots__")) {
            s.append("raise TypeError('").append(c.name()).append(" already specifies __slots__')\n");
        }
        return s.toString();
    }

    /** _set_new_attribute: a name the class body defines itself is kept. */
    private static void method(StringBuilder s, Stmt.ClassDef c, Set<String> defined, String name, String source) {
        if (!defined.contains(name)) s.append(source);
    }

    /**
     * _init_fn: the parameters are the init fields, keyword-only ones after a `*`; each field's line
     * is _field_init's (a factory called when its sentinel is passed or when init=False, a frozen
     * class assigning through object.__setattr__), then __post_init__ when the class has one.
     */
    private static void initMethod(StringBuilder s, List<Field> fields, String self, boolean frozen, boolean postInit, boolean slots) {
        String entry = "__dataclass_fields__['%s']";
        List<String> params = new ArrayList<>();
        params.add(self);
        List<String> keywordParams = new ArrayList<>();
        for (Field f : fields) {
            if (!f.init) continue;
            String p = f.name + ":" + entry.formatted(f.name) + ".type";
            if (f.factory) p += "=" + entry.formatted(f.name);
            else if (f.hasDefault) p += "=" + entry.formatted(f.name) + ".default";
            (f.kwOnly ? keywordParams : params).add(p);
        }
        if (!keywordParams.isEmpty()) {
            params.add("*");
            params.addAll(keywordParams);
        }
        List<String> lines = new ArrayList<>();
        for (Field f : fields) {
            if (f.initVar) continue; // _field_init: nothing to assign
            String stored = self + "." + entry.formatted(f.name);
            String value;
            if (f.factory) {
                value = f.init ? stored + ".default_factory() if " + f.name + " is " + stored + " else " + f.name
                        : stored + ".default_factory()";
            } else if (f.init) {
                value = f.name;
            } else if (slots && f.hasDefault) {
                value = stored + ".default";
            } else {
                continue; // reading it finds the class attribute (or nothing)
            }
            lines.add(frozen ? "object.__setattr__(" + self + ",'" + f.name + "'," + value + ")" : self + "." + f.name + "=" + value);
        }
        if (postInit) {
            lines.add(self + ".__post_init__(" + String.join(",", fields.stream().filter(Field::initVar).map(Field::name).toList()) + ")");
        }
        if (lines.isEmpty()) lines.add("pass");
        s.append("def __init__(").append(String.join(", ", params)).append(")->None:\n");
        for (String line : lines) s.append("    ").append(line).append("\n");
    }

    /**
     * The cells of the closure CPython's exec'd __init__ has: its body names each factory
     * (_dflt_x), _HAS_DEFAULT_FACTORY for a factory parameter, a slots class's init=False
     * default, and a frozen class's object (__dataclass_builtins_object__).
     */
    private static int initClosureCells(List<Field> fields, boolean frozen, boolean slots) {
        int cells = 0;
        boolean sentinel = false;
        boolean assigns = false;
        for (Field f : fields) {
            if (f.factory) {
                cells++;
                sentinel |= f.init;
            }
            if (f.initVar) continue;
            if (slots && !f.init && f.hasDefault && !f.factory) cells++;
            assigns |= f.init || f.factory || slots && f.hasDefault;
        }
        return cells + (sentinel ? 1 : 0) + (frozen && assigns ? 1 : 0);
    }

    /**
     * _frozen_get_del_attr: assigning or deleting a field (any attribute of the class's own
     * instances) raises. CPython's fallback is super(cls, self); object's is called directly here
     * (no method mentions super, so the class gets no __class__ cell), which differs only under a
     * plain base class with its own __setattr__.
     */
    private static boolean frozenMethods(StringBuilder s, Stmt.ClassDef c, List<Field> fields, Set<String> defined) {
        for (String name : List.of("__setattr__", "__delattr__")) {
            if (defined.contains(name)) {
                s.append("raise TypeError('Cannot overwrite attribute ").append(name).append(" in class ").append(c.name()).append("')\n");
                return false;
            }
        }
        List<String> names = fields.stream().map(f -> "'" + f.name + "'").toList();
        String tuple = "(" + String.join(",", names) + (names.isEmpty() ? ")" : ",)");
        s.append("def __setattr__(self, name, value):\n    if type(self) is ").append(c.name()).append(" or name in ").append(tuple)
                .append(":\n        raise __dataclass_frozen_error__(f\"cannot assign to field {name!r}\")\n")
                .append("    object.__setattr__(self, name, value)\n");
        s.append("def __delattr__(self, name):\n    if type(self) is ").append(c.name()).append(" or name in ").append(tuple)
                .append(":\n        raise __dataclass_frozen_error__(f\"cannot delete field {name!r}\")\n")
                .append("    object.__delattr__(self, name)\n");
        return true;
    }

    /**
     * _hash_action's table: unsafe_hash adds __hash__ (an explicit one is an error), eq with frozen
     * adds it unless the class has its own, eq without frozen leaves __hash__ None (the generated
     * __eq__ does that, as in type_new), and without eq the base's __hash__ stays.
     */
    private static boolean hashAction(StringBuilder s, Stmt.ClassDef c, List<Field> fields, Map<String, Boolean> options, Set<String> defined) {
        boolean explicit = defined.contains("__hash__");
        boolean add;
        if (options.get("unsafe_hash")) {
            if (explicit) {
                s.append("raise TypeError('Cannot overwrite attribute __hash__ in class ").append(c.name()).append("')\n");
                return false;
            }
            add = true;
        } else {
            add = options.get("eq") && options.get("frozen") && !explicit;
        }
        if (add) {
            StringBuilder tuple = new StringBuilder("(");
            for (Field f : fields) if (f.hashed()) tuple.append("self.").append(f.name).append(",");
            s.append("def __hash__(self):\n    return hash(").append(tuple).append("))\n");
        }
        return true;
    }

    /** The first field() class attribute without an annotation (CPython's TypeError), or null. */
    private String fieldWithoutAnnotation(Stmt.ClassDef c, Set<String> annotated) {
        for (Stmt st : c.body()) {
            if (st instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                    && a.value() instanceof Expr.Call call && names(call.callee(), fieldNames, "field") && !annotated.contains(n.name())) {
                return n.name();
            }
        }
        return null;
    }

    /** _cmp_fn: the two objects' compared fields as tuples, when both are of the same class. */
    private static String compareMethod(String name, String op, List<Field> fields) {
        StringBuilder mine = new StringBuilder("(");
        StringBuilder theirs = new StringBuilder("(");
        for (Field f : fields) {
            mine.append("self.").append(f.name).append(",");
            theirs.append("other.").append(f.name).append(",");
        }
        return "def " + name + "(self, other):\n    if other.__class__ is self.__class__:\n        return "
                + mine + ")" + op + theirs + ")\n    return NotImplemented\n";
    }

    /** Names the class body itself defines (def or assignment): dataclass does not replace them. */
    /** Whether the class statement is a @dataclass this expansion rewrote (its body holds the __dataclass_params__ note). */
    static boolean isExpanded(Stmt.ClassDef c) {
        return definedNames(c).contains("__dataclass_params__");
    }

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
