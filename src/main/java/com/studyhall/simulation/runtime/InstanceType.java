package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * object, and every user class through it: each slot looks for the special method on the
 * instance's class (slot_* in typeobject.c) and falls back to object's behaviour. The special
 * method gets its own references to self and the arguments; the caller keeps the operands on the
 * value stack meanwhile, as CPython's evaluation loop does.
 */
final class InstanceType extends BuiltinType {
    InstanceType(Interpreter in) {
        super("object", null, in);
        // object's own methods, reached through super() or when a class does not define them.
        method("__init__", (self, args, kw) -> {
            if (self instanceof PyInstance e && e.exc != null) return exceptionInit(e, args, kw);
            if (!args.isEmpty() || !kw.isEmpty()) objectInitExcess(self);
            return v.none;
        });
        method("__repr__", (self, args, kw) -> v.str(objectRepr(self)));
        method("__setattr__", (self, args, kw) -> {
            if (args.size() != 2) throw new PyRaise("TypeError", "expected 2 arguments, got " + args.size());
            if (!(args.get(0) instanceof PyStr name)) {
                throw new PyRaise("TypeError", "attribute name must be string, not '" + args.get(0).typeName() + "'");
            }
            in.attributes.setGeneric(self, name.value, heap.newRef(args.get(1)));
            return v.none;
        });
        method("__getattribute__", (self, args, kw) -> {
            if (args.size() != 1) throw new PyRaise("TypeError", "expected 1 argument, got " + args.size());
            if (!(args.get(0) instanceof PyStr name)) {
                throw new PyRaise("TypeError", "attribute name must be string, not '" + args.get(0).typeName() + "'");
            }
            return in.attributes.genericGet(self, name.value);
        });
        method("__delattr__", (self, args, kw) -> {
            if (args.size() != 1) throw new PyRaise("TypeError", "expected 1 argument, got " + args.size());
            if (!(args.get(0) instanceof PyStr name)) {
                throw new PyRaise("TypeError", "attribute name must be string, not '" + args.get(0).typeName() + "'");
            }
            in.attributes.deleteGeneric(self, name.value);
            return v.none;
        });
        method("__str__", (self, args, kw) -> v.str(self instanceof PyInstance e && e.exc != null
                ? in.exceptions.classes.str(e) : ops().str(self)));
        method("add_note", (self, args, kw) -> {
            if (!(self instanceof PyInstance e && e.exc != null)) throw noAttribute(self, "add_note");
            Args.noKeywords("BaseException.add_note", kw);
            return ExceptionNotes.add(in, e, one("add_note", args));
        });
        method("derive", (self, args, kw) -> group(self, "derive", kw).derive((PyInstance) self, args));
        method("split", (self, args, kw) -> group(self, "split", kw).split((PyInstance) self, args));
        method("subgroup", (self, args, kw) -> group(self, "subgroup", kw).subgroup((PyInstance) self, args));
        method("with_traceback", (self, args, kw) -> {
            if (!(self instanceof PyInstance e && e.exc != null)) throw noAttribute(self, "with_traceback");
            Args.noKeywords("BaseException.with_traceback", kw);
            PyObject tb = one("with_traceback", args);
            in.exceptions.setBaseAttribute(e, "__traceback__", heap.newRef(tb));
            return heap.newRef(e);
        });
    }

