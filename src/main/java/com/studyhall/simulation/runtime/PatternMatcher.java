package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.PyBuiltin;
import com.studyhall.simulation.heap.PyClass;
import com.studyhall.simulation.heap.PyDeque;
import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyFunction;
import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyList;
import com.studyhall.simulation.heap.PyNamedTupleClass;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.PyRange;
import com.studyhall.simulation.heap.PySet;
import com.studyhall.simulation.heap.PyStr;
import com.studyhall.simulation.heap.PyTuple;
import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Pattern;
import com.studyhall.simulation.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The match statement as CPython 3.11 compiles it (compiler_match, compiler_pattern_* in
 * Python/compile.c) and runs it (MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS, GET_LEN in
 * ceval.c). Every operand the bytecode keeps on the value stack is on the interpreter's value
 * stack here, in the same places, so what a user {@code __eq__}, property or guard sees (reference
 * counts, gc counts) is what it sees in CPython:
 * <ul>
 * <li>the subject stays on the stack while the cases are tried; each case but the last one tried
 *     matches a copy (COPY 1), so the subject is popped only after the guard passed;</li>
 * <li>a pattern consumes the subject it is given; captured values wait on the stack (rotated
 *     under the operands still needed) and are stored in the order the names appear, once the whole
 *     pattern matched; a failed case pops everything it pushed, top first;</li>
 * <li>sequences are read with UNPACK_SEQUENCE/UNPACK_EX, or by index (len first) when the star is
 *     a wildcard; mappings with {@code get} through MATCH_KEYS (a set, an object() and a values
 *     tuple made per match), {@code **rest} copies the subject into a new dict and deletes the
 *     keys; class patterns fetch every attribute first (a set, a list, then a tuple).</li>
 * </ul>
 */
final class PatternMatcher {
    /** Types with _Py_TPFLAGS_MATCH_SELF: {@code int(x)} binds the subject itself. */
    private static final Set<String> MATCH_SELF = Set.of("bool", "bytearray", "bytes", "dict", "float", "frozenset",
            "int", "list", "set", "str", "tuple");

    private final Interpreter in;
    private final Heap heap;

