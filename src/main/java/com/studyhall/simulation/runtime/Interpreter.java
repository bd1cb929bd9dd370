package com.studyhall.simulation.runtime;

import com.studyhall.simulation.Limits;
import com.studyhall.simulation.gc.Collector;
import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.trace.Tracer;
import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Stmt;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a checked program in the heap model. Every evaluation returns a NEW reference (as CPython's
 * value stack holds one); operands waiting for their consumer sit on {@link #stack}, so a
 * sys.getrefcount() sees them exactly as CPython does.
 */
public final class Interpreter implements Stmt.Visitor<Void>, Expr.Visitor<PyObject>, HeapListener {
    final Heap heap = new Heap();
    final Values values = new Values(heap);
    final Ops ops = new Ops();
    final Collector collector = new Collector(heap, this);
    final StringBuilder out = new StringBuilder();
    final List<Frame> frames = new ArrayList<>();
    /** The value stack: operands evaluated but not yet consumed (each holds one reference). */
    final List<PyObject> stack = new ArrayList<>();
    /** Code constants (co_consts): each holds references CPython keeps for the whole run. */
    final Map<Object, PyObject> constants = new HashMap<>();
    final Map<String, PyObject> builtins = new HashMap<>();
    final Map<String, PyModule> modules = new HashMap<>();
    /** Frames an uncaught exception's traceback holds (innermost first), released at shutdown. */
    final List<Frame> tracebackFrames = new ArrayList<>();
    final PyDict globals;
    final Builtins builtinImpl;
    private final Limits limits;
    private final long deadline;
    long steps;
    int line;

    int depth() {
        return frames.size();
    }
    Tracer tracer;
    private boolean finalizing;

    public Interpreter(Limits limits) {
        this.limits = limits;
        this.recursionLimit = limits.maxRecursionDepth();
        this.deadline = System.nanoTime() + limits.timeout().toNanos();
        heap.listener = this;
        globals = heap.alloc(new PyDict());
        heap.untrack(globals);
        heap.append(globals, 2); // the module's dict is old: it was made at startup
        globals.refcnt = 1; // held by the __main__ module object
        builtinImpl = new Builtins(this);
        ops.types = builtinImpl.types;
        // What CPython 3.11's startup leaves behind (seen with `import gc; print(gc.get_count())`):
        // the first automatic collection comes after about 450 allocations, not 700.
        heap.stockFreeLists();
        heap.counts[0] = 249;
        heap.counts[1] = 0;
        heap.counts[2] = 2;
        heap.setMaxLive(limits.maxLiveObjects() + heap.liveCount());
    }

    final Stdin stdin = new Stdin();
    /** sys.getrecursionlimit(): the depth a call may not reach (starts at the run's limit, 1000 as CPython). */
    int recursionLimit;

    /** The text input() reads, line by line. */
    public void setStdin(String text) {
        stdin.set(text);
    }

    public void setTracer(Tracer tracer) {
        this.tracer = tracer;
        if (tracer != null) collector.setRecorder(tracer);
    }

    public Heap heap() {
        return heap;
    }

    public String stdout() {
        return out.toString();
    }

    public Collector collector() {
        return collector;
    }


    private Runnable stepHook;
    /** Depth of user code run from inside the heap (__del__, weakref callbacks), where C temporaries are live. */
    private int nested;

    /** Test hook run after every statement (the heap checker). */
    public void setStepHook(Runnable hook) {
        this.stepHook = hook;
    }

    /**
     * References from outside the heap's objects, per object: the __main__ module's hold on its
     * dict, code constants, the value stack, frame locals and functions, traceback frames, the
     * hidden cluster of each class, the gc module's hold on gc.garbage.
     */
    public java.util.IdentityHashMap<PyObject, Long> externalReferences() {
        java.util.IdentityHashMap<PyObject, Long> ext = new java.util.IdentityHashMap<>();
        java.util.function.BiConsumer<PyObject, Long> add = (o, n) -> {
            if (o != null) ext.merge(o, n, Long::sum);
        };
        if (!finalizing) add.accept(globals, 1L);
        for (PyObject c : constants.values()) add.accept(c, 2L);
        for (PyObject o : stack) add.accept(o, 1L);
        List<Frame> all = new ArrayList<>(frames);
        all.addAll(tracebackFrames);
        for (Frame f : all) {
            if (f.locals != null) for (PyObject o : f.locals) add.accept(o, 1L);
            for (PyObject o : f.freeCells.values()) add.accept(o, 1L);
            add.accept(f.function, 1L);
        }
        for (PyObject o : heap.liveObjects()) {
            if (o instanceof PyClass c && !c.hiddenReleased()) add.accept(c, (long) PyClass.HIDDEN_REFS);
        }
        add.accept(builtinImpl.garbageList(), 1L);
        for (PyObject o : builtinImpl.scratch) add.accept(o, 1L);
        for (PyObject o : builtinImpl.held) add.accept(o, 1L);
        return ext;
    }

    public int line() {
        return line;
    }

    public long steps() {
        return steps;
    }

    /** Frames for the trace: each name bound to its object's id. */
    public List<com.studyhall.simulation.TraceStep.Frame> frameViews() {
        List<com.studyhall.simulation.TraceStep.Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            Map<String, Integer> names = new java.util.LinkedHashMap<>();
            if (f.isModule()) {
                for (PyObject[] e : globals.map.values()) names.put(((PyStr) e[0]).value, e[1].id);
            } else {
                for (int i = 0; i < f.locals.length; i++) if (f.locals[i] != null) names.put(f.varnames.get(i), f.locals[i].id);
            }
            out.add(new com.studyhall.simulation.TraceStep.Frame(f.name, names));
        }
        return out;
    }

    // ---- running ----

    /** Runs the module, then CPython's interpreter finalization of __main__. */
    public void run(List<Stmt> program) {
        // CPython's startup and the compiler leave tracked allocations behind: about 246, plus about
        // 12 per code object (function, class body, comprehension), measured over the corpus.
        heap.counts[0] = 246 + 12 * CodeObjects.count(program);
        frames.add(new Frame("<module>", globals, null, Set.of(), null));
        try {
            block(program);
        } finally {
            if (tracer != null) tracer.flush(line);
        }
    }

    /**
     * At exit CPython collects once while __main__ still holds its dict (survivors move on in the
     * order the collector found them), then the module lets its dict go: freed at once when nothing
     * else holds it, otherwise collected as garbage with everything it held.
     */
    public void finish() {
        finalizing = true;
        // Whatever a failed statement left on the value stack was released while unwinding.
        while (!stack.isEmpty()) heap.decref(pop());
        // finalize_modules_delete_special: sys.last_traceback goes first, releasing the frames it held.
        for (Frame f : tracebackFrames) clearFrame(f);
        tracebackFrames.clear();
        collector.collect(2);
        heap.decref(globals);
        if (!globals.freed) collector.collect(2);
        if (tracer != null) tracer.flush(line);
    }

    void block(List<Stmt> body) {
        for (Stmt s : body) execute(s);
    }

    void execute(Stmt s) {
        line = s.token().line();
        frames.get(frames.size() - 1).line = line;
        tick();
        s.accept(this);
        if (!builtinImpl.scratch.isEmpty()) builtinImpl.releaseScratch();
        if (tracer != null) tracer.step(line);
        if (stepHook != null && nested == 0) stepHook.run();
    }

    void tick() {
        steps++;
        if (steps > limits.maxSteps()) {
            throw new StopRun("StepLimitExceeded", "the program ran more than " + limits.maxSteps() + " steps");
        }
        if ((steps & 255) == 0 && System.nanoTime() > deadline) {
            throw new StopRun("TimeLimitExceeded", "the program ran longer than " + limits.timeout().toMillis() + " ms");
        }
    }

    private int deadlineCounter;

    /** Long-running builtins (sum over a huge range) check the clock too, not only statements. */
    void checkDeadline() {
        if ((++deadlineCounter & 4095) == 0 && System.nanoTime() > deadline) {
            throw new StopRun("TimeLimitExceeded", "the program ran longer than " + limits.timeout().toMillis() + " ms");
        }
    }

    void write(String s) {
        out.append(s);
        if (out.length() > limits.maxOutputBytes()) {
            out.setLength(limits.maxOutputBytes());
            throw new StopRun("OutputLimitExceeded", "the program printed more than " + limits.maxOutputBytes() + " bytes");
        }
        if (tracer != null) tracer.stdout(s);
    }

    Frame frame() {
        return frames.get(frames.size() - 1);
    }

    void push(PyObject o) {
        stack.add(o);
    }

    PyObject pop() {
        return stack.remove(stack.size() - 1);
    }

    PyObject eval(Expr e) {
        return e.accept(this);
    }

    // ---- HeapListener ----

    @Override
    public boolean hasFinalizer(PyObject o) {
        return o instanceof PyInstance i && i.cls != null && i.cls.lookup("__del__") instanceof PyFunction;
    }

    @Override
    public void finalize(PyObject o) {
        PyInstance inst = (PyInstance) o;
        PyObject del = inst.cls.lookup("__del__");
        if (tracer != null) tracer.event("finalizer", o, "__del__ of " + Tracer.describe(o) + " runs");
        List<PyObject> saved = new ArrayList<>(stack);
        int depth = stack.size();
        nested++;
        try {
            heap.incref(del);
            heap.incref(o);
            callFunction((PyFunction) del, new ArrayList<>(List.of(o)), Map.of(), del);
        } catch (PyRaise e) {
            // CPython prints "Exception ignored in: ..." on stderr and carries on.
        } finally {
            nested--;
            while (stack.size() > depth) pop();
        }
        assert saved.size() == stack.size();
    }

    @Override
    public void weakrefCallback(PyWeakref ref, PyObject callback) {
        if (tracer != null) tracer.event("weakref-callback", ref, "the callback of weak reference #" + ref.id + " runs");
        int depth = stack.size();
        nested++;
        try {
            push(heap.newRef(callback));
            push(heap.newRef(ref));
            PyObject r = finishCall(depth, callback, new ArrayList<>(List.of(ref)), Map.of());
            heap.decref(r);
        } catch (PyRaise e) {
            // ignored, as CPython does for callback errors
        } finally {
            nested--;
            while (stack.size() > depth) heap.decref(pop());
        }
    }

    @Override
    public void collectionDue() {
        collector.collectGenerations();
    }

    @Override
    public void allocated(PyObject o) {
        if (tracer != null) tracer.allocated(o);
    }

    @Override
    public void deallocated(PyObject o) {
        if (tracer != null) tracer.deallocated(o);
    }

    @Override
    public void refChanged(PyObject o, boolean increment) {
        if (tracer != null) tracer.refChanged(o, increment);
    }

    // ---- statements ----

    @Override
    public Void visitExpression(Stmt.Expression s) {
        heap.decref(eval(s.expr()));
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        PyObject value = eval(s.value());
        List<Expr> targets = s.targets();
        // DUP_TOP for each extra target: the value is referenced once per assignment.
        for (int i = 0; i < targets.size(); i++) {
            if (i < targets.size() - 1) heap.incref(value);
            push(value);
            PyObject v = pop();
            assign(targets.get(i), v);
        }
        return null;
    }

    /** Stores an owned reference into a target. */
    void assign(Expr target, PyObject value) {
        if (target instanceof Expr.Name n) {
            storeName(n.name(), value);
        } else if (target instanceof Expr.Attribute a) {
            push(value);
            PyObject obj = eval(a.object());
            pop();
            try {
                setAttr(obj, a.name(), value);
            } finally {
                heap.decref(obj);
            }
        } else if (target instanceof Expr.Subscript sub) {
            push(value);
            PyObject obj = eval(sub.object());
            push(obj);
            PyObject key = eval(sub.index());
            pop();
            pop();
            try {
                setItem(obj, key, value);
            } finally {
                heap.decref(obj);
                heap.decref(key);
            }
        } else if (target instanceof Expr.TupleDisplay || target instanceof Expr.ListDisplay) {
            List<Expr> elts = target instanceof Expr.TupleDisplay t ? t.elements() : ((Expr.ListDisplay) target).elements();
            unpack(elts, value);
        }
    }

    /** UNPACK_SEQUENCE: items are pushed (new references) and the sequence is released first. */
    private void unpack(List<Expr> targets, PyObject value) {
        List<PyObject> items = builtinImpl.iterate(value);
        if (items.size() != targets.size()) {
            heap.decref(value);
            if (items.size() > targets.size()) {
                throw new PyRaise("ValueError", "too many values to unpack (expected " + targets.size() + ")");
            }
            throw new PyRaise("ValueError", "not enough values to unpack (expected " + targets.size() + ", got " + items.size() + ")");
        }
        int base = stack.size();
        for (int i = items.size() - 1; i >= 0; i--) push(heap.newRef(items.get(i)));
        heap.decref(value);
        for (Expr t : targets) assign(t, pop());
        assert stack.size() == base;
    }

    void storeName(String name, PyObject value) {
        Frame f = frame();
        if (!f.isModule() && !f.globalNames.contains(name)) {
            int slot = f.slot(name);
            PyObject old = f.locals[slot];
            if (old instanceof PyCell cell) {
                old = cell.contents;
                cell.contents = value;
            } else {
                f.locals[slot] = value;
            }
            if (old != null) heap.decref(old);
            return;
        }
        PyDict g = f.globals;
        PyObject old = g.put(values.intern(name), value, heap);
        maintainTracking(g, value);
        if (old != null) heap.decref(old);
    }

    void maintainTracking(PyDict d, PyObject value) {
        if (!d.isTracked() && Collector_mayBeTracked(value)) heap.track(d);
    }

    private static boolean Collector_mayBeTracked(PyObject o) {
        return com.studyhall.simulation.gc.Collector.mayBeTrackedItem(o);
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        Expr t = s.target();
        if (t instanceof Expr.Name n) {
            PyObject cur = loadName(n.name(), n);
            push(cur);
            PyObject rhs = eval(s.value());
            pop();
            PyObject result = inplace(s.op(), cur, rhs);
            heap.decref(cur);
            heap.decref(rhs);
            storeName(n.name(), result);
        } else if (t instanceof Expr.Attribute a) {
            PyObject obj = eval(a.object());
            push(obj);
            PyObject cur = getAttr(obj, a.name());
            push(cur);
            PyObject rhs = eval(s.value());
            pop();
            PyObject result = inplace(s.op(), cur, rhs);
            heap.decref(cur);
            heap.decref(rhs);
            pop();
            setAttr(obj, a.name(), result);
            heap.decref(obj);
        } else if (t instanceof Expr.Subscript sub) {
            PyObject obj = eval(sub.object());
            push(obj);
            PyObject key = eval(sub.index());
            push(key);
            PyObject cur = getItem(obj, key);
            push(cur);
            PyObject rhs = eval(s.value());
            pop();
            PyObject result = inplace(s.op(), cur, rhs);
            heap.decref(cur);
            heap.decref(rhs);
            pop();
            pop();
            setItem(obj, key, result);
            heap.decref(obj);
            heap.decref(key);
        }
        return null;
    }

    /** += on a list extends it in place; everything else builds a new object. */
    private PyObject inplace(TokenType op, PyObject cur, PyObject rhs) {
        if (op == TokenType.PLUS && cur instanceof PyList l) {
            builtinImpl.extend(l, rhs);
            return heap.newRef(l);
        }
        if (op == TokenType.STAR && cur instanceof PyList l && rhs instanceof PyInt n) {
            builtinImpl.listInplaceRepeat(l, n);
            return heap.newRef(l);
        }
        return ops.binary(op, cur, rhs);
    }

    @Override
    public Void visitDel(Stmt.Del s) {
        for (Expr t : s.targets()) delete(t);
        return null;
    }

    private void delete(Expr t) {
        if (t instanceof Expr.Name n) {
            Frame f = frame();
            if (!f.isModule() && !f.globalNames.contains(n.name())) {
                int slot = f.slot(n.name());
                PyObject old = f.locals[slot];
                if (old instanceof PyCell cell) {
                    old = cell.contents;
                    if (old != null) {
                        cell.contents = null;
                        heap.decref(old);
                        return;
                    }
                }
                if (old == null) {
                    throw new PyRaise("UnboundLocalError", "cannot access local variable '" + n.name()
                            + "' where it is not associated with a value");
                }
                f.locals[slot] = null;
                heap.decref(old);
                return;
            }
            PyObject[] e = f.globals.remove(values.intern(n.name()));
            if (e == null) throw new PyRaise("NameError", "name '" + n.name() + "' is not defined");
            heap.decref(e[1]);
        } else if (t instanceof Expr.Attribute a) {
            PyObject obj = eval(a.object());
            try {
                delAttr(obj, a.name());
            } finally {
                heap.decref(obj);
            }
        } else if (t instanceof Expr.Subscript sub) {
            PyObject obj = eval(sub.object());
            push(obj);
            PyObject key = eval(sub.index());
            pop();
            try {
                builtinImpl.delItem(obj, key);
            } finally {
                heap.decref(obj);
                heap.decref(key);
            }
        } else if (t instanceof Expr.TupleDisplay tu) {
            tu.elements().forEach(this::delete);
        } else if (t instanceof Expr.ListDisplay l) {
            l.elements().forEach(this::delete);
        }
    }

    @Override
    public Void visitIf(Stmt.If s) {
        if (condition(s.condition())) block(s.body());
        else block(s.orElse());
        return null;
    }

    boolean condition(Expr e) {
        PyObject c = eval(e);
        boolean b = ops.truthy(c);
        heap.decref(c);
        return b;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        while (true) {
            line = s.token().line();
            tick();
            if (!condition(s.condition())) {
                block(s.orElse());
                return null;
            }
            try {
                block(s.body());
            } catch (ControlFlow.Break b) {
                return null;
            } catch (ControlFlow.Continue c) {
                // next iteration
            }
        }
    }

    @Override
    public Void visitFor(Stmt.For s) {
        PyObject iterable = eval(s.iterable());
        PyObject it = builtinImpl.getIter(iterable);
        heap.decref(iterable);
        push(it);
        try {
            while (true) {
                line = s.token().line();
                tick();
                PyObject item = builtinImpl.next(it);
                if (item == null) break;
                assign(s.target(), item);
                try {
                    block(s.body());
                } catch (ControlFlow.Break b) {
                    return null;
                } catch (ControlFlow.Continue c) {
                    // next item
                }
            }
        } finally {
            stack.remove(stack.lastIndexOf(it));
            heap.decref(it);
        }
        block(s.orElse());
        return null;
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        storeName(s.name(), makeFunction(s, s.name()));
        return null;
    }

    PyFunction makeFunction(Stmt.FunctionDef s, String qualname) {
        PyTuple defaults = null;
        List<Expr> defs = new ArrayList<>();
        for (Stmt.Param p : s.params()) if (p.defaultValue() != null) defs.add(p.defaultValue());
        if (!defs.isEmpty()) {
            PyObject d = eval(new Expr.TupleDisplay(s.token(), defs));
            defaults = (PyTuple) d;
        }
        heap.incref(globals);
        return heap.alloc(new PyFunction(s, qualname, globals, defaults));
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        PyClass base = null;
        if (!s.bases().isEmpty()) {
            PyObject b = eval(s.bases().get(0));
            if (!(b instanceof PyClass bc)) {
                heap.decref(b);
                throw new PyRaise("TypeError", "bases must be types");
            }
            base = bc;
        }
        PyDict dict = heap.alloc(new PyDict());
        heap.track(dict); // a type's dict holds descriptors, which are containers
        Frame classFrame = new Frame(s.name(), globals, null, Set.of(), null);
        for (Stmt st : s.body()) {
            line = st.token().line();
            tick();
            if (st instanceof Stmt.FunctionDef fd) {
                PyFunction fn = makeFunction(fd, s.name() + "." + fd.name());
                PyObject old = dict.put(values.intern(fd.name()), fn, heap);
                maintainTracking(dict, fn);
                if (old != null) heap.decref(old);
            } else if (st instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
                PyObject v = eval(a.value());
                PyObject old = dict.put(values.intern(n.name()), v, heap);
                maintainTracking(dict, v);
                if (old != null) heap.decref(old);
            } else if (st instanceof Stmt.Pass || (st instanceof Stmt.Expression ex && ex.expr() instanceof Expr.Constant)) {
                // docstrings and pass
            } else {
                frames.add(classFrame);
                try {
                    execute(st);
                } finally {
                    frames.remove(frames.size() - 1);
                }
            }
        }
        PyClass cls = heap.alloc(new PyClass(s.name(), dict, base));
        cls.refcnt += PyClass.HIDDEN_REFS;
        // The hidden cluster (__mro__, __bases__, descriptors) was allocated too: three more net allocations.
        heap.counts[0] += 3;
        storeName(s.name(), cls);
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        PyObject v = s.value() == null ? values.none : eval(s.value());
        throw new ControlFlow.Return(v);
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        throw new ControlFlow.Break();
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        throw new ControlFlow.Continue();
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (int i = 0; i < s.modules().size(); i++) {
            String name = s.modules().get(i).lexeme();
            PyModule m = modules.computeIfAbsent(name, k -> values.shared(new PyModule(k)));
            String alias = s.aliases().get(i);
            storeName(alias != null ? alias : name, m);
        }
        return null;
    }

    @Override
    public Void visitUnsupported(Stmt.Unsupported s) {
        throw new IllegalStateException("unreachable: the checker refuses " + s.what());
    }

    // ---- expressions ----

    @Override
    public PyObject visitConstant(Expr.Constant e) {
        return constant(e.value());
    }

    /** A literal: shared when CPython shares it, else one object per distinct constant, held by the code. */
    PyObject constant(Object value) {
        if (value == Expr.NONE) return values.none;
        if (value instanceof Boolean b) return values.bool(b);
        if (value instanceof BigInteger i && i.bitLength() < 10 && i.intValue() >= -5 && i.intValue() <= 256) {
            return values.integer(i);
        }
        if (value instanceof String s && (s.length() <= 1 || Values.identifierLike(s))) return values.intern(s);
        Object key = value instanceof Double d ? List.of("float", Double.doubleToRawLongBits(d)) : value;
        PyObject c = constants.get(key);
        if (c == null) {
            if (value instanceof BigInteger i) c = heap.alloc(new PyInt(i));
            else if (value instanceof Double d) c = heap.alloc(new PyFloat(d));
            else c = heap.alloc(new PyStr((String) value));
            c.refcnt = 2; // co_consts plus the compiler's constant cache
            constants.put(key, c);
        }
        heap.incref(c);
        return c;
    }

    @Override
    public PyObject visitFString(Expr.FString e) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < e.parts().size(); i++) {
            Expr part = e.parts().get(i);
            Expr.FormatSpec spec = e.specs().get(i);
            if (spec == null) {
                b.append((String) ((Expr.Constant) part).value());
                continue;
            }
            PyObject v = eval(part);
            try {
                String s = spec.conversion() == 'r' ? ops.repr(v) : spec.conversion() == 's' ? ops.str(v) : null;
                b.append(Format.apply(ops, v, s, spec.spec()));
            } finally {
                heap.decref(v);
            }
        }
        return values.str(b.toString());
    }

    @Override
    public PyObject visitName(Expr.Name e) {
        return loadName(e.name(), e);
    }

    PyObject loadName(String name, Expr at) {
        Frame f = frame();
        if (!f.isModule() && !f.globalNames.contains(name)) {
            int slot = f.slot(name);
            if (slot >= 0) {
                PyObject v = f.locals[slot];
                if (v instanceof PyCell cell) v = cell.contents;
                if (v == null) {
                    throw new PyRaise("UnboundLocalError", "cannot access local variable '" + name
                            + "' where it is not associated with a value");
                }
                heap.incref(v);
                return v;
            }
            PyCell free = f.freeCells.get(name);
            if (free != null) {
                if (free.contents == null) {
                    throw new PyRaise("NameError", "cannot access free variable '" + name
                            + "' where it is not associated with a value in enclosing scope");
                }
                return heap.newRef(free.contents);
            }
        }
        PyObject v = f.globals.getStr(name);
        if (v != null) {
            heap.incref(v);
            return v;
        }
        PyObject b = builtinImpl.builtin(name);
        if (b != null) return b;
        throw new PyRaise("NameError", "name '" + name + "' is not defined");
    }

    @Override
    public PyObject visitAttribute(Expr.Attribute e) {
        PyObject obj = eval(e.object());
        try {
            return getAttr(obj, e.name());
        } finally {
            heap.decref(obj);
        }
    }

    PyObject getAttr(PyObject obj, String name) {
        if (obj instanceof PyInstance inst) {
            PyObject v = inst.attrs.get(name);
            if (v != null) return heap.newRef(v);
            PyObject c = inst.cls.lookup(name);
            if (c instanceof PyFunction fn) {
                heap.incref(fn);
                heap.incref(inst);
                return heap.alloc(new PyBoundMethod(inst, fn));
            }
            if (c != null) return heap.newRef(c);
            throw new PyRaise("AttributeError", "'" + inst.cls.name + "' object has no attribute '" + name + "'");
        }
        if (obj instanceof PyClass cls) {
            PyObject c = cls.lookup(name);
            if (c != null) return heap.newRef(c);
            throw new PyRaise("AttributeError", "type object '" + cls.name + "' has no attribute '" + name + "'");
        }
        return builtinImpl.attribute(obj, name);
    }

    void delAttr(PyObject obj, String name) {
        if (!(obj instanceof PyInstance inst) || !inst.attrs.containsKey(name)) {
            throw new PyRaise("AttributeError", obj instanceof PyInstance i ? "'" + i.cls.name
                    + "' object has no attribute '" + name + "'" : "'" + obj.typeName() + "' object has no attribute '" + name + "'");
        }
        PyObject old = inst.attrs.remove(name);
        heap.decref(old);
    }

    void setAttr(PyObject obj, String name, PyObject value) {
        if (obj instanceof PyInstance inst) {
            PyObject old = inst.attrs.put(name, value);
            if (old != null) heap.decref(old);
            return;
        }
        if (obj instanceof PyClass cls) {
            PyObject old = cls.dict.put(values.intern(name), value, heap);
            maintainTracking(cls.dict, value);
            if (old != null) heap.decref(old);
            return;
        }
        heap.decref(value);
        if (obj instanceof PyFunction || obj instanceof PyModule) {
            throw new PyRaise("AttributeError", "setting attributes on '" + obj.typeName() + "' is not supported in the memory lab");
        }
        throw new PyRaise("AttributeError", "'" + obj.typeName() + "' object has no attribute '" + name + "'");
    }

    @Override
    public PyObject visitSubscript(Expr.Subscript e) {
        PyObject obj = eval(e.object());
        push(obj);
        PyObject key = eval(e.index());
        pop();
        try {
            return getItem(obj, key);
        } finally {
            heap.decref(obj);
            heap.decref(key);
        }
    }

    PyObject getItem(PyObject obj, PyObject key) {
        return builtinImpl.getItem(obj, key);
    }

    void setItem(PyObject obj, PyObject key, PyObject value) {
        builtinImpl.setItem(obj, key, value);
    }

    @Override
    public PyObject visitSlice(Expr.Slice e) {
        PyObject lo = e.lower() == null ? values.none : eval(e.lower());
        push(lo);
        PyObject hi = e.upper() == null ? values.none : eval(e.upper());
        push(hi);
        PyObject st = e.step() == null ? values.none : eval(e.step());
        pop();
        pop();
        return new SliceValue(lo, hi, st);
    }

    @Override
    public PyObject visitCall(Expr.Call e) {
        int base = stack.size();
        try {
            if (e.callee() instanceof Expr.Attribute a) return callMethod(e, a);
            PyObject callee = eval(e.callee());
            push(callee);
            List<PyObject> args = evalArgs(e);
            Map<String, PyObject> kwargs = evalKeywords(e);
            return finishCall(base, callee, args, kwargs);
        } finally {
            while (stack.size() > base) heap.decref(pop());
        }
    }

    /**
     * CALL with the callable at stack[base] and the arguments above it. A Python function steals
     * them all (the function becomes the frame's f_func, the arguments its locals); a C callable
     * borrows them, and they leave the stack after it returns.
     */
    private PyObject finishCall(int base, PyObject callee, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (callee instanceof PyFunction || callee instanceof PyBoundMethod) {
            stack.subList(base, stack.size()).clear();
            return callOwned(callee, args, kwargs);
        }
        return callNative(callee, args, kwargs);
    }

    /** LOAD_METHOD / CALL: the method and self stay on the stack while the arguments are evaluated. */
    private PyObject callMethod(Expr.Call e, Expr.Attribute a) {
        int base = stack.size();
        PyObject obj = eval(a.object());
        push(obj);
        PyObject method = null;
        if (obj instanceof PyInstance inst && !inst.attrs.containsKey(a.name())
                && inst.cls.lookup(a.name()) instanceof PyFunction fn) {
            method = fn;
        }
        if (method != null) {
            heap.incref(method);
            stack.add(base, method);
            List<PyObject> args = evalArgs(e);
            Map<String, PyObject> kwargs = evalKeywords(e);
            stack.subList(base, stack.size()).clear();
            args.add(0, obj);
            return callFunction((PyFunction) method, args, kwargs, method);
        }
        if (obj instanceof PyInstance || obj instanceof PyClass) {
            PyObject callee = getAttr(obj, a.name());
            stack.set(base, callee);
            heap.decref(obj);
            List<PyObject> args = evalArgs(e);
            Map<String, PyObject> kwargs = evalKeywords(e);
            return finishCall(base, callee, args, kwargs);
        }
        // A builtin method (list.append, gc.collect...): self stays on the stack during the call.
        List<PyObject> args = evalArgs(e);
        Map<String, PyObject> kwargs = evalKeywords(e);
        try {
            return builtinImpl.callMethod(obj, a.name(), args, kwargs);
        } catch (ClassCastException | IndexOutOfBoundsException wrongArguments) {
            throw badArguments(a.name());
        }
    }

    /** Builtins trust their argument types; a wrong one becomes a TypeError rather than an engine failure. */
    private static PyRaise badArguments(String name) {
        return new PyRaise("TypeError", name + "() got arguments of the wrong number or type");
    }

    private List<PyObject> evalArgs(Expr.Call e) {
        List<PyObject> args = new ArrayList<>();
        for (Expr arg : e.args()) {
            PyObject v = eval(arg);
            push(v);
            args.add(v);
        }
        return args;
    }

    private Map<String, PyObject> evalKeywords(Expr.Call e) {
        Map<String, PyObject> kwargs = new java.util.LinkedHashMap<>();
        for (Expr.Keyword k : e.keywords()) {
            if (kwargs.containsKey(k.name())) throw new PyRaise("SyntaxError", "keyword argument repeated: " + k.name());
            PyObject v = eval(k.value());
            push(v);
            kwargs.put(k.name(), v);
        }
        return kwargs;
    }

    /**
     * Calls a Python function or bound method, consuming the callee and argument references. A
     * bound method is unpacked first (its function and self take its place, and it is released
     * before the call, as 3.11's CALL does).
     */
    PyObject callOwned(PyObject callee, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (callee instanceof PyFunction fn) return callFunction(fn, args, kwargs, fn);
        PyBoundMethod bm = (PyBoundMethod) callee;
        PyObject self = bm.self;
        PyObject func = bm.function;
        heap.incref(func);
        heap.incref(self);
        heap.decref(bm);
        args.add(0, self);
        return callFunction((PyFunction) func, args, kwargs, func);
    }

    /** A call through C (classes, builtins, weak references): everything is borrowed. */
    PyObject callNative(PyObject callee, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (callee instanceof PyClass cls) return instantiate(cls, args, kwargs);
        if (callee instanceof PyWeakref w && args.isEmpty() && kwargs.isEmpty()) {
            return w.referent == null ? values.none : heap.newRef(w.referent);
        }
        if (callee instanceof PyBuiltin b) {
            try {
                return builtinImpl.call(b, args, kwargs);
            } catch (ClassCastException | IndexOutOfBoundsException wrongArguments) {
                throw badArguments(b.name);
            }
        }
        throw new PyRaise("TypeError", "'" + callee.typeName() + "' object is not callable");
    }

    /**
     * type_call: a heap type is called through a tuple of the arguments (_PyObject_MakeTpCall), and
     * __init__ receives copies of them after self. The caller's stack still holds the arguments.
     */
    private PyObject instantiate(PyClass cls, List<PyObject> args, Map<String, PyObject> kwargs) {
        int base = stack.size();
        PyTuple argTuple = null;
        try {
            if (!args.isEmpty()) {
                for (PyObject a : args) heap.incref(a);
                argTuple = heap.alloc(new PyTuple(args.toArray(new PyObject[0])));
                push(argTuple);
            }
            PyObject init = cls.lookup("__init__");
            heap.incref(cls);
            PyInstance inst = heap.alloc(new PyInstance(cls));
            if (!cls.instantiated) {
                cls.instantiated = true;
                cls.hiddenGarbage--;
            }
            if (init instanceof PyFunction fn) {
                push(inst);
                List<PyObject> initArgs = new ArrayList<>();
                heap.incref(inst);
                initArgs.add(inst);
                for (PyObject a : args) initArgs.add(heap.newRef(a));
                Map<String, PyObject> kw = new java.util.LinkedHashMap<>();
                kwargs.forEach((k, v) -> kw.put(k, heap.newRef(v)));
                heap.incref(fn);
                PyObject r = callFunction(fn, initArgs, kw, fn);
                pop();
                if (!(r instanceof PyNone)) {
                    heap.decref(r);
                    heap.decref(inst);
                    throw new PyRaise("TypeError", "__init__() should return None, not '" + r.typeName() + "'");
                }
            } else if (!args.isEmpty() || !kwargs.isEmpty()) {
                heap.decref(inst);
                throw new PyRaise("TypeError", cls.name + "() takes no arguments");
            }
            return inst;
        } finally {
            while (stack.size() > base) heap.decref(pop());
        }
    }

    /**
     * Runs a Python function. args (positional, owned) and kwargs (owned) move into the new
     * frame's locals; fnRef is an owned reference to the function the frame holds until it ends.
     */
    PyObject callFunction(PyFunction fn, List<PyObject> args, Map<String, PyObject> kwargs, PyObject fnRef) {
        Locals info = localsOf(fn);
        Frame f = new Frame(fn.qualname, fn.globals, info.varnames, info.globals, fnRef);
        List<Stmt.Param> params = fn.def.params();
        try {
            bindArguments(fn, f, params, args, kwargs);
        } catch (RuntimeException ex) {
            clearFrame(f);
            throw ex;
        }
        if (frames.size() >= recursionLimit) {
            clearFrame(f);
            throw new PyRaise("RecursionError", "maximum recursion depth exceeded");
        }
        // MAKE_CELL: a local that a comprehension reads lives in a cell (holding the argument, if any).
        for (String cellName : info.cellvars) {
            int slot = f.slot(cellName);
            f.locals[slot] = heap.alloc(new PyCell(f.locals[slot]));
        }
        frames.add(f);
        int callerLine = line;
        PyObject result = values.none;
        try {
            block(fn.def.body());
        } catch (ControlFlow.Return r) {
            result = r.value;
        } catch (PyRaise e) {
            // The traceback keeps the frame (and its locals) alive until the interpreter shuts down.
            tracebackFrames.add(f);
            throw e;
        } finally {
            frames.remove(frames.size() - 1);
            if (!tracebackFrames.contains(f)) line = callerLine;
        }
        push(result);
        clearFrame(f);
        pop();
        return result;
    }

    private final Map<Stmt.FunctionDef, Locals> localsCache = new HashMap<>();

    private Locals localsOf(PyFunction fn) {
        return localsCache.computeIfAbsent(fn.def, Locals::of);
    }

    private void bindArguments(PyFunction fn, Frame f, List<Stmt.Param> params, List<PyObject> args,
                               Map<String, PyObject> kwargs) {
        String name = fn.qualname;
        if (args.size() > params.size()) {
            int required = (int) params.stream().filter(p -> p.defaultValue() == null).count();
            String takes = required == params.size() ? String.valueOf(params.size()) : "from " + required + " to " + params.size();
            for (int i = 0; i < args.size(); i++) f.locals[i < params.size() ? i : 0] = null;
            args.forEach(heap::decref);
            kwargs.values().forEach(heap::decref);
            throw new PyRaise("TypeError", name + "() takes " + takes + " positional argument"
                    + (params.size() == 1 && required == params.size() ? "" : "s") + " but " + args.size()
                    + (args.size() == 1 ? " was" : " were") + " given");
        }
        for (int i = 0; i < args.size(); i++) f.locals[i] = args.get(i);
        List<String> unexpected = new ArrayList<>();
        for (Map.Entry<String, PyObject> kw : kwargs.entrySet()) {
            int slot = -1;
            for (int i = 0; i < params.size(); i++) if (params.get(i).name().equals(kw.getKey())) slot = i;
            if (slot < 0) {
                heap.decref(kw.getValue());
                unexpected.add(kw.getKey());
                continue;
            }
            if (f.locals[slot] != null) {
                heap.decref(kw.getValue());
                throw new PyRaise("TypeError", name + "() got multiple values for argument '" + kw.getKey() + "'");
            }
            f.locals[slot] = kw.getValue();
        }
        if (!unexpected.isEmpty()) {
            throw new PyRaise("TypeError", name + "() got an unexpected keyword argument '" + unexpected.get(0) + "'");
        }
        int firstDefault = params.size() - (fn.defaults == null ? 0 : fn.defaults.items.length);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            if (f.locals[i] != null) continue;
            if (i >= firstDefault) f.locals[i] = heap.newRef(fn.defaults.items[i - firstDefault]);
            else missing.add("'" + params.get(i).name() + "'");
        }
        if (!missing.isEmpty()) {
            String list = missing.size() == 1 ? missing.get(0) : missing.size() == 2 ? missing.get(0) + " and " + missing.get(1)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + ", and " + missing.get(missing.size() - 1);
            throw new PyRaise("TypeError", name + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + list);
        }
    }

    /** _PyFrame_Clear: locals in co_varnames order, then the function. */
    private void clearFrame(Frame f) {
        for (int i = 0; i < f.locals.length; i++) {
            PyObject v = f.locals[i];
            f.locals[i] = null;
            if (v != null) heap.decref(v);
        }
        for (PyCell cell : f.freeCells.values()) heap.decref(cell);
        f.freeCells.clear();
        if (f.function != null) heap.decref(f.function);
    }

    @Override
    public PyObject visitBinary(Expr.Binary e) {
        PyObject folded = folded(e);
        if (folded != null) return folded;
        PyObject l = eval(e.left());
        push(l);
        PyObject r = eval(e.right());
        pop();
        try {
            return ops.binary(e.op(), l, r);
        } finally {
            heap.decref(l);
            heap.decref(r);
        }
    }

    /** CPython's AST optimizer folds operations on literals into one constant. */
    private PyObject folded(Expr e) {
        Object c = ConstantFolder.fold(e);
        return c == null ? null : constant(c);
    }

    @Override
    public PyObject visitUnary(Expr.Unary e) {
        if (e.op() != TokenType.NOT) {
            PyObject folded = folded(e);
            if (folded != null) return folded;
        }
        PyObject v = eval(e.operand());
        try {
            if (e.op() == TokenType.NOT) return values.bool(!ops.truthy(v));
            return ops.unary(e.op(), v);
        } finally {
            heap.decref(v);
        }
    }

    @Override
    public PyObject visitBoolOp(Expr.BoolOp e) {
        PyObject l = eval(e.left());
        boolean t = ops.truthy(l);
        if (e.op() == TokenType.AND ? !t : t) return l;
        heap.decref(l);
        return eval(e.right());
    }

    @Override
    public PyObject visitCompare(Expr.Compare e) {
        PyObject left = eval(e.first());
        for (int i = 0; i < e.ops().size(); i++) {
            push(left);
            PyObject right = eval(e.rest().get(i));
            pop();
            boolean r;
            try {
                r = compare(e.ops().get(i), left, right);
            } catch (RuntimeException ex) {
                heap.decref(left);
                heap.decref(right);
                throw ex;
            }
            heap.decref(left);
            if (!r || i == e.ops().size() - 1) {
                heap.decref(right);
                return values.bool(r);
            }
            left = right;
        }
        throw new IllegalStateException("unreachable");
    }

    boolean compare(String op, PyObject a, PyObject b) {
        switch (op) {
            case "==": return ops.eq(a, b);
            case "!=": return !ops.eq(a, b);
            case "is": return a == b;
            case "is not": return a != b;
            case "in": return builtinImpl.contains(b, a);
            case "not in": return !builtinImpl.contains(b, a);
            default: return ops.order(op, a, b);
        }
    }

    @Override
    public PyObject visitListDisplay(Expr.ListDisplay e) {
        List<PyObject> items = evalAll(e.elements());
        ArrayList<PyObject> list = new ArrayList<>(items);
        PyList l = new PyList(list, items.size());
        // Three or more constants compile to LIST_EXTEND of a constant tuple: the list is sized like list_extend.
        if (items.size() > 2 && allConstant(e.elements())) l.allocated = (items.size() + 1) & ~1;
        return heap.alloc(l);
    }

    private static boolean allConstant(List<Expr> elements) {
        for (Expr x : elements) if (ConstantFolder.fold(x) == null) return false;
        return true;
    }

    private List<PyObject> evalAll(List<Expr> elements) {
        int base = stack.size();
        List<PyObject> items = new ArrayList<>();
        try {
            for (Expr x : elements) {
                PyObject v = eval(x);
                push(v);
                items.add(v);
            }
        } catch (RuntimeException ex) {
            while (stack.size() > base) heap.decref(pop());
            throw ex;
        }
        stack.subList(base, stack.size()).clear();
        return items;
    }

    @Override
    public PyObject visitTupleDisplay(Expr.TupleDisplay e) {
        if (e.elements().isEmpty()) return values.emptyTuple;
        Object c = ConstantFolder.fold(e);
        if (c != null) return constantTuple(e, c);
        List<PyObject> items = evalAll(e.elements());
        return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
    }

    private PyObject constantTuple(Expr.TupleDisplay e, Object key) {
        PyObject t = constants.get(key);
        if (t == null) {
            List<PyObject> items = new ArrayList<>();
            for (Expr x : e.elements()) items.add(eval(x));
            t = heap.alloc(new PyTuple(items.toArray(new PyObject[0])), false);
            t.refcnt = 2;
            constants.put(key, t);
        }
        heap.incref(t);
        return t;
    }

    @Override
    public PyObject visitDictDisplay(Expr.DictDisplay e) {
        int base = stack.size();
        List<PyObject> kv = new ArrayList<>();
        try {
            for (int i = 0; i < e.keys().size(); i++) {
                PyObject k = eval(e.keys().get(i));
                push(k);
                kv.add(k);
                PyObject v = eval(e.values().get(i));
                push(v);
                kv.add(v);
            }
        } catch (RuntimeException ex) {
            while (stack.size() > base) heap.decref(pop());
            throw ex;
        }
        stack.subList(base, stack.size()).clear();
        PyDict d = heap.alloc(new PyDict());
        d.presize(e.keys().size(), !kv.isEmpty() && kv.get(0) instanceof PyStr);
        for (int i = 0; i < kv.size(); i += 2) {
            PyObject old = d.put(kv.get(i), kv.get(i + 1), heap);
            maintainTracking(d, kv.get(i + 1));
            maintainTracking(d, kv.get(i));
            if (old != null) heap.decref(old);
        }
        return d;
    }

    @Override
    public PyObject visitSetDisplay(Expr.SetDisplay e) {
        List<PyObject> items = evalAll(e.elements());
        PySet s = heap.alloc(new PySet());
        if (items.size() > 2 && allConstant(e.elements())) {
            // Three or more constants compile to a frozenset constant merged into an empty set:
            // members arrive in the frozenset's table order, into a table sized by set_merge.
            // The optimizer's frozenset is rebuilt once more from its own iteration order when
            // the compiler merges constants (merge_consts_recursive).
            PySet first = new PySet();
            for (PyObject item : items) first.add(heap.newRef(item), heap);
            PySet frozen = new PySet();
            for (PyObject item : first.members()) frozen.add(heap.newRef(item), heap);
            first.releaseContents(heap);
            List<PyObject> order = frozen.members();
            s.copyTableIfSameSize(frozen, order.size());
            java.util.IdentityHashMap<PyObject, Integer> owned = new java.util.IdentityHashMap<>();
            for (PyObject item : items) owned.merge(item, 1, Integer::sum);
            for (PyObject o : order) {
                owned.merge(o, -1, Integer::sum);
                s.add(o, heap);
            }
            frozen.releaseContents(heap);
            owned.forEach((o, n) -> {
                for (int i = 0; i < n; i++) heap.decref(o);
            });
            return s;
        }
        for (PyObject item : items) s.add(item, heap);
        return s;
    }

    /**
     * A list comprehension is its own function in 3.11: the outermost iterable's iterator is passed
     * in as the argument '.0', and the list being built sits on that frame's stack.
     */
    @Override
    public PyObject visitListComp(Expr.ListComp e) {
        Expr.Comprehension first = e.generators().get(0);
        // LOAD_CLOSURE / BUILD_TUPLE: the cells of the enclosing scope this comprehension reads.
        java.util.TreeMap<String, PyCell> closureCells = new java.util.TreeMap<>();
        Frame outer = frame();
        for (String name : freeNames.freeOf(e)) {
            PyCell cell = cellOf(outer, name);
            if (cell != null) closureCells.put(name, cell);
        }
        PyTuple closure = null;
        if (!closureCells.isEmpty()) {
            PyObject[] cells = closureCells.values().toArray(new PyObject[0]);
            for (PyObject c : cells) heap.incref(c);
            closure = heap.alloc(new PyTuple(cells));
            push(closure);
        }
        PyFunction fn = comprehensionFunction(e);
        if (closure != null) {
            pop();
            fn.closure = closure;
        }
        push(fn);
        PyObject iterable = eval(first.iter());
        PyObject it = builtinImpl.getIter(iterable);
        heap.decref(iterable);
        pop();
        List<String> varnames = new ArrayList<>();
        varnames.add(".0");
        Set<String> seen = new HashSet<>();
        for (Expr.Comprehension c : e.generators()) collectTargets(c.target(), varnames, seen);
        Frame f = new Frame("<listcomp>", globals, varnames, Set.of(), fn);
        f.locals[0] = it;
        for (Map.Entry<String, PyCell> c : closureCells.entrySet()) f.freeCells.put(c.getKey(), (PyCell) heap.newRef(c.getValue()));
        for (String cellName : new java.util.TreeSet<>(freeNames.cellsOf(e))) {
            f.locals[f.slot(cellName)] = heap.alloc(new PyCell(null));
        }
        if (frames.size() >= recursionLimit) {
            clearFrame(f);
            throw new PyRaise("RecursionError", "maximum recursion depth exceeded");
        }
        frames.add(f);
        PyList result = heap.alloc(new PyList(new ArrayList<>(), 0));
        push(result);
        int base = stack.size();
        try {
            comprehension(e, 0, result, it);
        } catch (RuntimeException ex) {
            while (stack.size() > base) heap.decref(pop());
            pop();
            heap.decref(result);
            frames.remove(frames.size() - 1);
            if (ex instanceof PyRaise) tracebackFrames.add(f);
            else clearFrame(f);
            throw ex;
        }
        pop();
        frames.remove(frames.size() - 1);
        push(result);
        clearFrame(f);
        pop();
        return result;
    }

    private final FreeNames freeNames = new FreeNames();

    /** The cell holding a name in a frame: a cell variable's slot, or one of a comprehension's free cells. */
    private static PyCell cellOf(Frame f, String name) {
        if (f.isModule()) return null;
        int slot = f.slot(name);
        if (slot >= 0) return f.locals[slot] instanceof PyCell c ? c : null;
        return f.freeCells.get(name);
    }

    private PyFunction comprehensionFunction(Expr.ListComp e) {
        Stmt.FunctionDef def = new Stmt.FunctionDef(e.token(), "<listcomp>", List.of(), List.of());
        heap.incref(globals);
        return heap.alloc(new PyFunction(def, "<listcomp>", globals, null));
    }

    private void collectTargets(Expr t, List<String> out, Set<String> seen) {
        if (t instanceof Expr.Name n) {
            if (seen.add(n.name())) out.add(n.name());
        } else if (t instanceof Expr.TupleDisplay tu) {
            tu.elements().forEach(x -> collectTargets(x, out, seen));
        } else if (t instanceof Expr.ListDisplay l) {
            l.elements().forEach(x -> collectTargets(x, out, seen));
        }
    }

    private void comprehension(Expr.ListComp e, int level, PyList result, PyObject outerIter) {
        Expr.Comprehension gen = e.generators().get(level);
        PyObject it;
        if (level == 0) {
            it = outerIter;
        } else {
            PyObject iterable = eval(gen.iter());
            it = builtinImpl.getIter(iterable);
            heap.decref(iterable);
            push(it);
        }
        try {
            while (true) {
                tick();
                PyObject item = builtinImpl.next(it);
                if (item == null) break;
                assign(gen.target(), item);
                boolean ok = true;
                for (Expr cond : gen.conditions()) {
                    if (!condition(cond)) {
                        ok = false;
                        break;
                    }
                }
                if (!ok) continue;
                if (level + 1 < e.generators().size()) {
                    comprehension(e, level + 1, result, null);
                } else {
                    PyObject v = eval(e.element());
                    builtinImpl.append(result, v);
                }
            }
        } finally {
            if (level > 0) {
                stack.remove(stack.lastIndexOf(it));
                heap.decref(it);
            }
        }
    }

    @Override
    public PyObject visitIfExp(Expr.IfExp e) {
        return condition(e.condition()) ? eval(e.then()) : eval(e.otherwise());
    }

    @Override
    public PyObject visitUnsupported(Expr.Unsupported e) {
        throw new IllegalStateException("unreachable: the checker refuses " + e.what());
    }
}