    /**
     * object_init given arguments: with a class's own __init__ somewhere (tp_init is not object's) it
     * names object; else with object's __new__ too it names the class; a class with its own __new__
     * lets object.__init__ take them (`a.__init__(1)` on such a class returns None).
     */
    private void objectInitExcess(PyObject self) {
        PyClass cls = self instanceof PyInstance i ? i.cls : null;
        if (cls == null || cls.lookup("__init__") != null) {
            throw new PyRaise("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if (cls.lookup("__new__") == null) {
            throw new PyRaise("TypeError", cls.name + ".__init__() takes exactly one argument (the instance to initialize)");
        }
    }

    /**
     * BaseException's and BaseExceptionGroup's methods belong to exceptions and groups only: on any other
     * instance the name is a miss, so a class's __getattr__ answers it (a proxy's `split`).
     */
    @Override
    boolean lacksMethod(PyObject o, String methodName) {
        return switch (methodName) {
            case "add_note", "with_traceback" -> !(o instanceof PyInstance e && e.exc != null);
            case "derive", "split", "subgroup" -> !in.exceptions.groups.isGroup(o);
            default -> false;
        };
    }

    /** The group methods' receiver check (METH_O and METH_VARARGS: no keywords). */
    private ExceptionGroups group(PyObject self, String name, java.util.Map<String, PyObject> kw) {
        if (!in.exceptions.groups.isGroup(self)) throw noAttribute(self, name);
        Args.noKeywords("BaseExceptionGroup." + name, kw);
        return in.exceptions.groups;
    }

    private static PyObject one(String name, List<PyObject> args) {
        if (args.size() != 1) throw new PyRaise("TypeError", "BaseException." + name + "() takes exactly one argument (" + args.size() + " given)");
        return args.get(0);
    }

    /** BaseException.__init__ (through super()): args becomes a tuple of the arguments. */
    private PyObject exceptionInit(PyInstance e, List<PyObject> args, java.util.Map<String, PyObject> kw) {
        in.exceptions.classes.checkKeywords(e.cls, kw);
        PyObject old = e.exc.args;
        if (in.builtinImpl.takeArgumentsPackedByCaller(args)) {
            // super().__init__(*args): CALL_FUNCTION_EX's tuple reaches the method-wrapper's tp_call as
            // it is, and BaseException_init keeps that very tuple (an exact *args tuple is shared, no copy).
            e.exc.args = heap.newRef(in.starCall.tuple);
        } else if (args.isEmpty()) {
            e.exc.args = heap.newRef(v.emptyTuple);
        } else {
            PyObject[] items = new PyObject[args.size()];
            for (int i = 0; i < items.length; i++) items[i] = heap.newRef(args.get(i));
            e.exc.args = heap.alloc(new PyTuple(items));
        }
        heap.decref(old);
        in.exceptions.classes.initMembers(e);
        in.exceptions.classes.keywordMembers(e, kw);
        return v.none;
    }

    private String objectRepr(PyObject o) {
        return o instanceof PyInstance e && e.exc != null ? in.exceptions.classes.repr(e) : defaultRepr(o);
    }

    private static String defaultRepr(PyObject o) {
        // object_repr: the class's __module__ (a library class's own, contextlib.ExitStack), then its qualname.
        PyClass cls = ((PyInstance) o).cls;
        return "<" + (cls.module != null ? cls.module : "__main__") + "." + cls.qualname + " object at " + Reprs.address(o) + ">";
    }

    /** The special method's result (a new reference), or null when the class does not define it. */
    PyObject special(PyObject self, String name, PyObject... args) {
        PyObject m = ((PyInstance) self).cls.lookup(name);
        if (m == null || m instanceof PyNone) return null;
        List<PyObject> all = new ArrayList<>();
        PyObject f = m;
        if (m instanceof PyDescriptor d && d.kind.equals("staticmethod")) {
            f = d.fget;
        } else {
            all.add(self);
        }
        all.addAll(List.of(args));
        return in.callBorrowed(f, all);
    }

    /**
     * PyNumber_Long's call of __int__ (int(x)): the result, which must be an int; null when the
     * class has no __int__.
     */
    PyObject toInt(PyObject o) {
        PyObject r = special(o, "__int__");
        if (r == null && holdsValue(o)) return convertValue("int", o);
        // PyNumber_Long falls back to __index__ (copied to an exact int: a bool result prints as 1).
        if (r == null && defines(o, "__index__")) return indexInt(o);
        if (r == null) return null;
        // A bool or an int subclass's instance is taken with a DeprecationWarning and copied to an exact int.
        PyInt value = strictIntSubclassValue("__int__", r);
        if (value != null) return exactInt(value);
        if (r instanceof PyInt) return r;
        heap.decref(r);
        throw new PyRaise("TypeError", "__int__ returned non-int (type " + r.typeName() + ")");
    }

    /**
     * PyNumber_Index's call of __index__: the int it returned, already released (ints are not
     * tracked and the callers read only the value). Not an int: CPython's TypeError.
     */
    PyInt index(PyObject o) {
        PyInt i = indexResult(o);
        heap.decref(i);
        return i;
    }

    /** PyNumber_Index (the public one): __index__'s result as a new reference to an exact int. */
    PyObject indexInt(PyObject o) {
        return exactInt(indexResult(o));
    }

    /** _PyNumber_Index's result as a new reference (int(x) and float(x) of a class with only __index__). */
    private PyInt indexResult(PyObject o) {
        PyObject r = special(o, "__index__");
        PyInt value = strictIntSubclassValue("__index__", r);
        if (value != null) return value;
        if (r instanceof PyInt i) return i;
        heap.decref(r);
        throw new PyRaise("TypeError", "__index__ returned non-int (type " + r.typeName() + ")");
    }

    /**
     * A bool, or an instance of a class deriving from int, returned by __index__ or __int__: CPython
     * warns (DeprecationWarning) and goes on with it; a new reference to its int (the bool itself, an
     * instance's value), the result released. Null for anything else.
     */
    private PyInt strictIntSubclassValue(String method, PyObject r) {
        if (r instanceof PyBool b) {
            in.warnings.strictSubclassResult(method, "bool");
            return b;
        }
        if (!(r instanceof PyInstance i) || !(i.body instanceof PyInt n)) return null;
        in.warnings.strictSubclassResult(method, i.cls.name);
        heap.incref(n);
        heap.decref(r);
        return n;
    }

    /** PyNumber_Float's call of __float__ (float(x), math's arguments): a float, or null when the class has none. */
    PyObject toFloat(PyObject o) {
        PyObject r = special(o, "__float__");
        if (r == null && holdsValue(o) && !(((PyInstance) o).body instanceof PyTuple)) return convertValue("float", o);
        if (r == null && defines(o, "__index__")) return indexAsFloat(indexResult(o));
        if (r == null || r instanceof PyFloat) return r;
        heap.decref(r);
        throw new PyRaise("TypeError", ((PyInstance) o).cls.name + ".__float__ returned non-float (type " + r.typeName() + ")");
    }

    private PyObject exactInt(PyInt i) {
        if (!(i instanceof PyBool)) return i;
        heap.decref(i);
        return v.integer(i.value());
    }

    /** PyLong_AsDouble of __index__'s result, with its OverflowError. */
    private PyObject indexAsFloat(PyInt i) {
        heap.decref(i);
        double d = i.value().doubleValue();
        if (Double.isInfinite(d)) throw new PyRaise("OverflowError", "int too large to convert to float");
        return v.floating(d);
    }

    private static boolean holdsValue(PyObject o) {
        return o instanceof PyInstance i && i.holdsValue();
    }

    /**
     * int(x), float(x) of an int, float or str subclass's instance whose class has no __int__ or
     * __float__: the base type's own conversion of the value, a plain object.
     */
    private PyObject convertValue(String type, PyObject o) {
        return in.valueInstances.plain(o, builtins().newPlain(type, List.of(((PyInstance) o).body), java.util.Map.of()));
    }

    /** What the builtin type's slot works on: a value subclass's value, a container subclass's instance itself. */
    private static PyObject recv(PyObject o) {
        return BuiltinBases.receiver(o);
    }

    /** A slot's result, where the value itself (an unchanged str or tuple) becomes a plain copy. */
    private PyObject plain(PyObject self, PyObject r) {
        return in.valueInstances.plain(self, r);
    }

    /** PyObject_Format's call of __format__ (format(), f-strings, str.format): a str, or null when the class has none. */
    String format(PyObject o, String spec) {
        if (!defines(o, "__format__")) return null;
        PyObject r = formatObject(o, spec);
        try {
            return ((PyStr) r).value;
        } finally {
            heap.decref(r);
        }
    }

    /** The str a class's __format__ returned (a new reference; PyObject_Format passes it on as it is). */
    PyObject formatObject(PyObject o, String spec) {
        // The spec string is the caller's (FORMAT_VALUE's stack, format()'s argument) while __format__ runs.
        PyObject specStr = v.str(spec);
        builtins().hold(specStr);
        PyObject r;
        try {
            r = special(o, "__format__", specStr);
        } finally {
            builtins().unhold(specStr);
            heap.decref(specStr);
        }
        if (r instanceof PyStr) return r;
        PyRaise wrong = new PyRaise("TypeError", "__format__ must return a str, not " + r.typeName());
        heap.decref(r);
        throw wrong;
    }

    /** What a class's __str__ or __repr__ returned (a new reference; PyObject_Str passes it on), or null without one. */
    PyObject textObject(PyObject o, String name) {
        PyObject r = special(o, name);
        if (r != null && !StrObjects.isStr(r)) throw nonString(name, r);
        return r;
    }

    /**
     * _PyType_PreHeaderSize: what sys.getsizeof adds to __sizeof__ for an instance: the GC header,
     * and 16 more for 3.11's managed dict (a class with __dict__, list and dict subclasses too;
     * exceptions keep BaseException's own dict pointer).
     */
    static long preHeaderSize(PyInstance o) {
        boolean managedDict = o.cls.instanceDict && o.exc == null && !o.cls.hasOdictLayout();
        return 16 + (managedDict ? 16 : 0);
    }

    /**
     * sys.getsizeof of an instance whose class defines __sizeof__: its result (an int >= 0) plus
     * the pre-header; null when the class has none.
     */
    PyObject sizeofResult(PyObject o) {
        if (!(((PyInstance) o).cls.lookup("__sizeof__") instanceof PyFunction)) return null;
        PyObject r = special(o, "__sizeof__");
        try {
            if (!(r instanceof PyInt n)) throw new PyRaise("TypeError", "an integer is required");
            if (n.signum() < 0) throw new PyRaise("ValueError", "__sizeof__() should return >= 0");
            return v.integer(n.value().add(java.math.BigInteger.valueOf(preHeaderSize((PyInstance) o))));
        } finally {
            heap.decref(r);
        }
    }

    boolean defines(PyObject self, String name) {
        PyObject m = ((PyInstance) self).cls.lookup(name);
        return m != null && !(m instanceof PyNone);
    }

    private String text(String name, PyObject r) {
        if (!StrObjects.isStr(r)) throw nonString(name, r);
        try {
            return StrObjects.text(r);
        } finally {
            heap.decref(r);
        }
    }

    /** slot_tp_str's TypeError for a result that is not a str; the result is dropped. */
    private PyRaise nonString(String name, PyObject r) {
        PyRaise error = new PyRaise("TypeError", name + " returned non-string (type " + r.typeName() + ")");
        heap.decref(r);
        return error;
    }

    /** The builtin type (list, dict, set) whose slots an instance of a subclass falls back to, or null. */
    private BuiltinType base(PyObject o) {
        return BuiltinBases.of(builtins().types, o);
    }

    /** list_repr, dict_repr and set_repr guard against meeting their object again (Py_ReprEnter). */
    @Override
    String recursionRepr(PyObject o) {
        return base(o) != null && !defines(o, "__repr__") ? base(o).recursionRepr(recv(o)) : null;
    }

    @Override
    String repr(PyObject o) {
        PyObject r = special(o, "__repr__");
        if (r != null) return text("__repr__", r);
        if (((PyInstance) o).cls.namedBase != null) return in.namedSubclasses.repr((PyInstance) o);
        // Enum.__repr__ comes before int's and str's in an IntEnum's or StrEnum's MRO.
        if (EnumClasses.isMember(o)) return in.enums.repr((PyInstance) o);
        BuiltinType base = base(o);
        if (base != null) return base.repr(recv(o));
        return objectRepr(o);
    }

    @Override
    String str(PyObject o) {
        PyObject r = special(o, "__str__");
        if (r != null) return text("__str__", r);
        if (o instanceof PyInstance e && e.exc != null) return in.exceptions.classes.str(e);
        // A mixin's member (class Color(str, Enum)) prints as Enum.__str__ does: EnumType put it on the class.
        if (EnumClasses.isMixinMember(o)) return in.enums.str((PyInstance) o);
        // str's own tp_str gives the text; int, float and tuple have object_str, which calls repr.
        if (o instanceof PyInstance i && i.body instanceof PyStr text) return text.value;
        // ReprEnum's __str__ is its type's: an IntEnum member prints as its int.
        if (EnumClasses.isValueMember(o)) return base(o).repr(recv(o));
        if (EnumClasses.isMember(o)) return in.enums.str((PyInstance) o);
        return ops().repr(o); // object_str calls repr through the guard list_repr sets for itself

    }

    @Override
    long len(PyObject o) {
        PyObject r = special(o, "__len__");
        // Flag's __len__ (an IntFlag's MRO has it after int, which has no length).
        if (r == null && FlagMembers.isFlagMember(o)) return in.enums.flags.len((PyInstance) o);
        if (r == null && base(o) != null) return base(o).len(recv(o));
        if (r == null) return super.len(o);
        try {
            if (!(r instanceof PyInt n)) {
                throw new PyRaise("TypeError", "'" + r.typeName() + "' object cannot be interpreted as an integer");
            }
            if (n.value().signum() < 0) throw new PyRaise("ValueError", "__len__() should return >= 0");
            return n.value().longValue();
        } finally {
            heap.decref(r);
        }
    }

    @Override
    boolean truthy(PyObject o) {
        PyObject r = special(o, "__bool__");
        if (r != null) {
            heap.decref(r);
            if (!(r instanceof PyBool b)) throw new PyRaise("TypeError", "__bool__ should return bool, returned " + r.typeName());
            return b.truth();
        }
        if (defines(o, "__len__")) return len(o) != 0;
        if (base(o) != null) return base(o).truthy(recv(o));
        if (FlagMembers.isFlagMember(o)) return in.enums.flags.truthy((PyInstance) o);
        return true;
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyObject r = special(o, "__getitem__", key);
        if (r == null && base(o) != null) return plain(o, base(o).getItem(recv(o), key));
        return r != null ? r : super.getItem(o, key);
    }

    /** A slice of a list subclass's instance that does not define __getitem__: list's own slice (a plain list). */
    @Override
    PyObject slice(PyObject o, SliceValue slice) {
        if (defines(o, "__getitem__")) return special(o, "__getitem__", slice);
        if (base(o) != null) return plain(o, base(o).slice(recv(o), slice));
        return super.slice(o, slice);
    }

    @Override
    void setItem(PyObject o, PyObject key, PyObject value) {
        if (!defines(o, "__setitem__")) {
            if (base(o) != null) base(o).setItem(o, key, value);
            else super.setItem(o, key, value);
            return;
        }
        try {
            heap.decref(special(o, "__setitem__", key, value));
        } finally {
            heap.decref(value);
        }
    }

    @Override
    void delItem(PyObject o, PyObject key) {
        PyObject r = special(o, "__delitem__", key);
        if (r == null && base(o) != null) base(o).delItem(o, key);
        else if (r == null) super.delItem(o, key);
        else heap.decref(r);
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        PyObject r = special(container, "__contains__", item);
        if (r == null && FlagMembers.isFlagMember(container)) return in.enums.flags.contains((PyInstance) container, item);
        if (r == null && base(container) != null) return base(container).contains(recv(container), recv(item));
        if (r == null && (defines(container, "__iter__") || defines(container, "__getitem__"))) return iterSearch(container, item);
        if (r == null) return super.contains(container, item);
        try {
            return ops().truthy(r);
        } finally {
            heap.decref(r);
        }
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return richCompare(a, b, "__eq__", "__eq__") == Boolean.TRUE;
    }

    /** a OP b through a's method, then b's reflected one; null when neither is defined. */
    Boolean richCompare(PyObject a, PyObject b, String name, String reflected) {
        PyObject r = richCompareObject(a, b, name, reflected);
        return r == null ? null : truthReleased(r);
    }

    /** PyObject_IsTrue of a comparison's result, held (where the heap checker sees it) while its __bool__ runs; released. */
    private boolean truthReleased(PyObject r) {
        in.push(r);
        try {
            return ops().truthy(r);
        } finally {
            in.pop();
            heap.decref(r);
        }
    }

    /**
     * do_richcompare's result itself (a new reference): whatever object the method returned
     * ({@code a < b} may be a str, an expression tree...), a bool from a builtin base's
     * comparison, null when neither side answers.
     */
    PyObject richCompareObject(PyObject a, PyObject b, String name, String reflected) {
        // do_richcompare: the right operand's reflected method first when its class is a proper subclass of the left's.
        boolean subclassFirst = a instanceof PyInstance x && b instanceof PyInstance y && x.cls != y.cls && y.cls.mro.contains(x.cls);
        PyObject r = subclassFirst ? compareSlot(b, reflected, a) : null;
        if (r == null && a instanceof PyInstance) r = compareSlot(a, name, b);
        if (r == null && b instanceof PyInstance && !subclassFirst) r = compareSlot(b, reflected, a);
        if (r != null) return r;
        Boolean builtin = builtinCompare(a, b, name);
        return builtin == null ? null : answer(builtin);
    }

    /** A comparison's bool answer as a new reference. */
    PyObject answer(boolean truth) {
        return heap.newRef(v.bool(truth));
    }

    /** list_richcompare, dict_richcompare, set_richcompare for an instance of a subclass that does not define the method. */
    private Boolean builtinCompare(PyObject a, PyObject b, String name) {
        BuiltinType t = base(a) != null ? base(a) : base(b);
        if (t == null) return null;
        a = recv(a);
        b = recv(b);
        return switch (name) {
            case "__eq__" -> t.eq(a, b);
            case "__ne__" -> !t.eq(a, b);
            case "__lt__" -> t.order("<", a, b);
            case "__le__" -> t.order("<=", a, b);
            case "__gt__" -> t.order(">", a, b);
            default -> t.order(">=", a, b);
        };
    }

    /**
     * a != b when neither class defines __ne__: object.__ne__ is a slot wrapper, called through a
     * tuple (self, other) whose slice (other,) reaches object_richcompare, which calls __eq__ and
     * inverts it; so inside __eq__ self has one reference more and other two. The left operand's
     * class first, then the right's (reflected); null when neither has __eq__.
     */
    Boolean equalThroughObjectNe(PyObject a, PyObject b) {
        PyObject r = a instanceof PyInstance ? eqThroughWrapper(a, b) : null;
        if (r == null && b instanceof PyInstance) r = eqThroughWrapper(b, a);
        return r == null ? null : truthReleased(r);
    }

    private PyObject eqThroughWrapper(PyObject self, PyObject other) {
        boolean ownEq = ((PyInstance) self).cls.lookup("__eq__") instanceof PyFunction;
        if (!ownEq && !comparesThroughSlots(self)) return null;
        return throughArgumentTuple(List.of(self, other), call -> throughArgumentTuple(List.of(other),
                slice -> ownEq ? implemented(special(self, "__eq__", other)) : compareSlot(self, "__eq__", other)));
    }

    private static final List<String> COMPARISONS = List.of("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__");

    /**
     * slot_tp_richcompare: the class's own method for the operator; when the class defines another
     * comparison but not this one, object's slot wrapper: found by lookup_maybe_method as a method
     * descriptor, it is called unbound through tp_call, whose argument tuple (self, other) is sliced
     * to (other,) by wrapperdescr_call, and object_richcompare answers (the same object for ==, else
     * NotImplemented); measured: a > b for a class with only __lt__ counts 2 after gc.collect(), the
     * reflected b.__lt__(a) then being a plain call. Null for NotImplemented.
     */
    private PyObject compareSlot(PyObject self, String name, PyObject other) {
        if (defines(self, name)) return implemented(special(self, name, other));
        if (!comparesThroughSlots(self)) return null;
        return throughArgumentTuple(List.of(self, other), call -> throughArgumentTuple(List.of(other),
                slice -> name.equals("__eq__") && self == other ? heap.newRef(v.bool(true)) : null));
    }

    /** A class of the program's own (no builtin base) with a comparison method: its type's tp_richcompare is slot_tp_richcompare. */
    private boolean comparesThroughSlots(PyObject self) {
        return base(self) == null && COMPARISONS.stream().anyMatch(c -> defines(self, c));
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        String[] names = orderNames(op);
        return richCompare(a, b, names[0], names[1]);
    }

    /** a < b (<=, >, >=) as the method's own result, a new reference; null when neither side answers. */
    PyObject orderObject(String op, PyObject a, PyObject b) {
        String[] names = orderNames(op);
        return richCompareObject(a, b, names[0], names[1]);
    }

    private static String[] orderNames(String op) {
        return switch (op) {
            case "<" -> new String[] {"__lt__", "__gt__"};
            case "<=" -> new String[] {"__le__", "__ge__"};
            case ">" -> new String[] {"__gt__", "__lt__"};
            default -> new String[] {"__ge__", "__le__"};
        };
    }

    static String operatorName(TokenType op) {
        return switch (op) {
            case PLUS -> "add";
            case MINUS -> "sub";
            case STAR -> "mul";
            case SLASH -> "truediv";
            case DOUBLE_SLASH -> "floordiv";
            case PERCENT -> "mod";
            case DOUBLE_STAR -> "pow";
            case AMPER -> "and";
            case PIPE -> "or";
            case CARET -> "xor";
            case SHIFT_LEFT -> "lshift";
            case SHIFT_RIGHT -> "rshift";
            case AT -> "matmul";
            default -> null;
        };
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        String n = operatorName(op);
        PyObject r = n == null ? null : implemented(special(a, "__" + n + "__", b));
        // EnumType puts Flag's __or__, __and__, __xor__ on every Flag class: an IntFlag's go before int's.
        if (r == null && FlagMembers.isFlagMember(a)) r = in.enums.flags.binary(op, a, b);
        if (r == null && base(a) != null) r = plain(a, plain(b, base(a).binary(op, recv(a), recv(b))));
        return r;
    }

    /**
     * A special method that returns NotImplemented declines: the caller goes on as if it were not
     * defined (the reflected method, then == by identity or CPython's TypeError).
     */
    private PyObject implemented(PyObject r) {
        if (r instanceof PyNotImplemented) {
            heap.decref(r);
            return null;
        }
        return r;
    }

    /** slot_nb_inplace_*: the class's __iadd__ (and friends) when it defines one. */
    @Override
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        String n = operatorName(op);
        // int, float, str, tuple have no in-place slots: a += b falls back to a + b.
        if (n != null && !defines(a, "__i" + n + "__") && base(a) != null) return holdsValue(a) ? null : base(a).inplace(op, a, b);
        return n == null || !defines(a, "__i" + n + "__") ? null : implemented(special(a, "__i" + n + "__", b));
    }

