package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * enum.EnumType for the classes deriving from Enum (Lib/enum.py of 3.11): the class statement's
 * members become instances of the class (each holding {@code _value_}, {@code _name_},
 * {@code __objclass__} and {@code _sort_order_}), kept in the class dict and in the real
 * {@code _member_names_} list and {@code _member_map_} and {@code _value2member_map_} dicts the class
 * dict holds, so every reference CPython counts is a reference here. The class slots (len, iter,
 * getitem, contains, call) and the members' repr, str, format, name and value follow EnumType and Enum.
 */
final class EnumClasses {
    /** What EnumType's Python code allocates and frees around a class statement, net (measured: 27 + one per member). */
    private static final int HIDDEN_ALLOCATIONS = 21;
    /** A Flag class's statement leaves 2 more (measured: 29 + one per member). */
    private static final int FLAG_ALLOCATIONS = 2;
    /**
     * An IntEnum or StrEnum class statement leaves more than an Enum's besides its members (each an
     * instance and its __dict__): measured 28 + 2 per member for an IntEnum (the run's first one
     * more) and 29 + 2 per member for a StrEnum.
     */
    private static final int INT_ENUM_ALLOCATIONS = 1;
    private static final int STR_ENUM_ALLOCATIONS = 2;
    private boolean intEnumMade;
    /**
     * A program's class mixing in a builtin type leaves more again (measured after a gc.collect()):
     * 29 + 2 per member for (int, Enum), 30 + 2 per member for (str, Enum) and (float, Enum), the
     * run's first (float, Enum) class one more.
     */
    private static final Map<String, Integer> MIXIN_ALLOCATIONS = Map.of("int", 2, "str", 3, "float", 3);
    private boolean floatMixinMade;

    private final Interpreter in;
    private final Heap heap;
    private final Values v;
    final FlagMembers flags;

    EnumClasses(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
        this.flags = new FlagMembers(in);
    }

    static boolean isEnumClass(PyObject o) {
        return o instanceof PyClass c && c.enumKind != null;
    }

    /** A member's own attribute (borrowed), inline or in the __dict__ a program made it show; null when absent. */
    static PyObject attr(PyObject member, String name) {
        PyInstance m = (PyInstance) member;
        return m.dict != null ? m.dict.getStr(name) : m.attrs.get(name);
    }

    static boolean isMember(PyObject o) {
        return o instanceof PyInstance i && i.cls != null && i.cls.enumKind != null;
    }

    /** A member of an IntEnum or StrEnum class (ReprEnum): an int or str itself, whose str() and format() are the value's. */
    static boolean isValueMember(PyObject o) {
        return isMember(o) && ((PyInstance) o).cls.mro.stream().anyMatch(c -> "enum".equals(c.module) && c.builtinBase != null);
    }

    /**
     * A member of a program's enum class mixing in int, str or float ({@code class Color(str, Enum)}):
     * an instance of the builtin type whose repr, str and format EnumType set back to Enum's.
     */
    static boolean isMixinMember(PyObject o) {
        return isMember(o) && isMixinClass(((PyInstance) o).cls);
    }

    private static boolean isMixinClass(PyClass cls) {
        return cls.builtinBase != null && cls.mro.stream().noneMatch(c -> "enum".equals(c.module) && c.builtinBase != null);
    }

    /** EnumType.__repr__: {@code <enum 'Color'>}. */
    static String classRepr(PyClass c) {
        return ("Flag".equals(c.enumKind) ? "<flag '" : "<enum '") + c.name + "'>";
    }

    /** EnumType.__prepare__'s check: a class with members cannot be extended. */
    void checkBases(String name, List<PyClass> bases) {
        for (PyClass b : bases) {
            if (b.enumKind != null && memberNames(b) != null && !memberNames(b).items.isEmpty()) {
                throw new PyRaise("TypeError", "<enum '" + name + "'> cannot extend " + classRepr(b));
            }
        }
    }

    /** Marks a class whose bases include an enum class: its metaclass is EnumType. */
    static String kindOf(List<PyClass> bases) {
        for (PyClass b : bases) if (b.enumKind != null) return b.enumKind;
        return null;
    }

