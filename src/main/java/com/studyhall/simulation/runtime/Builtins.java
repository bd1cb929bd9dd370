package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builtin functions, the methods of builtin types, and the gc, sys and weakref modules. */
final class Builtins {
    private static final Set<String> FUNCTIONS = Set.of("print", "len", "range", "id", "type", "isinstance", "str",
            "int", "float", "bool", "list", "dict", "tuple", "set", "sum", "min", "max", "sorted", "enumerate",
            "repr", "abs");
    private static final Map<String, Set<String>> MODULE_FUNCTIONS = Map.of(
            "gc", Set.of("collect", "enable", "disable", "isenabled", "get_count", "get_threshold", "set_threshold",
                    "is_tracked", "get_referrers", "get_referents"),
            "sys", Set.of("getrefcount", "getsizeof"),
            "weakref", Set.of("ref"));

    private final Interpreter in;
    private final Heap heap;
    private final Values v;
    private final Map<String, PyBuiltin> shared = new HashMap<>();
    private PyList garbage;

    Builtins(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
    }

    /** Objects made by a builtin for its own use (dict item tuples), released when the statement ends. */
    final List<PyObject> scratch = new ArrayList<>();

    void releaseScratch() {
        releaseScratch(0);
    }

    /** Releases what was added to scratch after the mark. */
    void releaseScratch(int mark) {
        while (scratch.size() > mark) heap.decref(scratch.remove(scratch.size() - 1));
    }

    PyList garbageList() {
        return garbage;
    }

    PyObject builtin(String name) {
        if (!FUNCTIONS.contains(name)) return null;
        return shared.computeIfAbsent(name, n -> v.shared(new PyBuiltin(n, null, null)));
    }

    private PyRaise noAttr(PyObject obj, String name) {
        if (obj instanceof PyModule m) return new PyRaise("AttributeError", "module '" + m.name + "' has no attribute '" + name + "'");
        return new PyRaise("AttributeError", "'" + obj.typeName() + "' object has no attribute '" + name + "'");
    }

    PyObject attribute(PyObject obj, String name) {
        if (obj instanceof PyModule m) {
            if (m.name.equals("gc") && name.equals("garbage")) {
                if (garbage == null) {
                    garbage = heap.alloc(new PyList(new ArrayList<>(), 0));
                }
                return heap.newRef(garbage);
            }
            if (MODULE_FUNCTIONS.get(m.name).contains(name)) {
                return shared.computeIfAbsent(m.name + "." + name, n -> v.shared(new PyBuiltin(name, null, m.name)));
            }
            throw noAttr(obj, name);
        }
        if (obj instanceof PyList || obj instanceof PyDict || obj instanceof PySet || obj instanceof PyStr
                || obj instanceof PyTuple) {
            heap.incref(obj);
            return heap.alloc(new PyBuiltin(name, obj, null));
        }
        throw noAttr(obj, name);
    }

    // ---- calls ----

    PyObject call(PyBuiltin b, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (b.self != null) return callMethod(b.self, b.name, args, kwargs);
        if ("<type>".equals(b.owner)) throw new PyRaise("TypeError", "cannot create '" + b.name + "' instances");
        if (b.owner != null) return moduleCall(b.owner, b.name, args, kwargs);
        if (!b.name.equals("print") && !kwargs.isEmpty() && !b.name.equals("sorted") && !b.name.equals("min")
                && !b.name.equals("max") && !b.name.equals("enumerate") && !b.name.equals("dict")) {
            throw new PyRaise("TypeError", b.name + "() takes no keyword arguments");
        }
        switch (b.name) {
            case "print": return print(args, kwargs);
            case "len": return v.integer(len(one(b, args)));
            case "range": return range(args);
            case "id": return v.integer(0x7f0000000000L + one(b, args).id * 16L);
            case "type": {
                PyObject o = one(b, args);
                if (o instanceof PyInstance i) return heap.newRef(i.cls);
                return typeObject(o instanceof PyClass ? "type" : o.typeName());
            }
            case "isinstance": return isinstance(args);
            case "repr": return v.str(in.ops.repr(one(b, args)));
            case "abs": {
                PyObject o = one(b, args);
                if (o instanceof PyInt i) return v.integer(i.value.abs());
                if (o instanceof PyFloat f) return v.floating(Math.abs(f.value));
                throw new PyRaise("TypeError", "bad operand type for abs(): '" + o.typeName() + "'");
            }
            case "str": return args.isEmpty() ? v.str("") : v.str(in.ops.str(one(b, args)));
            case "int": return toInt(args);
            case "float": return toFloat(args);
            case "bool": return v.bool(!args.isEmpty() && in.ops.truthy(args.get(0)));
            case "list": {
                PyList l = heap.alloc(new PyList(new ArrayList<>(), 0));
                if (!args.isEmpty()) extend(l, args.get(0));
                return l;
            }
            case "tuple": {
                if (args.isEmpty()) return v.emptyTuple;
                if (args.get(0) instanceof PyTuple t) return heap.newRef(t);
                List<PyObject> items = iterate(args.get(0));
                if (items.isEmpty()) return v.emptyTuple;
                items.forEach(heap::incref);
                return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
            }
            case "set": {
                PySet s = heap.alloc(new PySet());
                if (!args.isEmpty()) {
                    // set_update_internal: a set or dict source is merged with one presizing resize.
                    if (args.get(0) instanceof PySet src) s.copyTableIfSameSize(src, src.size());
                    else if (args.get(0) instanceof PyDict) s.reserveFor((int) len(args.get(0)));
                    for (PyObject o : iterate(args.get(0))) s.add(heap.newRef(o), heap);
                }
                return s;
            }
            case "dict": {
                PyDict d = heap.alloc(new PyDict());
                if (args.size() > 1) throw new PyRaise("TypeError", "dict expected at most 1 argument, got " + args.size());
                if (!args.isEmpty()) update(d, args.get(0));
                if (!kwargs.isEmpty()) {
                    // The keywords arrive as a presized dict (_PyStack_AsDict) that is merged in.
                    if (d.map.isEmpty()) d.presize(kwargs.size(), true);
                    for (Map.Entry<String, PyObject> kw : kwargs.entrySet()) {
                        put(d, v.intern(kw.getKey()), heap.newRef(kw.getValue()));
                    }
                }
                return d;
            }
            case "sum": {
                if (args.isEmpty()) throw new PyRaise("TypeError", "sum() takes at least 1 positional argument (0 given)");
                PyObject acc = args.size() > 1 ? heap.newRef(args.get(1)) : v.integer(0);
                // Streams through the iterator: a huge range never becomes a list.
                PyObject it = getIter(args.get(0));
                try {
                    for (PyObject o = next(it); o != null; o = next(it)) {
                        try {
                            PyObject nextAcc = in.ops.binary(com.studyhall.simulation.syntax.TokenType.PLUS, acc, o);
                            heap.decref(acc);
                            acc = nextAcc;
                        } finally {
                            heap.decref(o);
                        }
                    }
                } catch (RuntimeException e) {
                    heap.decref(acc);
                    throw e;
                } finally {
                    heap.decref(it);
                }
                return acc;
            }
            case "min":
            case "max": return minMax(b.name, args);
            case "sorted": {
                PyList l = heap.alloc(new PyList(new ArrayList<>(), 0));
                extend(l, args.get(0));
                sort(l, kwargs);
                return l;
            }
            case "enumerate": {
                if (args.isEmpty()) throw new PyRaise("TypeError", "enumerate() missing required argument 'iterable' (pos 1)");
                PyObject inner = getIter(args.get(0));
                PyIter en = heap.alloc(new PyIter("enumerate", inner));
                en.index = args.size() > 1 ? ((PyInt) args.get(1)).value.longValue() : 0;
                en.result = heap.alloc(new PyTuple(new PyObject[] {v.none, v.none}));
                return en;
            }
            default: throw new PyRaise("NameError", "name '" + b.name + "' is not defined");
        }
    }