    /**
     * a OP b for a plain a and an int, float, str or tuple subclass's instance b (binary_op1's slotv
     * when b's reflected method does not go first): a's type takes b as one of its own
     * ("x" + UpperStr("a"), 2 ** Money(3)); null when it declines.
     */
    PyObject withValueOperand(TokenType op, BuiltinType left, PyObject a, PyObject b) {
        String n = operatorName(op);
        if (n == null || defines(b, "__r" + n + "__") && !nativelyTakes(a, b)) return null;
        return leftTakesValue(op, left, a, b);
    }

    /**
     * Whether a's own slot takes b's value in CPython (float_add converts an int, long_add a bool's
     * int): then it answers before b's reflected method unless reflectsFirst put that first
     * (2.0 + MyInt(3) is 5.0; 1 - MyFloat(2) is MyFloat.__rsub__).
     */
    private static boolean nativelyTakes(PyObject a, PyObject b) {
        PyObject body = ((PyInstance) b).body;
        if (body == null) return false;
        if (body instanceof PyInt) return a instanceof PyInt || a instanceof PyFloat || a instanceof PyComplex;
        if (body instanceof PyFloat) return a instanceof PyFloat || a instanceof PyComplex;
        return body.getClass() == a.getClass();
    }

    /** a's type's slot taking b's value as one of its own (5 - MyInt(3) is long_sub's 2). */
    private PyObject leftTakesValue(TokenType op, BuiltinType left, PyObject a, PyObject b) {
        if (!holdsValue(b)) return null;
        // 1 | Perm.R: Flag's __ror__, __rand__, __rxor__ (the same functions) on an IntFlag class go first.
        PyObject flag = FlagMembers.isIntFlagMember(b) ? in.enums.flags.binary(op, b, a) : null;
        if (flag != null) return flag;
        try {
            // "%s" % Color.RED formats the member itself: its str is Enum's, not its value's.
            PyObject operand = op == TokenType.PERCENT && EnumClasses.isMixinMember(b) ? b : recv(b);
            return plain(b, left.binary(op, a, operand));
        } catch (PyRaise refused) {
            // "x" + Money(5): the type's TypeError must name the instance's class; the caller raises it again with b.
            if (refused.exception != null || !refused.type.equals("TypeError")) throw refused;
            return null;
        }
    }

