package com.studyhall.simulation.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What the lab's enum (runtime.EnumClasses) leaves out, refused before the run: the hooks and
 * internals of Lib/enum.py a class body can name (_missing_, _generate_next_value_, _ignore_,
 * __new__...), a nested class or a name bound twice in an enum body (3.11's DeprecationWarning and
 * _EnumDict's TypeError), the functional API, and EnumType's __dir__ and __reversed__.
 */
final class EnumChecks {
    /** Sunder and dunder names of Lib/enum.py the lab does not model. */
    private static final Set<String> INTERNALS = Set.of("_missing_", "_generate_next_value_", "_ignore_", "_order_",
            "_new_member_", "_use_args_", "_member_type_", "_value_repr_", "_unhashable_values_", "_boundary_",
            "_flag_mask_", "_all_bits_", "_singles_mask_", "_inverted_", "_numeric_repr_", "_add_alias_",
            "_add_value_alias_", "_simple_enum", "_convert_", "_create_", "_get_mixins_",
            "_find_data_type_", "_find_new_", "_check_for_existing_members_", "_missing_value_");

    /** The names bound to enum.Enum and enum.Flag and to the program's enum classes. */
    private final Set<String> enumNames = new HashSet<>();
    /** The names bound to enum.Enum and enum.Flag themselves. */
    private final Set<String> baseNames = new HashSet<>();
    /** enum.Flag's names and the program's Flag classes (auto() follows Flag's rule there). */
    private final Set<String> flagNames = new HashSet<>();
    /** StrEnum's names and the program's StrEnum classes (auto() gives the lower-cased name there). */
    private final Set<String> strNames = new HashSet<>();
    /** enum's classes a program's enum class may derive from. */
    private static final Set<String> BASES = Set.of("Enum", "Flag", "ReprEnum", "IntEnum", "StrEnum", "IntFlag");
    private final BiConsumer<Token, String> refuse;
    boolean imported;

    EnumChecks(BiConsumer<Token, String> refuse) {
        this.refuse = refuse;
    }

    void importedName(String name, String alias) {
        imported = true;
        if (BASES.contains(name)) {
            enumNames.add(alias);
            baseNames.add(alias);
        }
        if (name.equals("Flag") || name.equals("IntFlag")) flagNames.add(alias);
        if (name.equals("Enum")) plainEnumNames.add(alias);
        if (name.equals("StrEnum")) strNames.add(alias);
    }

    /** class Color(Enum) or class Color(enum.Enum), or a class deriving from a program's enum class. */
    boolean isEnumClass(Stmt.ClassDef s, java.util.Map<String, String> modules) {
        for (Expr b : s.bases()) {
            if (b instanceof Expr.Name n && enumNames.contains(n.name())) return true;
            if (b instanceof Expr.Attribute a && BASES.contains(a.name()) && a.object() instanceof Expr.Name m
                    && "enum".equals(modules.get(m.name()))) {
                return true;
            }
        }
        return false;
    }

    /** Builtin types a class statement could mix into an enum; the lab models int, str and float (runtime.EnumClasses). */
    private static final Set<String> MIXIN_TYPES = Set.of("int", "str", "float", "complex", "bytes", "bytearray", "tuple",
            "list", "dict", "set", "frozenset");
    private static final Set<String> MODELLED_MIXINS = Set.of("int", "str", "float");
    /** The names bound to enum.Enum itself. */
    private final Set<String> plainEnumNames = new HashSet<>();
    /** The program's enum classes mixing in a builtin type, with that type (their subclasses inherit it). */
    private final java.util.Map<String, String> mixinOf = new java.util.HashMap<>();

    /** The body of an enum class: each name bound once, no nested class, no hook of Lib/enum.py. */
    void checkBody(Stmt.ClassDef s) {
        enumNames.add(s.name());
        String mixin = checkMixin(s);
        for (Expr b : s.bases()) {
            if (b instanceof Expr.Name n && mixinOf.containsKey(n.name())) mixin = mixinOf.get(n.name());
        }
        if (mixin != null) {
            mixinOf.put(s.name(), mixin);
            checkMixinValues(s, mixin);
        }
        boolean flag = s.bases().stream().anyMatch(b -> b instanceof Expr.Name n && flagNames.contains(n.name())
                || b instanceof Expr.Attribute a && (a.name().equals("Flag") || a.name().equals("IntFlag")));
        if (flag) flagNames.add(s.name());
        boolean str = s.bases().stream().anyMatch(b -> b instanceof Expr.Name n && strNames.contains(n.name())
                || b instanceof Expr.Attribute a && a.name().equals("StrEnum"));
        if (str) strNames.add(s.name());
        if (!flag && !str && (mixin == null || mixin.equals("int"))) checkAutoValues(s);
        Set<String> seen = new HashSet<>();
        Set<String> autos = new HashSet<>();
        for (Stmt st : s.body()) {
            if (st instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
                // _EnumDict turns auto() into its value at once (RED | GREEN reads ints): the lab resolves the
                // auto() values when the body reads one (EnumClasses.resolveBodyAutos), for enum and Flag
                // classes; a StrEnum's or a mixed-in type's are refused.
                Expr.Name read = str || mixin != null ? readsName(a.value(), autos) : null;
                if (read != null) refuse.accept(read.token(), "a name bound to auto() read in the enum class body ('" + read.name() + "')");
                if (isAuto(a.value())) autos.add(n.name());
            }
            Stmt def = st instanceof Stmt.Decorated d ? d.definition() : st;
            if (def instanceof Stmt.ClassDef c) {
                refuse.accept(c.token(), "a class statement inside an enum class (a member with a DeprecationWarning in 3.11)");
            } else if (def instanceof Stmt.FunctionDef f) {
                if (f.name().equals("__new__") || INTERNALS.contains(f.name())) {
                    refuse.accept(f.token(), "the enum hook '" + f.name() + "'");
                } else if (!seen.add(f.name())) {
                    refuse.accept(f.token(), "a name defined twice in an enum class ('" + f.name() + "')");
                }
            } else if (st instanceof Stmt.Assign a) {
                for (Expr t : a.targets()) {
                    if (!(t instanceof Expr.Name n)) {
                        refuse.accept(t.token(), "an enum member bound by unpacking or subscript");
                    } else if (INTERNALS.contains(n.name()) || n.name().equals("_value_") || n.name().equals("_name_")) {
                        refuse.accept(n.token(), "the enum setting '" + n.name() + "'");
                    } else if (!seen.add(n.name())) {
                        refuse.accept(n.token(), "a name bound twice in an enum class ('" + n.name() + "')");
                    }
                }
            } else if (st instanceof Stmt.AugAssign || st instanceof Stmt.LocalAnnotation) {
                refuse.accept(st.token(), "an augmented or annotated assignment in an enum class");
            }
        }
    }

    /**
     * A builtin type mixed into an enum: the lab models {@code class C(int|str|float, Enum)}, the
     * type written first and enum.Enum itself last (EnumType's own rule), as 3.11's Enum prints them.
     * Returns the mixed-in type, or null.
     */
    private String checkMixin(Stmt.ClassDef s) {
        String mixin = null;
        for (Expr b : s.bases()) {
            if (!(b instanceof Expr.Name n) || !MIXIN_TYPES.contains(n.name())) continue;
            if (!MODELLED_MIXINS.contains(n.name())) {
                refuse.accept(n.token(), "an enum class mixing in '" + n.name() + "' (int, str and float are supported)");
                return null;
            }
            mixin = n.name();
        }
        if (mixin == null) return null;
        List<Expr> bases = s.bases();
        boolean shape = bases.size() == 2 && bases.get(0) instanceof Expr.Name first && first.name().equals(mixin)
                && (bases.get(1) instanceof Expr.Name e && plainEnumNames.contains(e.name())
                || bases.get(1) instanceof Expr.Attribute a && a.name().equals("Enum"));
        if (!shape || !s.keywords().isEmpty()) {
            refuse.accept(s.token(), "an enum class mixing in '" + mixin + "' other than as class " + s.name() + "(" + mixin + ", Enum)");
        }
        return mixin;
    }

    /**
     * In a mixin's body a member's _value_ is the mixed-in type called with the value: the lab
     * models values already of that type, so auto() (an int) in a str or float mixin and a literal
     * of another type are refused.
     */
    private void checkMixinValues(Stmt.ClassDef s, String mixin) {
        for (Stmt st : s.body()) {
            if (!(st instanceof Stmt.Assign a) || a.targets().size() != 1 || !(a.targets().get(0) instanceof Expr.Name n)
                    || n.name().startsWith("_")) {
                continue;
            }
            Expr value = a.value();
            boolean wrong;
            if (isAuto(value)) {
                wrong = !mixin.equals("int");
            } else if (value instanceof Expr.Constant c) {
                Object k = c.value();
                wrong = switch (mixin) {
                    case "int" -> !(k instanceof BigInteger);
                    case "float" -> !(k instanceof Double);
                    default -> !(k instanceof String);
                };
            } else {
                wrong = value instanceof Expr.TupleDisplay || value instanceof Expr.Unary u && !(mixin.equals("int") && intLiteral(u) != null)
                        && !(mixin.equals("float") && u.operand() instanceof Expr.Constant c && c.value() instanceof Double);
            }
            if (wrong) {
                refuse.accept(value.token(), (isAuto(value) ? "auto()" : "an enum member value that is not a " + mixin)
                        + " in a class mixing in '" + mixin + "'");
            }
        }
    }

    /**
     * Enum's auto() gives one more than the last value when that value is the largest int so far;
     * otherwise 3.11 takes a DeprecationWarning path (or, after a str, starts again at 1) that the
     * lab does not model. Refused when a value before an auto() is not an int literal or the last
     * of them is not the largest.
     */
    private void checkAutoValues(Stmt.ClassDef s) {
        List<BigInteger> values = new ArrayList<>();
        boolean unknown = false;
        for (Stmt st : s.body()) {
            if (!(st instanceof Stmt.Assign a) || a.targets().size() != 1 || !(a.targets().get(0) instanceof Expr.Name n)
                    || n.name().startsWith("_")) {
                continue;
            }
            if (isAuto(a.value())) {
                BigInteger last = values.isEmpty() ? null : values.get(values.size() - 1);
                if (unknown || last != null && values.stream().anyMatch(v -> v.compareTo(last) > 0)) {
                    refuse.accept(a.value().token(), "auto() after a member value that is not the largest int so far");
                    return;
                }
                values.add(last == null ? BigInteger.ONE : last.add(BigInteger.ONE));
            } else {
                BigInteger literal = intLiteral(a.value());
                if (literal == null) unknown = true;
                else values.add(literal);
            }
        }
    }

    /** The first name of names that e reads through operators (RED | GREEN, ~RED), or null. */
    private static Expr.Name readsName(Expr e, Set<String> names) {
        if (e instanceof Expr.Name n) return names.contains(n.name()) ? n : null;
        if (e instanceof Expr.Unary u) return readsName(u.operand(), names);
        if (e instanceof Expr.Binary b) {
            Expr.Name left = readsName(b.left(), names);
            return left != null ? left : readsName(b.right(), names);
        }
        return null;
    }

    private static boolean isAuto(Expr e) {
        return e instanceof Expr.Call c && c.args().isEmpty() && c.keywords().isEmpty()
                && (c.callee() instanceof Expr.Name n && n.name().equals("auto")
                || c.callee() instanceof Expr.Attribute a && a.name().equals("auto"));
    }

    private static BigInteger intLiteral(Expr e) {
        if (e instanceof Expr.Constant c && c.value() instanceof BigInteger i) return i;
        if (e instanceof Expr.Unary u && u.op() == TokenType.MINUS && u.operand() instanceof Expr.Constant c
                && c.value() instanceof BigInteger i) {
            return i.negate();
        }
        return null;
    }

    /** EnumType's __members__ and Lib/enum.py's internals as attributes. */
    void checkAttribute(Expr.Attribute a) {
        if (imported && INTERNALS.contains(a.name())) refuse.accept(a.token(), "the enum attribute '" + a.name() + "'");
    }

    /** Enum('Color', 'RED GREEN') (the functional API), dir() and reversed() of an enum class. */
    void checkCall(Expr.Call e) {
        if (imported && e.callee() instanceof Expr.Attribute a && BASES.contains(a.name())) {
            refuse.accept(e.token(), "the enum functional API (enum." + a.name() + "(...))");
        }
        if (!imported || !(e.callee() instanceof Expr.Name n)) return;
        if (baseNames.contains(n.name())) refuse.accept(e.token(), "the enum functional API (" + n.name() + "(...))");
        if ((n.name().equals("dir") || n.name().equals("reversed")) && e.args().size() == 1
                && e.args().get(0) instanceof Expr.Name arg && enumNames.contains(arg.name())) {
            refuse.accept(e.token(), n.name() + "() of an enum class");
        }
    }
}