    /**
     * _proto_member.__set_name__ for each member, in definition order: the member is made, then
     * becomes an alias when an earlier member has an equal value.
     */
    void populate(PyClass cls) {
        List<String> names = candidateNames(cls);
        PyList memberNames = heap.alloc(new PyList(new ArrayList<>(), 0));
        PyDict memberMap = heap.alloc(new PyDict());
        PyDict valueMap = heap.alloc(new PyDict());
        PyList unhashable = heap.alloc(new PyList(new ArrayList<>(), 0));
        putClassAttribute(cls, "_member_names_", memberNames);
        putClassAttribute(cls, "_member_map_", memberMap);
        putClassAttribute(cls, "_value2member_map_", valueMap);
        putClassAttribute(cls, "_unhashable_values_", unhashable);
        List<PyObject> lastValues = new ArrayList<>();
        for (String name : names) {
            PyObject value = resolveAuto(cls, name, lastValues);
            lastValues.add(value);
            addMember(cls, name, value, memberNames, memberMap, valueMap, unhashable);
        }
        if (!cls.dict.isTracked()) heap.track(cls.dict);
        // Measured, not derived: a class whose member values are all tuples leaves one allocation fewer.
        boolean allTuples = !lastValues.isEmpty() && lastValues.stream().allMatch(x -> x instanceof PyTuple);
        heap.counts[0] += HIDDEN_ALLOCATIONS - (allTuples ? 1 : 0);
        if (isMixinClass(cls)) {
            heap.counts[0] += MIXIN_ALLOCATIONS.get(cls.builtinBase) + ("float".equals(cls.builtinBase) && !floatMixinMade ? 1 : 0);
            if ("float".equals(cls.builtinBase)) floatMixinMade = true;
        } else if (cls.builtinBase != null && !"Flag".equals(cls.enumKind)) {
            boolean ints = "int".equals(cls.builtinBase);
            heap.counts[0] += ints ? INT_ENUM_ALLOCATIONS + (intEnumMade ? 0 : 1) : STR_ENUM_ALLOCATIONS;
            if ("int".equals(cls.builtinBase)) intEnumMade = true;
        }
        if ("Flag".equals(cls.enumKind)) {
            // Members not defined in value order: the class keeps _iter_member_by_def_ bound as _iter_member_.
            heap.counts[0] += FLAG_ALLOCATIONS + (FlagMembers.definedInValueOrder(cls) ? 0 : 1);
            if (!FlagMembers.definedInValueOrder(cls)) {
                // That bound method (a method object in the class dict) refers to the class and dies with it.
                cls.addHiddenRefs(1);
                cls.hiddenGarbage++;
            }
        }
    }

    /** The body's names that _EnumDict made members: not dunder, sunder or private, and not descriptors. */
    private static List<String> candidateNames(PyClass cls) {
        return candidateNames(cls.dict, cls.name);
    }

    private static List<String> candidateNames(PyDict namespace, String className) {
        List<String> names = new ArrayList<>();
        for (PyObject[] e : namespace.entries()) {
            if (!(e[0] instanceof PyStr s)) continue;
            String n = s.value;
            if (n.startsWith("_") && (n.endsWith("_") || n.startsWith("_" + className.replaceFirst("^_+", "") + "__"))) continue;
            if (e[1] instanceof PyFunction || e[1] instanceof PyDescriptor || e[1] instanceof PyCachedProperty) continue;
            names.add(n);
        }
        return names;
    }

    private void putClassAttribute(PyClass cls, String name, PyObject value) {
        PyObject old = cls.dict.put(v.intern(name), value, heap);
        if (old != null) heap.decref(old);
    }

    /**
     * A name of an enum class body read while the body runs (FLAG_ALL = READ | WRITE), bound to
     * auto(): 3.11's _EnumDict.__setitem__ turned each auto() into its value as it was stored, so the
     * body reads ints. The lab resolves them after the body; when the body reads one, the auto()
     * values stored so far are resolved then, in definition order, by the rule populate follows
     * (Flag's next power of two, else one more than the last value). The checker lets only enum
     * and Flag classes without a mixed-in or str base get here.
     */
    void resolveBodyAutos(PyDict namespace, String className, String enumKind) {
        List<PyObject> lastValues = new ArrayList<>();
        for (String name : candidateNames(namespace, className)) {
            PyObject raw = namespace.getStr(name);
            if (EnumModule.isAuto(raw)) {
                PyObject next = "Flag".equals(enumKind) ? flags.nextValue(lastValues) : nextValue(lastValues);
                PyObject old = namespace.put(v.intern(name), next, heap);
                if (old != null) heap.decref(old);
                raw = next;
            }
            lastValues.add(raw);
        }
    }