    /**
     * binary_op1's and SLOT1BINFULL's rule: when type(b) is a proper subclass of type(a) and
     * overrides the reflected method (method_is_overloaded: b's class finds another __rX__ than
     * a's), b.__rX__(a) is tried before a's own operator (A() + B() calls B.__radd__ first).
     */
    boolean reflectsFirst(TokenType op, PyObject a, PyObject b) {
        String n = operatorName(op);
        if (n == null || !(b instanceof PyInstance y)) return false;
        PyObject mine = y.cls.lookup("__r" + n + "__");
        if (mine == null || mine instanceof PyNone) return false;
        if (a instanceof PyInstance x) return x.cls != y.cls && y.cls.mro.contains(x.cls) && mine != x.cls.lookup("__r" + n + "__");
        // 5 + MyInt(3): int's own slot differs from the subclass's slot_nb_add, which calls its __radd__.
        return y.body != null && y.body.getClass() == a.getClass() && base(b) == builtins().types.of(a) && mine instanceof PyFunction;
    }

    /** b.__rX__(a) alone, tried first by {@link #reflectsFirst}; null for NotImplemented. */
    PyObject reflectedFirst(TokenType op, PyObject a, PyObject b) {
        return implemented(special(b, "__r" + operatorName(op) + "__", a));
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        String n = operatorName(op);
        PyObject r = n == null ? null : implemented(special(b, "__r" + n + "__", a));
        if (r == null && base(b) != null) r = plain(a, plain(b, base(b).reflected(op, recv(a), recv(b))));
        return r;
    }

