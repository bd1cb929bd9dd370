package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The methods of array.array (the clinic functions of arraymodule.c), with their argument errors. */
final class ArrayMethods {
    private ArrayMethods() { }

    static void install(ArrayType t) {
        Values v = t.v;
        t.method("append", (self, args, kw) -> {
            one(t, "append", args, kw);
            PyArray a = (PyArray) self;
            t.insert(a, a.size(), args.get(0));
            return v.none;
        });
        t.method("extend", (self, args, kw) -> {
            noKeywords("extend", kw);
            if (args.size() != 1) throw new PyRaise("TypeError", "extend() takes exactly 1 positional argument (" + args.size() + " given)");
            PyArray a = (PyArray) self;
            if (args.get(0) instanceof PyArray) t.extendArray(a, args.get(0));
            else t.extendFrom(a, args.get(0));
            return v.none;
        });
        t.method("pop", (self, args, kw) -> {
            noKeywords("pop", kw);
            if (args.size() > 1) throw new PyRaise("TypeError", "pop expected at most 1 argument, got " + args.size());
            PyArray a = (PyArray) self;
            long i = args.isEmpty() ? -1 : Args.integer(args.get(0));
            if (a.size() == 0) throw new PyRaise("IndexError", "pop from empty array");
            if (i < 0) i += a.size();
            if (i < 0 || i >= a.size()) throw new PyRaise("IndexError", "pop index out of range");
            PyObject item = t.item(a, (int) i);
            try {
                t.delete(a, (int) i, (int) i + 1);
            } catch (RuntimeException e) {
                t.heap.decref(item);
                throw e;
            }
            return item;
        });
        t.method("insert", (self, args, kw) -> {
            noKeywords("insert", kw);
            if (args.size() != 2) throw new PyRaise("TypeError", "insert expected 2 arguments, got " + args.size());
            PyArray a = (PyArray) self;
            long i = Args.integer(args.get(0));
            int n = a.size();
            if (i < 0) i = Math.max(0, i + n);
            t.insert(a, (int) Math.min(i, n), args.get(1));
            return v.none;
        });
        t.method("remove", (self, args, kw) -> {
            one(t, "remove", args, kw);
            PyArray a = (PyArray) self;
            int i = find(t, a, args.get(0), 0, a.size());
            if (i < 0) throw new PyRaise("ValueError", "array.remove(x): x not in array");
            t.delete(a, i, i + 1);
            return v.none;
        });
        t.method("index", (self, args, kw) -> {
            noKeywords("index", kw);
            if (args.isEmpty()) throw new PyRaise("TypeError", "index expected at least 1 argument, got 0");
            if (args.size() > 3) throw new PyRaise("TypeError", "index expected at most 3 arguments, got " + args.size());
            PyArray a = (PyArray) self;
            int start = args.size() > 1 ? bound(args.get(1), a.size()) : 0;
            int stop = args.size() > 2 ? bound(args.get(2), a.size()) : a.size();
            int i = find(t, a, args.get(0), start, stop);
            if (i < 0) throw new PyRaise("ValueError", "array.index(x): x not in array");
            return v.integer(i);
        });
        t.method("count", (self, args, kw) -> {
            one(t, "count", args, kw);
            PyArray a = (PyArray) self;
            int n = 0;
            for (int i = 0; i < a.size(); i++) if (t.itemEquals(a, i, args.get(0))) n++;
            return v.integer(n);
        });
        t.method("reverse", (self, args, kw) -> {
            none("reverse", args, kw);
            PyArray a = (PyArray) self;
            for (int i = 0, j = a.size() - 1; i < j; i++, j--) {
                long x = a.getBits(i);
                a.setBits(i, a.getBits(j));
                a.setBits(j, x);
            }
            return v.none;
        });
        t.method("tolist", (self, args, kw) -> {
            none("tolist", args, kw);
            PyArray a = (PyArray) self;
            ArrayList<PyObject> items = new ArrayList<>(a.size());
            for (int i = 0; i < a.size(); i++) items.add(t.item(a, i));
            return t.heap.alloc(new PyList(items, items.size()));
        });
        t.method("tobytes", (self, args, kw) -> {
            none("tobytes", args, kw);
            return v.bytes(t.tobytes((PyArray) self));
        });
        t.method("frombytes", (self, args, kw) -> {
            one(t, "frombytes", args, kw);
            t.frombytes((PyArray) self, BytesLikeType.requireBuffer(args.get(0)));
            return v.none;
        });
        t.method("fromlist", (self, args, kw) -> {
            one(t, "fromlist", args, kw);
            if (!(args.get(0) instanceof PyList l)) throw new PyRaise("TypeError", "arg must be list");
            PyArray a = (PyArray) self;
            long[] bits = new long[l.items.size()];
            for (int i = 0; i < bits.length; i++) bits[i] = ArrayItems.arrayBits(a.typecode, l.items.get(i));
            int old = a.size();
            if (bits.length == 0) return v.none;
            a.resize(old + bits.length);
            for (int i = 0; i < bits.length; i++) a.setBits(old + i, bits[i]);
            return v.none;
        });
    }

    /** The first index in start..stop whose item equals x, or -1. */
    private static int find(ArrayType t, PyArray a, PyObject x, int start, int stop) {
        for (int i = start; i < Math.min(stop, a.size()); i++) if (t.itemEquals(a, i, x)) return i;
        return -1;
    }

    private static int bound(PyObject o, int n) {
        long i = Args.integer(o);
        if (i < 0) i = Math.max(0, i + n);
        return (int) Math.min(i, n);
    }

    private static void one(ArrayType t, String name, List<PyObject> args, Map<String, PyObject> kw) {
        noKeywords(name, kw);
        if (args.size() != 1) {
            throw new PyRaise("TypeError", "array." + name + "() takes exactly one argument (" + args.size() + " given)");
        }
    }

    private static void none(String name, List<PyObject> args, Map<String, PyObject> kw) {
        noKeywords(name, kw);
        if (!args.isEmpty()) throw new PyRaise("TypeError", "array." + name + "() takes no arguments (" + args.size() + " given)");
    }

    private static void noKeywords(String name, Map<String, PyObject> kw) {
        if (!kw.isEmpty()) throw new PyRaise("TypeError", "array." + name + "() takes no keyword arguments");
    }
}