    /** An auto() value becomes Enum._generate_next_value_'s: one more than the last value (1 for the first). */
    private PyObject resolveAuto(PyClass cls, String name, List<PyObject> lastValues) {
        PyObject raw = cls.dict.getStr(name);
        if (!EnumModule.isAuto(raw)) return raw;
        if (isMixinClass(cls) && !"int".equals(cls.builtinBase)) {
            throw new PyRaise("TypeError", "auto() in an enum class mixing in '" + cls.builtinBase + "' is not supported in the memory lab");
        }
        // StrEnum._generate_next_value_ is the member's name in lower case.
        PyObject next = "str".equals(cls.builtinBase) ? v.str(name.toLowerCase(java.util.Locale.ROOT))
                : "Flag".equals(cls.enumKind) ? flags.nextValue(lastValues) : nextValue(lastValues);
        putClassAttribute(cls, name, next);
        return next;
    }

    private PyObject nextValue(List<PyObject> lastValues) {
        if (lastValues.isEmpty()) return v.integer(1);
        PyObject last = lastValues.get(lastValues.size() - 1);
        if (last instanceof PyInt l && !(last instanceof PyBool)) {
            boolean largest = lastValues.stream().allMatch(x -> x instanceof PyInt i && i.value().compareTo(l.value()) <= 0);
            if (largest) return v.integer(l.value().add(java.math.BigInteger.ONE));
        }
        throw new PyRaise("TypeError", "auto() after a value that is not the largest int so far (a DeprecationWarning path) is not supported in the memory lab");
    }

    private void addMember(PyClass cls, String name, PyObject value, PyList memberNames, PyDict memberMap,
            PyDict valueMap, PyList unhashable) {
        boolean flag = "Flag".equals(cls.enumKind);
        if (flag) FlagMembers.checkValue(value);
        PyInstance member = newMember(cls, value);
        in.builtinImpl.hold(member);
        try {
            in.instanceDicts.set(member, "_value_", heap.newRef(value));
            in.instanceDicts.set(member, "_name_", v.intern(name));
            heap.incref(cls);
            in.instanceDicts.set(member, "__objclass__", cls);
            if (cls.lookup("__init__") instanceof PyFunction init) {
                List<PyObject> args = new ArrayList<>();
                args.add(member);
                if (value instanceof PyTuple t) args.addAll(List.of(t.items));
                else args.add(value);
                PyObject r = in.callBorrowed(init, args);
                if (!(r instanceof PyNone)) {
                    heap.decref(r);
                    throw new PyRaise("TypeError", "__init__() should return None, not '" + r.typeName() + "'");
                }
            }
            in.instanceDicts.set(member, "_sort_order_", v.integer(memberNames.items.size()));
        } finally {
            in.builtinImpl.unhold(member);
        }
        boolean hashable = hashable(value);
        PyObject canonical = hashable ? valueMap.get(value) : linearSearch(memberMap, value);
        if (canonical == null) {
            canonical = member;
            if (!flag || FlagMembers.singleBit(value)) in.builtinImpl.append(memberNames, v.intern(name));
        } else {
            heap.decref(member);
            heap.incref(canonical);
        }
        putClassAttribute(cls, name, canonical);
        in.builtinImpl.put(memberMap, v.intern(name), heap.newRef(canonical));
        if (!hashable) in.builtinImpl.append(unhashable, heap.newRef(value));
        else if (valueMap.get(value) == null) in.builtinImpl.put(valueMap, heap.newRef(value), heap.newRef(canonical));
    }