    @Override
    PyObject unary(TokenType op, PyObject o) {
        PyObject own = ownUnary(op, o);
        // -m, +m, ~m of an int or float subclass's instance: the base's own, a plain number.
        if (own == null && holdsValue(o)) return plain(o, base(o).unary(op, recv(o)));
        return own;
    }

    private PyObject ownUnary(TokenType op, PyObject o) {
        return switch (op) {
            case MINUS -> special(o, "__neg__");
            case PLUS -> special(o, "__pos__");
            case TILDE -> FlagMembers.isFlagMember(o) && !defines(o, "__invert__")
                    ? in.enums.flags.invert((PyInstance) o) : special(o, "__invert__");
            default -> null;
        };
    }

    /** tp_iter (slot_tp_iter): __iter__'s result, which must be an iterator. */
    @Override
    PyObject iter(PyObject o) {
        PyObject r = special(o, "__iter__");
        if (r == null && FlagMembers.isIntFlagMember(o)) return in.enums.flags.iter((PyInstance) o);
        if (r == null && holdsValue(o)) return valueIterator(o);
        if (r == null && base(o) != null) return base(o).iter(o);
        if (r == null && FlagMembers.isFlagMember(o)) return in.enums.flags.iter((PyInstance) o);
        if (r == null && defines(o, "__getitem__")) return heap.alloc(new PyIter("iterator", heap.newRef(o)));
        if (r == null) throw notIterable(o);
        if (!builtins().isIterator(r)) {
            heap.decref(r);
            throw new PyRaise("TypeError", "iter() returned non-iterator of type '" + r.typeName() + "'");
        }
        return r;
    }