    PatternMatcher(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    /** The names one case binds so far and how many operands sit above their values. */
    private static final class Context {
        final List<String> stores = new ArrayList<>();
        int onTop;
    }

    void run(Stmt.Match s) {
        ValueStack stack = in.stack;
        int base = stack.size();
        try {
            in.push(in.eval(s.subject()));
            List<Stmt.Case> cases = s.cases();
            int n = cases.size();
            // A trailing `case _:` needs no copy of the subject: the last case before it takes the subject itself.
            boolean hasDefault = n > 1 && cases.get(n - 1).pattern() instanceof Pattern.As a && a.isWildcard();
            int tried = n - (hasDefault ? 1 : 0);
            for (int i = 0; i < tried; i++) {
                Stmt.Case c = cases.get(i);
                atLine(c);
                boolean last = i == tried - 1;
                if (!last) in.push(heap.newRef(stack.get(base)));
                int caseBase = stack.size() - 1;
                Context pc = new Context();
                if (!pattern(c.pattern(), pc)) {
                    popTo(caseBase);
                    continue;
                }
                for (String name : pc.stores) in.storeName(name, in.pop());
                if (c.guard() != null && !in.condition(c.guard())) continue;
                if (!last) heap.decref(in.pop());
                in.block(c.body());
                return;
            }
            if (hasDefault) {
                Stmt.Case c = cases.get(n - 1);
                atLine(c);
                if (c.guard() == null || in.condition(c.guard())) in.block(c.body());
            }
        } finally {
            popTo(base);
        }
    }

    private void atLine(Stmt.Case c) {
        in.line = c.token().line();
        in.frame().line = in.line;
    }

    private void popTo(int base) {
        while (in.stack.size() > base) heap.decref(in.pop());
    }

    /** The stack's top item (borrowed). */
    private PyObject top() {
        return in.stack.get(in.stack.size() - 1);
    }

    /** pattern_helper_store_name: the value on top goes under the operands still needed and the earlier captures. */
    private void store(String name, Context pc) {
        if (name == null) {
            heap.decref(in.pop());
            return;
        }
        PyObject v = in.pop();
        in.stack.add(in.stack.size() - pc.onTop - pc.stores.size(), v);
        pc.stores.add(name);
    }

    /** Matches the subject on top of the stack, consuming it; false leaves what it pushed for the case to pop. */
    private boolean pattern(Pattern p, Context pc) {
        if (p instanceof Pattern.As a) return as(a, pc);
        if (p instanceof Pattern.Value v) return value(v);
        if (p instanceof Pattern.Singleton s) {
            PyObject constant = in.eval(s.value());
            boolean same = top() == constant;
            heap.decref(constant);
            heap.decref(in.pop());
            return same;
        }
        if (p instanceof Pattern.Sequence s) return sequence(s, pc);
        if (p instanceof Pattern.Mapping m) return mapping(m, pc);
        if (p instanceof Pattern.ClassPattern c) return classPattern(c, pc);
        return or((Pattern.Or) p, pc);
    }

    private boolean as(Pattern.As a, Context pc) {
        if (a.pattern() == null) {
            store(a.name(), pc);
            return true;
        }
        pc.onTop++;
        in.push(heap.newRef(top()));
        boolean ok = pattern(a.pattern(), pc);
        pc.onTop--;
        if (!ok) return false;
        store(a.name(), pc);
        return true;
    }

    /** COMPARE_OP ==: the subject and the value stay on the stack while a user __eq__ runs. */
    private boolean value(Pattern.Value v) {
        PyObject subject = top();
        PyObject value = in.eval(v.value());
        in.push(value);
        boolean equal = in.compare("==", subject, value);
        heap.decref(in.pop());
        heap.decref(in.pop());
        return equal;
    }

    private boolean or(Pattern.Or o, Context pc) {
        int altBase = in.stack.size();
        PyObject subject = top();
        List<String> control = names(o.alternatives().get(0));
        for (Pattern alt : o.alternatives()) {
            in.push(heap.newRef(subject));
            Context ac = new Context();
            if (pattern(alt, ac)) {
                PyObject[] got = new PyObject[control.size()];
                for (String name : ac.stores) got[control.indexOf(name)] = in.pop();
                heap.decref(in.pop());
                for (int i = 0; i < got.length; i++) {
                    in.push(got[i]);
                    store(control.get(i), pc);
                }
                return true;
            }
            popTo(altBase);
        }
        return false;
    }

    /** The names a pattern binds, in the order they are stored. */
    private static List<String> names(Pattern p) {
        List<String> out = new ArrayList<>();
        collectNames(p, out);
        return out;
    }

    private static void collectNames(Pattern p, List<String> out) {
        if (p instanceof Pattern.As a) {
            if (a.pattern() != null) collectNames(a.pattern(), out);
            if (a.name() != null) out.add(a.name());
        } else if (p instanceof Pattern.Star s) {
            if (s.name() != null) out.add(s.name());
        } else if (p instanceof Pattern.Sequence s) {
            s.items().forEach(x -> collectNames(x, out));
        } else if (p instanceof Pattern.Mapping m) {
            m.values().forEach(x -> collectNames(x, out));
            if (m.rest() != null) out.add(m.rest());
        } else if (p instanceof Pattern.ClassPattern c) {
            c.positional().forEach(x -> collectNames(x, out));
            c.keywordPatterns().forEach(x -> collectNames(x, out));
        } else if (p instanceof Pattern.Or o) {
            collectNames(o.alternatives().get(0), out);
        }
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.As a && a.isWildcard();
    }

    // ---- sequences ----

    /** Py_TPFLAGS_SEQUENCE: list, tuple (namedtuples too), range, deque and subclasses of list and tuple; never str or bytes. */
    static boolean isSequence(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyRange || o instanceof PyDeque
                || (o instanceof PyInstance i && i.cls != null && ("list".equals(i.cls.builtinBase) || "tuple".equals(i.cls.builtinBase)));
    }

    private boolean sequence(Pattern.Sequence s, Context pc) {
        List<Pattern> items = s.items();
        int size = items.size();
        int star = s.starIndex();
        PyObject subject = top();
        if (!isSequence(subject)) return false;
        if (star < 0) {
            if (in.builtinImpl.len(subject) != size) return false;
        } else if (size > 1) {
            if (in.builtinImpl.len(subject) < size - 1) return false;
        }
        if (s.onlyWildcards()) {
            heap.decref(in.pop());
            return true;
        }
        if (s.starIsWildcard()) return sequenceByIndex(items, star, pc);
        PyObject[] values = star < 0 ? unpack(size) : in.unpackEx(in.pop(), star, size - star - 1);
        for (int i = values.length - 1; i >= 0; i--) in.push(values[i]);
        pc.onTop += size;
        for (Pattern item : items) {
            pc.onTop--;
            if (!subpattern(item instanceof Pattern.Star st ? new Pattern.As(st.token(), null, st.name()) : item, pc)) {
                return false;
            }
        }
        return true;
    }

    /** UNPACK_SEQUENCE of the subject on top: an exact list or tuple by its items, anything else (a namedtuple too) by iteration. */
    private PyObject[] unpack(int size) {
        PyObject subject = top();
        if (subject instanceof PyList || subject.getClass() == PyTuple.class) {
            List<PyObject> items = in.builtinImpl.iterate(subject);
            if (items.size() == size) {
                PyObject[] out = new PyObject[size];
                for (int i = 0; i < size; i++) out[i] = heap.newRef(items.get(i));
                heap.decref(in.pop());
                return out;
            }
        }
        return in.unpackIterable(in.pop(), size);
    }

    /** pattern_helper_sequence_subscr: {@code [a, *_, b]} reads subject[0] and subject[len - 1]. */
    private boolean sequenceByIndex(List<Pattern> items, int star, Context pc) {
        pc.onTop++;
        int size = items.size();
        for (int i = 0; i < size; i++) {
            Pattern item = items.get(i);
            if (i == star || isWildcard(item)) continue;
            PyObject subject = top();
            in.push(heap.newRef(subject));
            long index = i < star ? i : in.builtinImpl.len(subject) - (size - i);
            PyObject key = in.values.integer(index);
            in.push(key);
            PyObject got = in.getItem(subject, key);
            heap.decref(in.pop());
            heap.decref(in.pop());
            in.push(got);
            if (!subpattern(item, pc)) return false;
        }
        pc.onTop--;
        heap.decref(in.pop());
        return true;
    }

    /** A sub-pattern: a wildcard just pops its subject. */
    private boolean subpattern(Pattern p, Context pc) {
        if (isWildcard(p)) {
            heap.decref(in.pop());
            return true;
        }
        return pattern(p, pc);
    }

    // ---- mappings ----

    /** Py_TPFLAGS_MAPPING: dict, its collections subclasses and subclasses of dict. */
    static boolean isMapping(PyObject o) {
        return PyInstance.bodyOf(o) instanceof PyDict;
    }

    private boolean mapping(Pattern.Mapping m, Context pc) {
        PyObject subject = top();
        if (!isMapping(subject)) return false;
        int size = m.keys().size();
        if (size == 0 && m.rest() == null) {
            heap.decref(in.pop());
            return true;
        }
        if (size > 0 && in.builtinImpl.len(subject) < size) return false;
        PyObject keys = size == 0 ? in.values.emptyTuple : keyTuple(m);
        in.push(keys);
        PyObject values = matchKeys(subject, (PyTuple) keys);
        in.push(values);
        if (values == in.values.none) return false;
        PyTuple found = (PyTuple) in.pop();
        for (int i = size - 1; i >= 0; i--) in.push(heap.newRef(found.items[i]));
        heap.decref(found);
        pc.onTop += 2 + size;
        for (Pattern v : m.values()) {
            pc.onTop--;
            if (!subpattern(v, pc)) return false;
        }
        pc.onTop -= 2;
        if (m.rest() == null) {
            heap.decref(in.pop());
            heap.decref(in.pop());
            return true;
        }
        // rest = dict(subject); del rest[key] for each key
        PyTuple keyTuple = (PyTuple) in.pop();
        PyObject subj = in.pop();
        PyDict rest = heap.alloc(new PyDict());
        rest.presize(0, false);
        in.push(rest);
        in.push(keyTuple);
        in.push(subj);
        in.builtinImpl.update(rest, subj);
        heap.decref(in.pop());
        in.pop();
        for (int i = size - 1; i >= 0; i--) in.push(heap.newRef(keyTuple.items[i]));
        heap.decref(keyTuple);
        for (int i = 0; i < size; i++) {
            in.builtinImpl.delItem(rest, top());
            heap.decref(in.pop());
        }
        store(m.rest(), pc);
        return true;
    }

    /**
     * The keys as MATCH_KEYS gets them: a code constant when every key is a literal (made by the
     * compiler, so not counted as an allocation of the run), else BUILD_TUPLE of the evaluated keys.
     */
    private PyObject keyTuple(Pattern.Mapping m) {
        Expr.TupleDisplay display = new Expr.TupleDisplay(m.token(), m.keys());
        Object folded = ConstantFolder.fold(display);
        if (folded == null) return in.eval(display);
        Object cacheKey = List.of("match keys", folded);
        PyObject t = in.constants.get(cacheKey);
        if (t == null) {
            PyObject[] items = new PyObject[m.keys().size()];
            for (int i = 0; i < items.length; i++) items[i] = in.eval(m.keys().get(i));
            t = heap.allocPreexisting(new PyTuple(items));
            t.refcnt = 2;
            in.constants.put(cacheKey, t);
        }
        heap.incref(t);
        return t;
    }

    /**
     * match_keys: the values of the keys by {@code get(key, dummy)}, so a defaultdict's __missing__ is
     * never called; a tuple of them, or None when a key is missing. Makes a set of the keys seen, a
     * dummy object() and the values tuple, as CPython does.
     */
    private PyObject matchKeys(PyObject subject, PyTuple keys) {
        int n = keys.items.length;
        if (n == 0) return in.values.emptyTuple;
        PyObject userGet = subject instanceof PyInstance i && i.cls.lookup("get") instanceof PyFunction f ? f : null;
        PySet seen = heap.alloc(new PySet());
        in.builtinImpl.hold(seen);
        PyObject dummy = in.builtinImpl.callBuiltinFunction("object", List.of());
        in.builtinImpl.hold(dummy);
        PyObject[] slots = new PyObject[n];
        PyTuple values = heap.alloc(new PyTuple(slots));
        in.builtinImpl.hold(values);
        try {
            for (int i = 0; i < n; i++) {
                PyObject key = keys.items[i];
                // PySet_Contains, then PySet_Add: a key with its own __hash__ is hashed twice, as in CPython.
                if (seen.contains(key) || !seen.add(heap.newRef(key), heap)) {
                    throw new PyRaise("ValueError", "mapping pattern checks duplicate key (" + in.ops.repr(key) + ")");
                }
                PyObject value;
                if (userGet != null) {
                    value = in.callBorrowed(userGet, List.of(subject, key, dummy));
                } else {
                    PyObject v = ((PyDict) PyInstance.bodyOf(subject)).get(key);
                    value = v == null ? heap.newRef(dummy) : heap.newRef(v);
                }
                if (value == dummy) {
                    heap.decref(value);
                    in.builtinImpl.unhold(values);
                    heap.decref(values);
                    values = null;
                    break;
                }
                slots[i] = value;
            }
        } catch (RuntimeException e) {
            in.builtinImpl.unhold(values);
            heap.decref(values);
            throw e;
        } finally {
            if (values != null) in.builtinImpl.unhold(values);
            in.builtinImpl.unhold(seen);
            heap.decref(seen);
            in.builtinImpl.unhold(dummy);
            heap.decref(dummy);
        }
        return values == null ? in.values.none : values;
    }

    // ---- classes ----

    private boolean classPattern(Pattern.ClassPattern c, Context pc) {
        PyObject type = in.eval(c.cls());
        in.push(type);
        PyObject subject = in.stack.get(in.stack.size() - 2);
        PyTuple attrs = matchClass(subject, type, c);
        heap.decref(in.pop());
        heap.decref(in.pop());
        if (attrs == null) {
            in.push(in.values.none);
            return false;
        }
        int n = attrs.items.length;
        for (int i = n - 1; i >= 0; i--) in.push(heap.newRef(attrs.items[i]));
        heap.decref(attrs);
        pc.onTop += n;
        for (int i = 0; i < n; i++) {
            pc.onTop--;
            Pattern p = i < c.positional().size() ? c.positional().get(i) : c.keywordPatterns().get(i - c.positional().size());
            if (!subpattern(p, pc)) return false;
        }
        return true;
    }

    private boolean isType(PyObject t) {
        return t instanceof PyClass || t instanceof PyNamedTupleClass
                || (t instanceof PyBuiltin b && (in.builtinImpl.isTypeObject(b) || Builtins.isModuleType(b)
                        || ("collections".equals(b.owner) && b.self == null && CollectionsModule.CLASSES.containsKey(b.name))));
    }

    private static String typeName(PyObject t) {
        if (t instanceof PyClass c) return c.name;
        if (t instanceof PyNamedTupleClass c) return c.name;
        return ((PyBuiltin) t).name;
    }

    /** Whether the type binds the subject itself to one positional sub-pattern (inherited by subclasses). */
    private static boolean matchesSelf(PyObject t) {
        if (t instanceof PyBuiltin b) return b.owner == null && MATCH_SELF.contains(b.name);
        return t instanceof PyClass c && c.builtinBase != null;
    }

    /** match_class: the attribute tuple, or null when the subject is not an instance or lacks an attribute. */
    private PyTuple matchClass(PyObject subject, PyObject type, Pattern.ClassPattern c) {
        if (!isType(type)) throw new PyRaise("TypeError", "called match pattern must be a type");
        if (!isInstance(subject, type)) return null;
        PySet seenSet = heap.alloc(new PySet());
        in.builtinImpl.hold(seenSet);
        PyList attrs = heap.alloc(new PyList(new ArrayList<>(), 0));
        in.builtinImpl.hold(attrs);
        Set<String> seen = new HashSet<>();
        try {
            int nargs = c.positional().size();
            if (nargs > 0) {
                PyObject matchArgs = matchArgs(type);
                boolean self = matchArgs == null && matchesSelf(type);
                int allowed = self ? 1 : matchArgs == null ? 0 : ((PyTuple) matchArgs).items.length;
                if (allowed < nargs) {
                    heap.decref(matchArgs);
                    throw new PyRaise("TypeError", typeName(type) + "() accepts " + allowed + " positional sub-pattern"
                            + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
                }
                if (matchArgs != null) in.builtinImpl.hold(matchArgs);
                try {
                    if (self) {
                        in.builtinImpl.append(attrs, heap.newRef(subject));
                    } else {
                        for (int i = 0; i < nargs; i++) {
                            PyObject name = ((PyTuple) matchArgs).items[i];
                            if (!(name instanceof PyStr s)) {
                                throw new PyRaise("TypeError", "__match_args__ elements must be strings (got " + name.typeName() + ")");
                            }
                            PyObject attr = attribute(subject, type, s.value, seen);
                            if (attr == null) return null;
                            in.builtinImpl.append(attrs, attr);
                        }
                    }
                } finally {
                    if (matchArgs != null) in.builtinImpl.unhold(matchArgs);
                    heap.decref(matchArgs);
                }
            }
            for (String name : c.keywordNames()) {
                PyObject attr = attribute(subject, type, name, seen);
                if (attr == null) return null;
                in.builtinImpl.append(attrs, attr);
            }
            if (attrs.items.isEmpty()) return in.values.emptyTuple;
            PyObject[] items = new PyObject[attrs.items.size()];
            for (int i = 0; i < items.length; i++) items[i] = heap.newRef(attrs.items.get(i));
            return heap.alloc(new PyTuple(items));
        } finally {
            in.builtinImpl.unhold(seenSet);
            heap.decref(seenSet);
            in.builtinImpl.unhold(attrs);
            heap.decref(attrs);
        }
    }

    /** PyObject_IsInstance; the lab's internal types (builtin_function_or_method...) have no subclasses. */
    private boolean isInstance(PyObject subject, PyObject type) {
        if (type instanceof PyBuiltin b && "<type>".equals(b.owner)) return subject.typeName().equals(b.name);
        return in.builtinImpl.callBuiltinFunction("isinstance", List.of(subject, type)) == in.values.trueObj;
    }

    /** The type's __match_args__ (a new reference), or null when it has none; TypeError unless a tuple. */
    private PyObject matchArgs(PyObject type) {
        if (type instanceof PyNamedTupleClass nt) return heap.newRef(nt.fields);
        if (!(type instanceof PyClass)) return null;
        PyObject args;
        try {
            args = in.getAttr(type, "__match_args__");
        } catch (PyRaise e) {
            if (!in.exceptions.is(e, "AttributeError")) throw e;
            in.exceptions.discard(e);
            return null;
        }
        if (!(args instanceof PyTuple) || args instanceof com.studyhall.simulation.heap.PyNamedTuple) {
            heap.decref(args);
            throw new PyRaise("TypeError", typeName(type) + ".__match_args__ must be a tuple (got " + args.typeName() + ")");
        }
        return args;
    }

    /** match_class_attr: getattr, with an AttributeError meaning no match; a name asked twice is a TypeError. */
    private PyObject attribute(PyObject subject, PyObject type, String name, Set<String> seen) {
        if (!seen.add(name)) {
            throw new PyRaise("TypeError", typeName(type) + "() got multiple sub-patterns for attribute '" + name + "'");
        }
        // The subject's reference on the stack is the one a property or __getattr__ call declares
        // as its caller's operand (Attributes.callWith): it is lifted off meanwhile, not counted twice.
        int at = in.stack.size() - 2;
        in.stack.remove(at);
        try {
            return in.getAttr(subject, name);
        } catch (PyRaise e) {
            if (!in.exceptions.is(e, "AttributeError")) throw e;
            in.exceptions.discard(e);
            return null;
        } finally {
            in.stack.add(at, subject);
        }
    }
}