    /**
     * Enum.__new__'s object: object_new's instance for an Enum, int.__new__(cls, value) or
     * str.__new__(cls, value) for an IntEnum's or StrEnum's (the value instance of a subclass).
     */
    PyInstance newMember(PyClass cls, PyObject value) {
        if (cls.builtinBase == null) return in.newInstance(cls);
        if (isMixinClass(cls) && "str".equals(cls.builtinBase) && !(value instanceof PyStr)) {
            throw new PyRaise("TypeError", "an enum value of type '" + value.typeName() + "' in a class mixing in 'str' is not supported in the memory lab");
        }
        if ("str".equals(cls.builtinBase) && !(value instanceof PyStr)) {
            throw new PyRaise("TypeError", in.ops.repr(value) + " is not a string");
        }
        if ("int".equals(cls.builtinBase) && !(value instanceof PyInt) || "float".equals(cls.builtinBase) && !(value instanceof PyFloat)) {
            // _value_ would be the mixed-in type called with the value: a new object the lab does not make.
            throw new PyRaise("TypeError", "an enum value of type '" + value.typeName() + "' in a class mixing in '"
                    + cls.builtinBase + "' is not supported in the memory lab");
        }
        return in.valueInstances.make(cls, List.of(value), Map.of());
    }

    private static boolean hashable(PyObject value) {
        try {
            Keys.of(value);
            return true;
        } catch (PyRaise unhashable) {
            return false;
        }
    }

    /** The first member whose value equals value (Enum.__new__'s loop for unhashable values), borrowed; or null. */
    private PyObject linearSearch(PyDict memberMap, PyObject value) {
        for (PyObject[] e : memberMap.entries()) {
            if (in.ops.sameOrEqual(EnumClasses.attr(e[1], "_value_"), value)) return e[1];
        }
        return null;
    }

    static PyList memberNames(PyClass cls) {
        return cls.dict.getStr("_member_names_") instanceof PyList l ? l : null;
    }

    private static PyDict memberMap(PyClass cls) {
        return cls.dict.getStr("_member_map_") instanceof PyDict d ? d : null;
    }

    /** The members in definition order, aliases left out (borrowed). */
    List<PyObject> members(PyClass cls) {
        List<PyObject> out = new ArrayList<>();
        PyList names = memberNames(cls);
        PyDict map = memberMap(cls);
        if (names == null) return out;
        for (PyObject n : names.items) out.add(map.get(n));
        return out;
    }

    /**
     * EnumType.__members__: a new mappingproxy of _member_map_ (aliases included). The property's
     * MappingProxyType(...) is a type call through an argument tuple (_PyObject_MakeTpCall), and
     * mappingproxy_new's clinic parser makes its keyword tuple at the first call.
     */
    PyObject membersProxy(PyClass cls) {
        PyDict map = memberMap(cls);
        in.builtinImpl.clinicParser("mappingproxy", 1);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        PyObject proxy = heap.alloc(new PyMappingProxy(map != null ? heap.newRef(map) : heap.alloc(new PyDict())));
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        return proxy;
    }

    long len(PyClass cls) {
        classAttributeRead(() -> null); // len(cls._member_names_)
        PyList names = memberNames(cls);
        return names == null ? 0 : names.items.size();
    }

    /**
     * EnumType.__iter__: an iterator over the members (a list of them, walked). Its generator
     * expression closes over cls: the function's 1-tuple closure is made and, with the function,
     * freed once the generator exists (onto the tuple free list: one allocation stays counted).
     */
    PyObject iter(PyClass cls) {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        return iterOver(members(cls));
    }

    /** An iterator over the members given (a list of them, walked: EnumType's and Flag's generators). */
    PyObject iterOver(List<PyObject> members) {
        ArrayList<PyObject> items = new ArrayList<>();
        for (PyObject m : members) items.add(heap.newRef(m));
        PyList list = heap.alloc(new PyList(items, items.size()));
        PyObject it = in.builtinImpl.getIter(list);
        heap.decref(list);
        return it;
    }

    /** EnumType.__getitem__: cls._member_map_[name], with its KeyError. */
    PyObject getItem(PyClass cls, PyObject key) {
        classAttributeRead(() -> null); // cls._member_map_
        PyDict map = memberMap(cls);
        if (map == null) throw PyRaise.withArg("KeyError", in.ops.repr(key), heap.newRef(key));
        return in.builtinImpl.getItem(map, key);
    }

    /** EnumType.__contains__ (3.11: a TypeError for anything that is not a member). */
    boolean contains(PyClass cls, PyObject item) {
        if (!isMember(item)) {
            throw new PyRaise("TypeError", "unsupported operand type(s) for 'in': '" + typeQualname(item) + "' and 'EnumType'");
        }
        PyInstance m = (PyInstance) item;
        classAttributeRead(() -> null); // member._name_ in cls._member_map_
        PyDict map = memberMap(cls);
        return m.cls.isSubclassOf(cls) && map != null && map.get(EnumClasses.attr(m, "_name_")) != null;
    }