    /** str's and tuple's iterator over the instance: it holds the instance (and reads its value), as in CPython. */
    private PyObject valueIterator(PyObject o) {
        PyObject it = base(o).iter(recv(o));
        if (it instanceof PyIter walk && walk.source == recv(o)) walk.source = heap.newRef(o);
        return it;
    }

    /** An instance whose class defines __next__ is an iterator. */
    boolean isIterator(PyObject o) {
        return defines(o, "__next__");
    }

    /** tp_iternext (slot_tp_iternext): __next__'s value, or null when it raised StopIteration (which is dropped). */
    PyObject next(PyObject o) {
        try {
            PyObject r = special(o, "__next__");
            if (r == null) throw new PyRaise("TypeError", "'" + o.typeName() + "' object is not an iterator");
            return r;
        } catch (PyRaise e) {
            if (!in.exceptions.is(e, "StopIteration")) throw e;
            in.exceptions.discard(e);
            return null;
        }
    }

    /** Every item, pulled through the instance's iterator (held while __next__ runs); scratch owns them. */
    @Override
    List<PyObject> items(PyObject o) {
        if (base(o) != null && !defines(o, "__iter__") && !FlagMembers.isIntFlagMember(o)) return base(o).items(recv(o));
        return IterType.drainAndRelease(builtins(), heap, iter(o));
    }