    /** Builtin type objects: int, str... are the same objects as the builtins of those names. */
    static final Set<String> TYPE_NAMES = Set.of("int", "str", "float", "bool", "list", "dict", "tuple", "set",
            "range", "type", "enumerate");

    PyObject typeObject(String name) {
        if (TYPE_NAMES.contains(name) && FUNCTIONS.contains(name)) return builtin(name);
        return shared.computeIfAbsent("<type>" + name, n -> v.shared(new PyBuiltin(name, null, "<type>")));
    }

    private PyBuiltin builtinFn(String name) {
        return (PyBuiltin) builtin(name);
    }

    private static PyObject one(PyBuiltin b, List<PyObject> args) {
        if (args.size() != 1) {
            throw new PyRaise("TypeError", b.name + "() takes exactly one argument (" + args.size() + " given)");
        }
        return args.get(0);
    }

    private PyObject print(List<PyObject> args, Map<String, PyObject> kwargs) {
        String sep = " ";
        String end = "\n";
        for (Map.Entry<String, PyObject> kw : kwargs.entrySet()) {
            PyObject val = kw.getValue();
            String s = val instanceof PyNone ? null : val instanceof PyStr str ? str.value : "\0bad";
            if ("\0bad".equals(s)) throw new PyRaise("TypeError", kw.getKey() + " must be None or a string, not " + val.typeName());
            if (kw.getKey().equals("sep")) sep = s == null ? " " : s;
            else if (kw.getKey().equals("end")) end = s == null ? "\n" : s;
            else if (!kw.getKey().equals("flush")) throw new PyRaise("TypeError", "'" + kw.getKey() + "' is an invalid keyword argument for print()");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) b.append(sep);
            b.append(in.ops.str(args.get(i)));
        }
        b.append(end);
        in.write(b.toString());
        return v.none;
    }

    long len(PyObject o) {
        if (o instanceof PyStr s) return s.value.codePointCount(0, s.value.length());
        if (o instanceof PyList l) return l.items.size();
        if (o instanceof PyTuple t) return t.items.length;
        if (o instanceof PyDict d) return d.map.size();
        if (o instanceof PySet s) return s.size();
        if (o instanceof PyRange r) return r.length();
        if (o instanceof PyView view) return view.dict.map.size();
        throw new PyRaise("TypeError", "object of type '" + o.typeName() + "' has no len()");
    }

    private PyObject range(List<PyObject> args) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "range expected at least 1 argument, got 0");
        if (args.size() > 3) throw new PyRaise("TypeError", "range expected at most 3 arguments, got " + args.size());
        BigInteger[] n = new BigInteger[args.size()];
        for (int i = 0; i < n.length; i++) {
            if (!(args.get(i) instanceof PyInt x)) {
                throw new PyRaise("TypeError", "'" + args.get(i).typeName() + "' object cannot be interpreted as an integer");
            }
            n[i] = x.value;
        }
        BigInteger start = n.length == 1 ? BigInteger.ZERO : n[0];
        BigInteger stop = n.length == 1 ? n[0] : n[1];
        BigInteger step = n.length == 3 ? n[2] : BigInteger.ONE;
        if (step.signum() == 0) throw new PyRaise("ValueError", "range() arg 3 must not be zero");
        return heap.alloc(new PyRange(start, stop, step));
    }

    private PyObject isinstance(List<PyObject> args) {
        if (args.size() != 2) throw new PyRaise("TypeError", "isinstance expected 2 arguments, got " + args.size());
        PyObject o = args.get(0);
        PyObject t = args.get(1);
        List<PyObject> types = t instanceof PyTuple tu ? List.of(tu.items) : List.of(t);
        for (PyObject ty : types) {
            if (ty instanceof PyClass c) {
                if (o instanceof PyInstance i && i.cls.isSubclassOf(c)) return v.trueObj;
            } else if (ty instanceof PyBuiltin b && b.owner == null && b.self == null) {
                String n = b.name;
                boolean r = switch (n) {
                    case "int" -> o instanceof PyInt;
                    case "bool" -> o instanceof PyBool;
                    case "float" -> o instanceof PyFloat;
                    case "str" -> o instanceof PyStr;
                    case "list" -> o instanceof PyList;
                    case "dict" -> o instanceof PyDict;
                    case "tuple" -> o instanceof PyTuple;
                    case "set" -> o instanceof PySet;
                    case "range" -> o instanceof PyRange;
                    default -> false;
                };
                if (r) return v.trueObj;
            } else {
                throw new PyRaise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union");
            }
        }
        return v.falseObj;
    }

    private PyObject toInt(List<PyObject> args) {
        if (args.isEmpty()) return v.integer(0);
        PyObject o = args.get(0);
        if (o instanceof PyBool b) return v.integer(b.value);
        if (o instanceof PyInt i) return heap.newRef(i);
        if (o instanceof PyFloat f) {
            if (Double.isNaN(f.value)) throw new PyRaise("ValueError", "cannot convert float NaN to integer");
            if (Double.isInfinite(f.value)) throw new PyRaise("OverflowError", "cannot convert float infinity to integer");
            return v.integer(new java.math.BigDecimal(f.value).toBigInteger());
        }
        if (o instanceof PyStr s) {
            try {
                return v.integer(new BigInteger(s.value.strip().replace("_", "")));
            } catch (NumberFormatException e) {
                throw new PyRaise("ValueError", "invalid literal for int() with base 10: " + Reprs.strRepr(s.value));
            }
        }
        throw new PyRaise("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '" + o.typeName() + "'");
    }

    private PyObject toFloat(List<PyObject> args) {
        if (args.isEmpty()) return v.floating(0.0);
        PyObject o = args.get(0);
        if (o instanceof PyFloat f) return heap.newRef(f);
        if (o instanceof PyInt i) return v.floating(Ops.toDouble(i));
        if (o instanceof PyStr s) {
            String t = s.value.strip().toLowerCase();
            switch (t) {
                case "inf", "+inf", "infinity", "+infinity": return v.floating(Double.POSITIVE_INFINITY);
                case "-inf", "-infinity": return v.floating(Double.NEGATIVE_INFINITY);
                case "nan", "+nan", "-nan": return v.floating(Double.NaN);
                default:
                    try {
                        if (t.matches("[+-]?(\\d[\\d_]*\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) return v.floating(Double.parseDouble(t.replace("_", "")));
                    } catch (NumberFormatException e) {
                        // fall through
                    }
                    throw new PyRaise("ValueError", "could not convert string to float: " + Reprs.strRepr(s.value));
            }
        }
        throw new PyRaise("TypeError", "float() argument must be a string or a real number, not '" + o.typeName() + "'");
    }

    private PyObject minMax(String name, List<PyObject> args) {
        List<PyObject> items = args.size() == 1 ? iterate(args.get(0)) : args;
        if (items.isEmpty()) throw new PyRaise("ValueError", name + "() arg is an empty sequence");
        PyObject best = items.get(0);
        for (PyObject o : items.subList(1, items.size())) {
            if (name.equals("min") ? in.ops.order("<", o, best) : in.ops.order(">", o, best)) best = o;
        }
        return heap.newRef(best);
    }

    private void sort(PyList l, Map<String, PyObject> kwargs) {
        boolean reverse = kwargs.containsKey("reverse") && in.ops.truthy(kwargs.get("reverse"));
        List<PyObject> items = new ArrayList<>(l.items);
        if (reverse) java.util.Collections.reverse(items);
        items.sort((a, b) -> in.ops.order("<", a, b) ? -1 : in.ops.order("<", b, a) ? 1 : 0);
        if (reverse) java.util.Collections.reverse(items);
        l.items.clear();
        l.items.addAll(items);
    }

    // ---- modules ----

    private static final Set<String> ONE_ARGUMENT = Set.of("sys.getrefcount", "gc.is_tracked");

    private PyObject moduleCall(String module, String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        String full = module + "." + name;
        if (ONE_ARGUMENT.contains(full) && args.size() != 1) {
            throw new PyRaise("TypeError", full + "() takes exactly one argument (" + args.size() + " given)");
        }
        if (full.equals("sys.getsizeof") && args.isEmpty()) {
            throw new PyRaise("TypeError", "getsizeof() missing required argument 'object' (pos 1)");
        }
        if (!kwargs.isEmpty() && !full.equals("gc.collect")) {
            throw new PyRaise("TypeError", full + "() takes no keyword arguments");
        }
        if (full.equals("gc.collect") && kwargs.containsKey("generation")) args = List.of(kwargs.get("generation"));
        switch (full) {
            case "sys.getrefcount": {
                PyObject o = args.get(0);
                return v.integer(o.shared ? 1_000_000_000L : o.refcnt);
            }
            case "sys.getsizeof": {
                PyObject o = args.get(0);
                return v.integer(o.sizeof());
            }
            case "gc.collect": {
                if (!args.isEmpty() && !(args.get(0) instanceof PyInt)) {
                    throw new PyRaise("TypeError", "'" + args.get(0).typeName() + "' object cannot be interpreted as an integer");
                }
                int gen = args.isEmpty() ? 2 : ((PyInt) args.get(0)).value.intValue();
                if (gen < 0 || gen > 2) throw new PyRaise("ValueError", "invalid generation");
                return v.integer(in.collector.collect(gen));
            }
            case "gc.enable": heap.enabled = true; return v.none;
            case "gc.disable": heap.enabled = false; return v.none;
            case "gc.isenabled": return v.bool(heap.enabled);
            case "gc.get_count":
                return heap.alloc(new PyTuple(new PyObject[] {v.integer(heap.counts[0]), v.integer(heap.counts[1]), v.integer(heap.counts[2])}));
            case "gc.get_threshold":
                return heap.alloc(new PyTuple(new PyObject[] {v.integer(heap.thresholds[0]), v.integer(heap.thresholds[1]), v.integer(heap.thresholds[2])}));
            case "gc.set_threshold":
                for (int i = 0; i < args.size() && i < 3; i++) heap.thresholds[i] = ((PyInt) args.get(i)).value.intValue();
                return v.none;
            case "gc.is_tracked": return v.bool(args.get(0).isTracked() && !args.get(0).shared);
            case "gc.get_referents": {
                ArrayList<PyObject> out = new ArrayList<>();
                for (PyObject o : args) if (o.isTracked() || o.isGcType()) o.traverse(r -> out.add(heap.newRef(r)));
                return heap.alloc(new PyList(out, out.size()));
            }
            case "gc.get_referrers": {
                ArrayList<PyObject> out = new ArrayList<>();
                List<PyObject> targets = args;
                for (int g = 0; g < Heap.GENERATIONS; g++) {
                    for (PyObject o : heap.list(g)) {
                        boolean[] hit = {false};
                        o.traverse(r -> hit[0] |= targets.contains(r));
                        if (hit[0]) out.add(heap.newRef(o));
                    }
                }
                return heap.alloc(new PyList(out, out.size()));
            }
            case "weakref.ref": return weakref(args);
            default: throw new PyRaise("AttributeError", "module '" + module + "' has no attribute '" + name + "'");
        }
    }

    private PyObject weakref(List<PyObject> args) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "__new__ expected at least 1 argument, got 0");
        PyObject target = args.get(0);
        if (!(target instanceof PyInstance || target instanceof PyFunction || target instanceof PyClass || target instanceof PySet)) {
            throw new PyRaise("TypeError", "cannot create weak reference to '" + target.typeName() + "' object");
        }
        PyObject callback = args.size() > 1 && !(args.get(1) instanceof PyNone) ? args.get(1) : null;
        if (callback == null && target.weakrefs != null) {
            for (PyWeakref w : target.weakrefs) if (w.callback == null) return heap.newRef(w);
        }
        if (callback != null) heap.incref(callback);
        PyWeakref w = heap.alloc(new PyWeakref(target, callback));
        target.addWeakref(w);
        // CPython keeps the basic (callback-less) ref at the head, newer callback refs right after it.
        List<PyWeakref> refs = target.weakrefs;
        refs.remove(w);
        boolean hasBasic = !refs.isEmpty() && refs.get(0).callback == null;
        refs.add(callback == null ? 0 : (hasBasic ? 1 : 0), w);
        return w;
    }

    // ---- methods of builtin types ----

    PyObject callMethod(PyObject self, String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (self instanceof PyModule m) {
            if (m.name.equals("gc") && name.equals("garbage")) throw new PyRaise("TypeError", "'list' object is not callable");
            if (!MODULE_FUNCTIONS.get(m.name).contains(name)) throw noAttr(self, name);
            return moduleCall(m.name, name, args, kwargs);
        }
        if (self instanceof PyList l) return listMethod(l, name, args, kwargs);
        if (self instanceof PyDict d) return dictMethod(d, name, args);
        if (self instanceof PySet s) return setMethod(s, name, args);
        if (self instanceof PyStr s) return strMethod(s, name, args);
        if (self instanceof PyWeakref w && name.equals("__call__")) return w.referent == null ? v.none : heap.newRef(w.referent);
        throw noAttr(self, name);
    }

    private PyObject listMethod(PyList l, String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        switch (name) {
            case "append": append(l, heap.newRef(args.get(0))); return v.none;
            case "extend": extend(l, args.get(0)); return v.none;
            case "insert": {
                long i = ((PyInt) args.get(0)).value.longValue();
                int n = l.items.size();
                if (i < 0) i = Math.max(0, i + n);
                if (i > n) i = n;
                l.resizeFor(n + 1);
                l.items.add((int) i, heap.newRef(args.get(1)));
                return v.none;
            }
            case "pop": {
                if (l.items.isEmpty()) throw new PyRaise("IndexError", "pop from empty list");
                long i = args.isEmpty() ? -1 : ((PyInt) args.get(0)).value.longValue();
                if (i < 0) i += l.items.size();
                if (i < 0 || i >= l.items.size()) throw new PyRaise("IndexError", "pop index out of range");
                PyObject o = l.items.remove((int) i);
                l.resizeFor(l.items.size());
                return o;
            }
            case "remove": {
                for (int i = 0; i < l.items.size(); i++) {
                    if (in.ops.eq(l.items.get(i), args.get(0))) {
                        PyObject o = l.items.remove(i);
                        l.resizeFor(l.items.size());
                        heap.decref(o);
                        return v.none;
                    }
                }
                throw new PyRaise("ValueError", "list.remove(x): x not in list");
            }
            case "clear": l.clear(heap); return v.none;
            case "copy": {
                ArrayList<PyObject> items = new ArrayList<>(l.items);
                items.forEach(heap::incref);
                return heap.alloc(new PyList(items, items.size()));
            }
            case "index": {
                for (int i = 0; i < l.items.size(); i++) if (in.ops.eq(l.items.get(i), args.get(0))) return v.integer(i);
                throw new PyRaise("ValueError", in.ops.repr(args.get(0)) + " is not in list");
            }
            case "count": {
                int c = 0;
                for (PyObject o : l.items) if (in.ops.eq(o, args.get(0))) c++;
                return v.integer(c);
            }
            case "reverse": java.util.Collections.reverse(l.items); return v.none;
            case "sort": sort(l, kwargs); return v.none;
            default: throw noAttr(l, name);
        }
    }

    private PyObject dictMethod(PyDict d, String name, List<PyObject> args) {
        switch (name) {
            case "get": {
                PyObject r = d.get(args.get(0));
                return r != null ? heap.newRef(r) : args.size() > 1 ? heap.newRef(args.get(1)) : v.none;
            }
            case "keys": heap.incref(d); return heap.alloc(new PyView("dict_keys", d));
            case "values": heap.incref(d); return heap.alloc(new PyView("dict_values", d));
            case "items": heap.incref(d); return heap.alloc(new PyView("dict_items", d));
            case "setdefault": {
                PyObject r = d.get(args.get(0));
                if (r != null) return heap.newRef(r);
                PyObject dv = args.size() > 1 ? args.get(1) : v.none;
                put(d, heap.newRef(args.get(0)), heap.newRef(dv));
                return heap.newRef(dv);
            }
            case "pop": {
                PyObject[] e = d.remove(args.get(0));
                if (e == null) {
                    if (args.size() > 1) return heap.newRef(args.get(1));
                    throw new PyRaise("KeyError", in.ops.repr(args.get(0)));
                }
                heap.decref(e[0]);
                return e[1];
            }
            case "update": update(d, args.get(0)); return v.none;
            case "clear": d.clearAll(heap); return v.none;
            case "copy": {
                PyDict c = heap.alloc(new PyDict());
                c.cloneShapeFrom(d);
                for (PyObject[] e : d.entries()) put(c, heap.newRef(e[0]), heap.newRef(e[1]));
                return c;
            }
            default: throw noAttr(d, name);
        }
    }

    private PyObject setMethod(PySet s, String name, List<PyObject> args) {
        switch (name) {
            case "add": s.add(heap.newRef(args.get(0)), heap); return v.none;
            case "remove": {
                PyObject o = s.discard(args.get(0));
                if (o == null) throw new PyRaise("KeyError", in.ops.repr(args.get(0)));
                heap.decref(o);
                return v.none;
            }
            case "discard": {
                PyObject o = s.discard(args.get(0));
                if (o != null) heap.decref(o);
                return v.none;
            }
            case "clear": s.releaseContents(heap); return v.none;
            default: throw noAttr(s, name);
        }
    }

    private PyObject strMethod(PyStr s, String name, List<PyObject> args) {
        switch (name) {
            case "replace": {
                String a = ((PyStr) args.get(0)).value;
                String b = ((PyStr) args.get(1)).value;
                if (a.isEmpty()) break;
                return v.str(s.value.replace(a, b));
            }
            case "startswith": return v.bool(s.value.startsWith(((PyStr) args.get(0)).value));
            case "endswith": return v.bool(s.value.endsWith(((PyStr) args.get(0)).value));
            case "find": return v.integer(s.value.indexOf(((PyStr) args.get(0)).value));
            case "count": {
                String sub = ((PyStr) args.get(0)).value;
                if (sub.isEmpty()) return v.integer(s.value.length() + 1);
                int n = 0;
                for (int i = s.value.indexOf(sub); i >= 0; i = s.value.indexOf(sub, i + sub.length())) n++;
                return v.integer(n);
            }
            case "isdigit": return v.bool(!s.value.isEmpty() && s.value.chars().allMatch(Character::isDigit));
            case "isalpha": return v.bool(!s.value.isEmpty() && s.value.chars().allMatch(Character::isLetter));
            case "lstrip": return v.str(s.value.stripLeading());
            case "rstrip": return v.str(s.value.stripTrailing());
            case "upper": return v.str(s.value.toUpperCase());
            case "lower": return v.str(s.value.toLowerCase());
            case "strip": return v.str(s.value.strip());
            case "join": {
                StringBuilder b = new StringBuilder();
                List<PyObject> items = iterate(args.get(0));
                for (int i = 0; i < items.size(); i++) {
                    if (!(items.get(i) instanceof PyStr part)) {
                        throw new PyRaise("TypeError", "sequence item " + i + ": expected str instance, " + items.get(i).typeName() + " found");
                    }
                    if (i > 0) b.append(s.value);
                    b.append(part.value);
                }
                return v.str(b.toString());
            }
            case "split": {
                String[] parts = args.isEmpty() ? s.value.strip().split("\\s+") : s.value.split(java.util.regex.Pattern.quote(((PyStr) args.get(0)).value), -1);
                ArrayList<PyObject> items = new ArrayList<>();
                if (!(args.isEmpty() && s.value.isBlank())) for (String p : parts) items.add(v.str(p));
                PyList l = heap.alloc(new PyList(items, 0));
                l.allocated = items.size();
                return l;
            }
            default: break;
        }
        throw noAttr(s, name);
    }

    // ---- containers ----

    void put(PyDict d, PyObject key, PyObject value) {
        PyObject old = d.put(key, value, heap);
        in.maintainTracking(d, key);
        in.maintainTracking(d, value);
        if (old != null) heap.decref(old);
    }

    private void update(PyDict d, PyObject src) {
        if (src instanceof PyDict o) {
            if (d.map.isEmpty() && !o.map.isEmpty()) d.cloneShapeFrom(o);
            for (PyObject[] e : o.entries()) put(d, heap.newRef(e[0]), heap.newRef(e[1]));
            return;
        }
        for (PyObject pair : iterate(src)) {
            List<PyObject> kv = iterate(pair);
            if (kv.size() != 2) throw new PyRaise("ValueError", "dictionary update sequence element #0 has length " + kv.size() + "; 2 is required");
            put(d, heap.newRef(kv.get(0)), heap.newRef(kv.get(1)));
        }
    }

    /** list.append with list_resize's growth pattern; takes the caller's reference. */
    void append(PyList l, PyObject o) {
        l.resizeFor(l.items.size() + 1);
        l.items.add(o);
    }

    /**
     * list_extend: a list that has no item array yet is preallocated exactly (rounded up to even);
     * otherwise lists and tuples resize once, other iterables append one by one after a
     * length-hint resize.
     */
    void extend(PyList l, PyObject src) {
        List<PyObject> items = iterate(src);
        int n = items.size();
        boolean fast = src instanceof PyList || src instanceof PyTuple;
        if (l.allocated == 0) {
            // PyObject_LengthHint defaults to 8 for iterators that cannot tell their length.
            int hint = fast || hasLengthHint(src) ? n : 8;
            if (hint > 0) l.allocated = (hint + 1) & ~1;
        } else if (fast || hasLengthHint(src)) {
            l.resizeFor(l.items.size() + n);
        }
        for (PyObject o : items) {
            if (l.items.size() >= l.allocated) l.resizeFor(l.items.size() + 1);
            l.items.add(heap.newRef(o));
        }
        if (!fast && l.items.size() < l.allocated) l.resizeFor(l.items.size());
    }

    private static boolean hasLengthHint(PyObject o) {
        return o instanceof PyRange || o instanceof PyStr || o instanceof PyDict || o instanceof PySet || o instanceof PyView
                || (o instanceof PyIter it && !it.kind.equals("enumerate"));
    }

    void listInplaceRepeat(PyList l, PyInt n) {
        int times = n.value.max(BigInteger.ZERO).intValue();
        List<PyObject> copy = new ArrayList<>(l.items);
        if (times == 0) {
            l.clear(heap);
            return;
        }
        for (int i = 1; i < times; i++) for (PyObject o : copy) l.items.add(heap.newRef(o));
        l.resizeFor(l.items.size());
    }

    /** The items of an iterable (borrowed references). */
    List<PyObject> iterate(PyObject o) {
        if (o instanceof PyList l) return new ArrayList<>(l.items);
        if (o instanceof PyTuple t) return List.of(t.items);
        if (o instanceof PyDict d) {
            List<PyObject> keys = new ArrayList<>();
            for (PyObject[] e : d.map.values()) keys.add(e[0]);
            return keys;
        }
        if (o instanceof PySet s) return s.members();
        if (o instanceof PyView view) {
            List<PyObject> out = new ArrayList<>();
            for (PyObject[] e : view.dict.map.values()) {
                if (view.kind.equals("dict_items")) {
                    // Item tuples are new objects; until the statement ends they belong to the scratch list.
                    PyTuple pair = heap.alloc(new PyTuple(new PyObject[] {heap.newRef(e[0]), heap.newRef(e[1])}));
                    scratch.add(pair);
                    out.add(pair);
                } else {
                    out.add(view.kind.equals("dict_keys") ? e[0] : e[1]);
                }
            }
            return out;
        }
        if (o instanceof PyRange || o instanceof PyStr) {
            PyObject it = getIter(o);
            List<PyObject> out = new ArrayList<>();
            for (PyObject x = next(it); x != null; x = next(it)) {
                out.add(x);
                heap.decref(x);
            }
            heap.decref(it);
            return out;
        }
        if (o instanceof PyIter || o instanceof PyGenerator) {
            List<PyObject> out = new ArrayList<>();
            for (PyObject x = next(o); x != null; x = next(o)) {
                out.add(x);
                scratch.add(x); // owned until the statement ends
            }
            return out;
        }
        throw new PyRaise("TypeError", "'" + o.typeName() + "' object is not iterable");
    }

    PyObject getIter(PyObject o) {
        String kind;
        if (o instanceof PyList) kind = "list_iterator";
        else if (o instanceof PyTuple) kind = "tuple_iterator";
        else if (o instanceof PyRange) kind = "range_iterator";
        else if (o instanceof PyStr) kind = "str_ascii_iterator";
        else if (o instanceof PyDict) kind = "dict_keyiterator";
        else if (o instanceof PySet) kind = "set_iterator";
        else if (o instanceof PyView view) kind = view.kind.replace("dict_", "dict_") + "iterator";
        else if (o instanceof PyIter || o instanceof PyGenerator) return heap.newRef(o);
        else throw new PyRaise("TypeError", "'" + o.typeName() + "' object is not iterable");
        if (!(o instanceof PyRange)) heap.incref(o); // a range iterator copies the bounds instead
        PyIter it = heap.alloc(new PyIter(kind, o));
        if (o instanceof PyView view && view.kind.equals("dict_items")) {
            it.result = heap.alloc(new PyTuple(new PyObject[] {v.none, v.none}));
            it.snapshot = new ArrayList<>();
            for (PyObject[] e : view.dict.map.values()) {
                it.snapshot.add(e[0]);
                it.snapshot.add(e[1]);
            }
        } else if (o instanceof PyDict || o instanceof PySet || o instanceof PyView) {
            it.snapshot = iterate(o);
        }
        return it;
    }

    /** A result pair (new reference), reusing the iterator's last tuple when only the iterator holds it. */
    private PyObject pair(PyIter it, PyObject first, PyObject second) {
        PyTuple r = it.result;
        if (r != null && r.refcnt == 1) {
            heap.incref(r);
            PyObject oldFirst = r.items[0];
            PyObject oldSecond = r.items[1];
            r.items[0] = first;
            r.items[1] = second;
            heap.decref(oldFirst);
            heap.decref(oldSecond);
            // A collection may have untracked it while it held only atoms.
            if (!r.isTracked()) heap.track(r);
            return r;
        }
        return heap.alloc(new PyTuple(new PyObject[] {first, second}));
    }

    /** The next item as a new reference, or null when exhausted. */
    PyObject next(PyObject iterator) {
        in.checkDeadline();
        if (iterator instanceof PyGenerator g) return in.generators.nextValue(g);
        PyIter it = (PyIter) iterator;
        PyObject src = it.source;
        if (src == null) return null;
        if (it.kind.equals("enumerate")) {
            PyObject item = next(src);
            if (item == null) return null;
            PyObject index = v.integer(it.index++);
            return pair(it, index, item);
        }
        long i = it.index++;
        if (src instanceof PyList l) {
            if (i < l.items.size()) return heap.newRef(l.items.get((int) i));
        } else if (src instanceof PyTuple t) {
            if (i < t.items.length) return heap.newRef(t.items[(int) i]);
        } else if (src instanceof PyRange r) {
            if (i < r.length()) return v.integer(r.get(i));
        } else if (src instanceof PyStr s) {
            if (i < s.value.length()) return v.str(String.valueOf(s.value.charAt((int) i)));
        } else if (it.snapshot != null) {
            if (src instanceof PyDict d && d.map.size() != it.snapshot.size()) {
                throw new PyRaise("RuntimeError", "dictionary changed size during iteration");
            }
            if (src instanceof PyView view && view.kind.equals("dict_items")) {
                if (2 * i < it.snapshot.size()) {
                    PyObject k = heap.newRef(it.snapshot.get((int) (2 * i)));
                    PyObject val = heap.newRef(it.snapshot.get((int) (2 * i + 1)));
                    return pair(it, k, val);
                }
            } else if (i < it.snapshot.size()) {
                return heap.newRef(it.snapshot.get((int) i));
            }
        }
        // Exhausted: list and tuple iterators drop their sequence at once.
        it.source = null;
        if (!(src instanceof PyRange)) heap.decref(src);
        return null;
    }

    boolean contains(PyObject container, PyObject item) {
        if (container instanceof PyDict d) return d.get(item) != null;
        if (container instanceof PySet s) return s.contains(item);
        if (container instanceof PyStr s) {
            if (!(item instanceof PyStr sub)) throw new PyRaise("TypeError", "'in <string>' requires string as left operand, not " + item.typeName());
            return s.value.contains(sub.value);
        }
        if (container instanceof PyList || container instanceof PyTuple || container instanceof PyRange || container instanceof PyView) {
            for (PyObject o : iterate(container)) if (o == item || in.ops.eq(o, item)) return true;
            return false;
        }
        throw new PyRaise("TypeError", "argument of type '" + container.typeName() + "' is not iterable");
    }

    // ---- subscripts ----

    private long index(PyObject seq, PyObject key, long n, String what) {
        if (!(key instanceof PyInt k)) {
            throw new PyRaise("TypeError", what + " indices must be integers or slices, not " + key.typeName());
        }
        long i = k.value.longValue();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw new PyRaise("IndexError", what + " index out of range");
        return i;
    }

    PyObject getItem(PyObject obj, PyObject key) {
        if (key instanceof SliceValue s) {
            try {
                return slice(obj, s);
            } finally {
                s.release(heap);
            }
        }
        if (obj instanceof PyList l) return heap.newRef(l.items.get((int) index(l, key, l.items.size(), "list")));
        if (obj instanceof PyTuple t) return heap.newRef(t.items[(int) index(t, key, t.items.length, "tuple")]);
        if (obj instanceof PyStr s) return v.str(String.valueOf(s.value.charAt((int) index(s, key, s.value.length(), "string"))));
        if (obj instanceof PyRange r) return v.integer(r.get(index(r, key, r.length(), "range object")));
        if (obj instanceof PyDict d) {
            PyObject r = d.get(key);
            if (r == null) throw new PyRaise("KeyError", in.ops.repr(key));
            return heap.newRef(r);
        }
        throw new PyRaise("TypeError", "'" + obj.typeName() + "' object is not subscriptable");
    }

    private long[] bounds(SliceValue s, long n) {
        long step = s.step instanceof PyNone ? 1 : ((PyInt) s.step).value.longValue();
        if (step == 0) throw new PyRaise("ValueError", "slice step cannot be zero");
        long lo;
        long hi;
        if (step > 0) {
            lo = s.lower instanceof PyNone ? 0 : clamp(((PyInt) s.lower).value.longValue(), n, 0, n);
            hi = s.upper instanceof PyNone ? n : clamp(((PyInt) s.upper).value.longValue(), n, 0, n);
        } else {
            lo = s.lower instanceof PyNone ? n - 1 : clamp(((PyInt) s.lower).value.longValue(), n, -1, n - 1);
            hi = s.upper instanceof PyNone ? -1 : clamp(((PyInt) s.upper).value.longValue(), n, -1, n - 1);
        }
        return new long[] {lo, hi, step};
    }

    private static long clamp(long i, long n, long min, long max) {
        if (i < 0) i += n;
        return Math.max(min, Math.min(max, i));
    }

    private List<Integer> sliceIndexes(SliceValue s, long n) {
        long[] b = bounds(s, n);
        List<Integer> out = new ArrayList<>();
        if (b[2] > 0) for (long i = b[0]; i < b[1]; i += b[2]) out.add((int) i);
        else for (long i = b[0]; i > b[1]; i += b[2]) out.add((int) i);
        return out;
    }

    private PyObject slice(PyObject obj, SliceValue s) {
        if (obj instanceof PyList l) {
            ArrayList<PyObject> items = new ArrayList<>();
            for (int i : sliceIndexes(s, l.items.size())) items.add(heap.newRef(l.items.get(i)));
            return heap.alloc(new PyList(items, items.size()));
        }
        if (obj instanceof PyTuple t) {
            List<Integer> idx = sliceIndexes(s, t.items.length);
            if (idx.size() == t.items.length && (s.step instanceof PyNone)) return heap.newRef(t);
            if (idx.isEmpty()) return v.emptyTuple;
            PyObject[] items = new PyObject[idx.size()];
            for (int k = 0; k < items.length; k++) items[k] = heap.newRef(t.items[idx.get(k)]);
            return heap.alloc(new PyTuple(items));
        }
        if (obj instanceof PyStr str) {
            StringBuilder b = new StringBuilder();
            for (int i : sliceIndexes(s, str.value.length())) b.append(str.value.charAt(i));
            if (b.length() == str.value.length() && s.step instanceof PyNone) return heap.newRef(str);
            return v.str(b.toString());
        }
        throw new PyRaise("TypeError", "'" + obj.typeName() + "' object is not subscriptable");
    }

    /** STORE_SUBSCR: takes the caller's reference to value. */
    void setItem(PyObject obj, PyObject key, PyObject value) {
        if (obj instanceof PyList l) {
            if (key instanceof SliceValue s) {
                try {
                    List<PyObject> items = iterate(value);
                    long[] b = bounds(s, l.items.size());
                    if (b[2] != 1) throw new PyRaise("ValueError", "extended slice assignment is not supported in the memory lab");
                    int lo = (int) b[0];
                    int hi = (int) Math.max(b[0], b[1]);
                    List<PyObject> removed = new ArrayList<>(l.items.subList(lo, hi));
                    l.items.subList(lo, hi).clear();
                    List<PyObject> added = new ArrayList<>();
                    for (PyObject o : items) added.add(heap.newRef(o));
                    l.items.addAll(lo, added);
                    l.resizeFor(l.items.size());
                    heap.decref(value);
                    for (int k = removed.size() - 1; k >= 0; k--) heap.decref(removed.get(k));
                } finally {
                    s.release(heap);
                }
                return;
            }
            int i = (int) index(l, key, l.items.size(), "list assignment");
            PyObject old = l.items.set(i, value);
            heap.decref(old);
            return;
        }
        if (obj instanceof PyDict d) {
            put(d, heap.newRef(key), value);
            return;
        }
        heap.decref(value);
        throw new PyRaise("TypeError", "'" + obj.typeName() + "' object does not support item assignment");
    }

    void delItem(PyObject obj, PyObject key) {
        if (obj instanceof PyList l) {
            if (key instanceof SliceValue s) {
                try {
                    List<Integer> idx = sliceIndexes(s, l.items.size());
                    idx.sort(Comparator.reverseOrder());
                    List<PyObject> removed = new ArrayList<>();
                    for (int i : idx) removed.add(0, l.items.remove(i));
                    l.resizeFor(l.items.size());
                    // list_ass_slice releases the removed items from the last to the first.
                    for (int k = removed.size() - 1; k >= 0; k--) heap.decref(removed.get(k));
                } finally {
                    s.release(heap);
                }
                return;
            }
            int i = (int) index(l, key, l.items.size(), "list assignment");
            PyObject old = l.items.remove(i);
            l.resizeFor(l.items.size());
            heap.decref(old);
            return;
        }
        if (obj instanceof PyDict d) {
            PyObject[] e = d.remove(key);
            if (e == null) throw new PyRaise("KeyError", in.ops.repr(key));
            heap.decref(e[0]);
            heap.decref(e[1]);
            return;
        }
        throw new PyRaise("TypeError", "'" + obj.typeName() + "' object doesn't support item deletion");
    }
}