    private String typeQualname(PyObject o) {
        return o instanceof PyInstance i ? i.cls.qualname : o instanceof PyClass ? "type" : o.typeName();
    }

    /**
     * A member EnumType.__call__ found (a new reference): the call's argument 1-tuple
     * (_PyObject_MakeTpCall) stays alive while Enum.__new__ reads the class's attributes
     * (cls.__new__, then cls._value2member_map_ unless the value is the member), each read through
     * EnumType's __getattr__ hook with a 1-tuple of its own ({@link #classAttributeRead}).
     */
    private PyObject looked(PyObject member, int classReads) {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        for (int i = 0; i < classReads; i++) classAttributeRead(() -> null);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        return heap.newRef(member);
    }

    /**
     * An attribute read on an enum class: EnumType defines __getattr__, so the class's tp_getattro
     * is slot_tp_getattr_hook, which calls type.__getattribute__ through a method-wrapper with a
     * 1-tuple of arguments, alive while the lookup (a property's getter included) runs.
     */
    <T> T classAttributeRead(java.util.function.Supplier<T> lookup) {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        try {
            return lookup.get();
        } finally {
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        }
    }

    /** EnumType.__call__ with one value: Enum.__new__'s lookup of the member. */
    PyObject call(PyClass cls, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty() || args.size() > 1) {
            throw new PyRaise("TypeError", "the enum functional API (EnumType.__call__ with names) is not supported in the memory lab");
        }
        if (args.isEmpty()) throw new PyRaise("TypeError", "EnumType.__call__() missing 1 required positional argument: 'value'");
        PyObject value = args.get(0);
        if (value instanceof PyInstance i && i.cls == cls) return looked(value, 1);
        PyDict map = memberMap(cls);
        PyDict valueMap = cls.dict.getStr("_value2member_map_") instanceof PyDict d ? d : null;
        PyObject found = null;
        if (valueMap != null) found = hashable(value) ? valueMap.get(value) : linearSearch(map, value);
        if (found != null) return looked(found, 2);
        if (map == null || map.map.isEmpty()) throw new PyRaise("TypeError", classRepr(cls) + " has no members defined");
        if ("Flag".equals(cls.enumKind)) return flags.missing(cls, value);
        throw new PyRaise("ValueError", in.ops.repr(value) + " is not a valid " + cls.qualname);
    }

    /** Enum.__repr__: {@code <Color.RED: 1>}. */
    String repr(PyInstance m) {
        if (FlagMembers.unnamed(m)) return "<" + m.cls.name + ": " + in.ops.repr(EnumClasses.attr(m, "_value_")) + ">";
        return "<" + m.cls.name + "." + ((PyStr) EnumClasses.attr(m, "_name_")).value + ": " + in.ops.repr(EnumClasses.attr(m, "_value_")) + ">";
    }

    /** Enum.__str__: {@code Color.RED}. */
    String str(PyInstance m) {
        if (FlagMembers.unnamed(m)) return m.cls.name + "(" + in.ops.repr(EnumClasses.attr(m, "_value_")) + ")";
        return m.cls.name + "." + ((PyStr) EnumClasses.attr(m, "_name_")).value;
    }

    /** The enum.property values name and value (a new reference), or null for other names. */
    PyObject property(PyInstance m, String name) {
        PyObject value = name.equals("name") ? EnumClasses.attr(m, "_name_") : name.equals("value") ? EnumClasses.attr(m, "_value_") : null;
        return value == null ? null : heap.newRef(value);
    }

    /** enum.property.__set__: name and value cannot be assigned. */
    static void refuseSet(PyObject obj, String name) {
        if (isMember(obj) && (name.equals("name") || name.equals("value"))) {
            throw new PyRaise("AttributeError", "<enum 'Enum'> cannot set attribute '" + name + "'");
        }
    }

    /** EnumType.__setattr__: a member cannot be reassigned through its class. */
    static void refuseReassign(PyClass cls, String name) {
        PyDict map = memberMap(cls);
        if (map != null && map.getStr(name) != null) throw new PyRaise("AttributeError", "cannot reassign member '" + name + "'");
    }
}