    /** __call__, or null when the class has none. */
    PyObject call(PyObject o, List<PyObject> args) {
        return call(o, args, java.util.Map.of());
    }

    /**
     * slot_tp_call: the caller made an argument tuple (and a keyword dict) for the call
     * (_PyObject_MakeTpCall), and with keywords _PyStack_UnpackDict copies self, the arguments and
     * the keyword values once more before __call__ runs; null when the class has no __call__.
     */
    @Override
    PyObject call(PyObject o, List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        PyObject m = ((PyInstance) o).cls.lookup("__call__");
        // weakref.ref's own tp_call, inherited by a class deriving from it that defines no __call__.
        if (m == null && ((PyInstance) o).body instanceof PyWeakref) return builtins().types.weakrefs().call((PyInstance) o, args, kwargs);
        if (m == null || m instanceof PyNone) return null;
        List<PyObject> temporaries = new ArrayList<>();
        args.forEach(heap::incref);
        temporaries.add(args.isEmpty() ? heap.newRef(v.emptyTuple) : heap.alloc(new PyTuple(args.toArray(new PyObject[0]))));
        List<PyObject> all = new ArrayList<>();
        if (m instanceof PyDescriptor d && d.kind.equals("staticmethod")) {
            m = d.fget;
        } else {
            all.add(o);
        }
        all.addAll(args);
        if (!kwargs.isEmpty()) {
            kwargs.values().forEach(k -> temporaries.add(heap.newRef(k)));
            all.forEach(a -> temporaries.add(heap.newRef(a)));
            kwargs.values().forEach(k -> temporaries.add(heap.newRef(k)));
        }
        temporaries.forEach(builtins()::hold);
        try {
            return builtins().callBorrowed(m, all, kwargs);
        } finally {
            for (PyObject t : temporaries) {
                builtins().unhold(t);
                heap.decref(t);
            }
        }
    }
}
