package com.studyhall.simulation.heap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An instance of a user class. CPython 3.11 keeps attribute values inline, in slots numbered by the
 * class's {@link SharedKeys}, with no dict object until someone asks for {@code __dict__}; each
 * value is one reference from the instance. {@link #attrs} holds those inline values (in the order
 * they were set, which is the order a later {@code __dict__} shows) and the {@code __slots__}
 * values; once {@link #dict} exists the other attributes live there instead.
 */
public final class PyInstance extends PyWeakReferenceable {
    public PyClass cls;
    public final LinkedHashMap<String, PyObject> attrs = new LinkedHashMap<>();
    /** The materialized or assigned __dict__ (an owned reference), or null while values are inline. */
    public PyDict dict;
    /** BaseException's fields when the class derives from a builtin exception class; null otherwise. */
    public ExceptionState exc;
    /**
     * The builtin part of an instance of a class deriving from list, dict or set ({@code class
     * Stack(list)}): in CPython the instance is that list, laid out as one with a managed dict and a
     * weak-reference slot after it. The part is not an object of its own (no id, no count, not
     * tracked): its items are references from this instance, and the builtin type's slots and
     * methods work on it through the instance ({@link #bodyOf}). Null for other instances.
     */
    public PyObject body;

    public PyInstance(PyClass cls) {
        this.cls = cls;
        // init_inline_values (object_new) gives up a shared place; list, dict and set make their instances without it.
        if (cls != null && cls.builtinBase != null) body = newBody(cls.builtinBase);
        else if (cls != null && cls.sharedKeys != null) cls.sharedKeys.instanceCreated();
    }

    /**
     * An instance of a class deriving from int, float, str or tuple, made by that type's __new__
     * with its value: value is a new Java object of its own (never a heap object), held as the
     * instance's part. It is marked shared so that the builtin type's code, which works on it as on
     * any int or tuple, leaves its count alone.
     */
    public PyInstance(PyClass cls, PyObject value) {
        this.cls = cls;
        value.shared = true;
        value.generation = INSIDE_INSTANCE;
        body = value;
    }

    /** Whether the builtin part is an immutable value set by __new__ (int, float, str, tuple), not a container. */
    public boolean holdsValue() {
        return body instanceof PyInt || body instanceof PyFloat || body instanceof PyStr || body instanceof PyTuple;
    }

    /** An empty list, dict or set part; it reads as tracked, so adding a container never links it into a generation. */
    private static PyObject newBody(String base) {
        PyObject b = switch (base) {
            case "list" -> new PyList(new ArrayList<>(), 0);
            case "dict" -> new PyDict();
            case "set" -> new PySet();
            // int, float, str, tuple: the value comes with the instance (the other constructor).
            default -> null;
        };
        if (b == null) return null;
        b.generation = INSIDE_INSTANCE;
        return b;
    }

    /** The generation a builtin part claims: tracked through its instance, never on a generation list. */
    public static final byte INSIDE_INSTANCE = Byte.MAX_VALUE;

    /** The list, dict or set an object is, as its builtin type's code sees it: its own part for an instance of a subclass. */
    public static PyObject bodyOf(PyObject o) {
        return o instanceof PyInstance i && i.body != null ? i.body : o;
    }

    /** Whether name is one of the __slots__ of the class or a base (stored in a member, never in __dict__). */
    public boolean isSlot(String name) {
        if (cls == null) return false;
        for (PyClass c : cls.mro) if (c.slots != null && c.slots.contains(name)) return true;
        return false;
    }

    /**
     * subtype_traverse's order: the slot values (class by class from the most derived, each class's
     * slots sorted as type_new sorts them), then the inline values in the order of the shared
     * names, then the __dict__.
     */
    private List<PyObject> ownValues() {
        List<PyObject> values = new ArrayList<>(attrs.size());
        if (cls == null) {
            values.addAll(attrs.values());
            return values;
        }
        for (PyClass c : cls.mro) {
            if (c.slots == null) continue;
            for (String slot : c.slots.stream().sorted().toList()) {
                PyObject v = attrs.get(slot);
                if (v != null) values.add(v);
            }
        }
        List<String> inline = new ArrayList<>();
        for (String name : attrs.keySet()) if (!isSlot(name)) inline.add(name);
        SharedKeys keys = cls.sharedKeys;
        if (keys != null) inline.sort(java.util.Comparator.comparingInt(keys::indexOf));
        for (String name : inline) values.add(attrs.get(name));
        return values;
    }

    @Override
    public String typeName() {
        return cls == null ? "object" : cls.name;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject v : ownValues()) visit.accept(v);
        if (exc != null) {
            // subtype_traverse visits a heap type before BaseException_traverse (dict, args, traceback...);
            // ExceptionGroup, the one builtin exception class with a weak-reference slot, is a heap type too.
            if (cls != null && (!cls.builtin || cls.instanceWeakrefs)) visit.accept(cls);
            if (dict != null) visit.accept(dict);
            exc.visit((label, o) -> visit.accept(o));
            return;
        }
        if (dict != null) visit.accept(dict);
        if (cls != null) visit.accept(cls);
        // subtype_traverse ends with the base type's tp_traverse (list_traverse, dict_traverse...).
        if (body != null) body.traverse(visit);
    }

    @Override
    public void gcTraverse(Consumer<PyObject> visit) {
        if (body == null) {
            traverse(visit);
            return;
        }
        for (PyObject v : ownValues()) visit.accept(v);
        if (dict != null) visit.accept(dict);
        if (cls != null) visit.accept(cls);
        body.gcTraverse(visit);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        for (var e : attrs.entrySet()) visit.accept("." + e.getKey(), e.getValue());
        if (dict != null) visit.accept("__dict__", dict);
        if (exc != null) exc.visit(visit);
        if (cls != null) visit.accept("__class__", cls);
        if (body != null) body.labeledRefs(visit);
    }

    /**
     * Values are released in attribute order, then the builtin part as its own dealloc does (a
     * list's items last to first); the type reference goes last (subtype_dealloc).
     */
    @Override
    public void releaseContents(Heap heap) {
        clearOwn(heap);
        if (body != null) body.releaseContents(heap);
        PyClass c = cls;
        cls = null;
        if (c != null) heap.decref(c);
    }

    /**
     * subtype_clear: drop the attribute values, keep the type, in {@link #ownValues}'s order: the
     * slots, the inline values by shared name, then the __dict__.
     */
    @Override
    public void clear(Heap heap) {
        clearOwn(heap);
        // subtype_clear ends with the base type's tp_clear (list_clear, dict_tp_clear, set_clear).
        if (body != null) body.clear(heap);
    }

    private void clearOwn(Heap heap) {
        List<PyObject> values = ownValues();
        attrs.clear();
        if (dict != null) values.add(dict);
        dict = null;
        for (PyObject v : values) heap.decref(v);
        // BaseException_clear after the instance's own attributes.
        if (exc != null) exc.clear(heap);
    }

    @Override
    public long sizeof() {
        // BaseException (plus the members of a larger builtin struct), and __weakref__ in a subclass.
        if (exc != null) return 72 + exc.extraSize + (cls.builtin ? 16 : 8 + 16);
        if (holdsValue()) return valueSizeof();
        if (body != null) return body.sizeof() + cls.instanceSizeOverBuiltin(!(body instanceof PySet));
        return cls == null ? 56 : cls.instanceSize();
    }

    /**
     * A value subclass's instance as CPython sizes it (measured with python3 3.11): int's __sizeof__
     * counts its digits from offsetof(ob_digit), at least one; str's a non-compact PyUnicodeObject
     * (80 bytes) and its separate buffer; tuple's and float's the type's basic size, where a var-sized
     * base (int, tuple) keeps its __dict__ pointer inside it and has no weak-reference slot, and
     * float's and str's instances have a managed dict before them. The GC header always.
     */
    private long valueSizeof() {
        long managedDict = cls.instanceDict ? 16 : 0;
        if (body instanceof PyInt) return Math.max(body.sizeof(), 28) + 16;
        if (body instanceof PyFloat) return body.sizeof() + 16 + cls.instanceSizeOverBuiltin(true);
        if (body instanceof PyTuple) return body.sizeof() + (cls.instanceDict ? 8 : 0);
        String text = ((PyStr) body).value;
        int widest = text.codePoints().max().orElse(0);
        int kind = widest < 256 ? 1 : widest < 65536 ? 2 : 4;
        return 80 + (text.codePointCount(0, text.length()) + 1L) * kind + 16 + managedDict;
    }

    @Override
    public String shortValue() {
        return typeName() + " object";
    }
}
