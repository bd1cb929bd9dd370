package com.studyhall.simulation.runtime;

import com.studyhall.simulation.Limits;
import com.studyhall.simulation.gc.Collector;
import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.resolve.Resolver;
import com.studyhall.simulation.resolve.Scope;
import com.studyhall.simulation.resolve.Scopes;
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
    /** What CPython makes and frees around a class statement that the engine keeps no object for. */
    final ClassCounts classCounts = new ClassCounts(heap);
    /** set's tp_subclasses dict (set has no subclass at start-up; object, list and dict have). */
    final Subclasses setSubclasses = new Subclasses(false);
    final Values values = new Values(heap);
    final Ops ops = new Ops();
    final Collector collector = new Collector(heap, this);
    /** The library modules loaded so far, and what loading one does to the collector. */
    private final FirstImports firstImports = new FirstImports(heap, collector, this);
    final StringBuilder out = new StringBuilder();
    /** What the program wrote to sys.stderr (the uncaught error's report is not in it: see PythonError.traceback). */
    private final StringBuilder err = new StringBuilder();
    final FrameStack frames = new FrameStack();
    /** The value stack: operands evaluated but not yet consumed (each holds one reference). */
    ValueStack stack = new ValueStack();
    /** Code constants (co_consts): each holds references CPython keeps for the whole run. */
    final Map<Object, PyObject> constants = new HashMap<>();
    /**
     * Constants made so far only as items of a constant tuple: co_consts holds the tuple, not them, so
     * they have the parser arena's reference alone (the AST lives while the program runs: pyrun_file
     * frees it after run_mod) until a code object uses one on its own.
     */
    private final java.util.Set<Object> tupleItemConstants = new java.util.HashSet<>();
    /** Whether a constant tuple's items are being made (constant() then gives them no co_consts reference). */
    private boolean makingConstantTuple;
    private final FrozensetConstants frozensetConstants = new FrozensetConstants(heap);
    final Map<String, PyObject> builtins = new HashMap<>();
    final Map<String, PyModule> modules = new HashMap<>();
    /** The namespace of each class body being run, by the frame it runs in (LOAD_NAME looks there first). */
    private final Map<Frame, PyDict> classNamespaces = new java.util.IdentityHashMap<>();
    /** try/except/finally, raise, assert, with; exc_info and the uncaught exception. */
    final ExceptionHandling exceptions = new ExceptionHandling(this);
    final Warnings warnings = new Warnings(this);
    /** Displays with `*` and `**` items. */
    private final StarredDisplays starred = new StarredDisplays(this);
    /** The match statement. */
    private final PatternMatcher patterns = new PatternMatcher(this);
    final PyDict globals;
    final Builtins builtinImpl;
    final Attributes attributes = new Attributes(this);
    final Descriptors descriptors = new Descriptors(this);
    final TypeCall typeCall = new TypeCall(this);
    final MetaclassConstruction metaclassConstruction = new MetaclassConstruction(this);
    /**
     * Namespaces of class statements whose metaclass is being called, with how many of the body's
     * methods use super() (what the namespace's __classcell__ tells type_new).
     */
    final Map<PyDict, Integer> classCells = new java.util.IdentityHashMap<>();
    final InstanceDicts instanceDicts = new InstanceDicts(this);
    final EnumClasses enums = new EnumClasses(this);
    final ValueInstances valueInstances = new ValueInstances(this);
    final NamedTupleSubclasses namedSubclasses = new NamedTupleSubclasses(this);
    final NamedTupleClasses namedTupleClasses = new NamedTupleClasses(this);
    final GenericClasses genericClasses = new GenericClasses(this);
    final ProtocolClasses protocolClasses = new ProtocolClasses(this);
    final TypedDicts typedDicts = new TypedDicts(this);
    final ClassAttributes classAttributes = new ClassAttributes(this);
    /** ABCMeta's isinstance, issubclass and register. */
    final AbcChecks abcChecks = new AbcChecks(this);
    private final UserHashes userHashes = new UserHashes(this);
    private final Limits limits;
    private final long deadline;
    long steps;
    int line;

    /** CPython's one recursion counter: the frames and the C functions that guard themselves. */
    final RecursionCounter recursion = new RecursionCounter(this);

    int depth() {
        return recursion.depth();
    }
    Tracer tracer;
    private boolean finalizing;
    /**
     * While the module runs, CPython's globals dict has two holders more than the __main__ module:
     * the function PyEval_EvalCode runs the module's code as and the module frame's f_locals (the
     * same dict). A running class body's function holds it too (classBody).
     */
    private int runHoldsOnGlobals;
    /** The resolver's scopes for the program being run. */
    Scopes scopes;
    final Generators generators = new Generators(this);
    /** Set once the run is over: suspended generator bodies unwinding then change nothing visible. */
    private volatile boolean discarded;

    public Interpreter(Limits limits) {
        this.limits = limits;
        this.recursionLimit = limits.maxRecursionDepth();
        this.deadline = System.nanoTime() + limits.timeout().toNanos();
        heap.listener = this;
        globals = heap.alloc(new PyDict());
        heap.untrack(globals);
        heap.append(globals, 2); // the module's dict is old: it was made at startup
        globals.holdsHiddenContainers = true;
        globals.refcnt = 1; // held by the __main__ module object
        builtinImpl = new Builtins(this);
        ops.types = builtinImpl.types;
        ops.heap = heap;
        ops.recursion = recursion;
        // What CPython 3.11's startup leaves behind (seen with `import gc; print(gc.get_count())`):
        // the first automatic collection comes after about 450 allocations, not 700.
        heap.stockFreeLists();
        heap.counts[0] = 249;
        heap.counts[1] = 0;
        heap.counts[2] = 2;
        heap.setMaxLive(limits.maxLiveObjects() + heap.liveCount());
    }

    final Stdin stdin = new Stdin(heap);
    /** sys.stdout's text wrapper: what print and input write goes through it (its pending chunks are counted). */
    final StandardOutput stdoutFile = new StandardOutput(heap, this::write);
    /** sys.stderr's text wrapper, written through as stdout's (PYTHONUNBUFFERED=1): print(file=sys.stderr) and its write. */
    final StandardOutput stderrFile = new StandardOutput(heap, this::writeError);

    /** The wrapper a sys stream object writes through. */
    StandardOutput stream(PyObject stream) {
        return ((PyStdout) stream).error ? stderrFile : stdoutFile;
    }
    /** sys.getrecursionlimit(): the depth a call may not reach (starts at the run's limit, 1000 as CPython). */
    int recursionLimit;

    /** The program's text, for the source lines of a traceback report. */
    String source;

    /** What CPython's compiler warns about before the program runs (is with a literal, assert of a tuple, a missed comma), on stderr. */
    public void compilerWarnings(List<com.studyhall.simulation.syntax.CompilerWarningSites.Site> sites) {
        warnings.compilerWarnings(sites);
    }

    public void setSource(String source) {
        this.source = source;
    }

    /** CPython's traceback report of the exception that ended the run, or null. */
    public String tracebackReport() {
        return exceptions.report;
    }

    /** The file name the program runs as (sys.argv[0]). */
    public String scriptName = com.studyhall.simulation.SimulationRequest.DEFAULT_SCRIPT;

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

    public String stderr() {
        return err.toString();
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
        if (!finalizing) add.accept(globals, 1L + runHoldsOnGlobals + classNamespaces.size());
        // co_consts and the parser's arena; a constant tuple's item has the arena's alone (tupleItemConstants).
        constants.forEach((key, c) -> add.accept(c, tupleItemConstants.contains(key) ? 1L : 2L));
        frozensetConstants.externalReferences(add);
        for (PyObject o : stack) {
            add.accept(o, 1L);
        }
        generators.forEachPausedOperand(o -> add.accept(o, 1L));
        for (PyDict d : classNamespaces.values()) add.accept(d, 1L); // a class body's namespace, until the class takes it
        for (Frame f : frames) {
            add.accept(f.frameObject, 1L);
            if (f.ownedByGenerator) continue; // the generator object holds that frame's references
            if (f.locals != null) for (PyObject o : f.locals) add.accept(o, 1L);
            add.accept(f.function, 1L);
            add.accept(f.fLocals, 1L);
        }
        for (PyObject o : heap.liveObjects()) {
            if (o instanceof PyClass c && !c.hiddenReleased()) add.accept(c, (long) c.hiddenRefs);
            if (o instanceof PyClass c && c.subclassRef != null) add.accept(c.subclassRef, (long) c.subclassEntries());
        }
        add.accept(builtinImpl.garbageList(), 1L);
        for (PyObject o : exceptions.handling) add.accept(o, 1L);
        for (PyObject o : exceptions.pending) add.accept(o, 1L);
        add.accept(exceptions.uncaught, 1L);
        for (PyObject o : builtinImpl.scratch) add.accept(o, 1L);
        generators.forEachSavedTemporary(o -> add.accept(o, 1L));
        for (PyObject o : builtinImpl.held) add.accept(o, 1L);
        for (PyObject o : builtinImpl.kept()) add.accept(o, 1L);
        return ext;
    }

    public int line() {
        return line;
    }

    /** The subscript or call being performed, for the line a warning names (see operationLine()). */
    private int operationLine;
    private Frame operationFrame;

    public long steps() {
        return steps;
    }

    /** Frames for the trace: each name bound to its object's id (a frame's view is reused while it is unchanged). */
    public List<com.studyhall.simulation.TraceStep.Frame> frameViews() {
        List<com.studyhall.simulation.TraceStep.Frame> last = lastFrameViews;
        boolean same = last.size() == frames.size();
        List<com.studyhall.simulation.TraceStep.Frame> out = null;
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            if (f.traceView == null) f.traceView = new FrameView();
            com.studyhall.simulation.TraceStep.Frame view = f.traceView.of(f, globals);
            if (same && last.get(i) == view) continue;
            if (out == null) {
                out = new ArrayList<>(frames.size());
                for (int j = 0; j < i; j++) out.add(last.get(j));
                same = false;
            }
            out.add(view);
        }
        if (out == null) return last;
        lastFrameViews = out;
        return out;
    }

    /**
     * The list frameViews gave last: most steps change no frame, and handing the same list back
     * lets the tracer see that by identity. A list once handed out is never changed (a trace step keeps it).
     */
    private List<com.studyhall.simulation.TraceStep.Frame> lastFrameViews = List.of();

    // ---- running ----

    /** Runs the module, then CPython's interpreter finalization of __main__. */
    public void run(List<Stmt> program) {
        run(program, new Resolver(new ArrayList<>()).resolve(program));
    }

    /** Runs a program with the scopes the resolver found for it. */
    public void run(List<Stmt> program, Scopes scopes) {
        this.scopes = scopes;
        NumberIndex.enter(builtinImpl.types.instances());
        // CPython's startup and the compiler leave tracked allocations behind: about 246, plus about
        // 12 per code object (function, class body, comprehension), measured over the corpus.
        heap.counts[0] = 246 + 12 * CodeObjects.count(program) + warnings.compileAllocations();
        Frame module = new Frame("<module>", globals, null, Set.of(), null);
        module.code = scopes.module();
        module.code.warmUp(); // the module's RESUME
        frames.add(module);
        runHoldsOnGlobals = 2;
        globals.refcnt += runHoldsOnGlobals;
        try {
            block(program);
        } catch (PyRaise e) {
            PyRaise reported = exceptions.uncaught(e, module);
            if (reported != null) throw reported;
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
        NumberIndex.enter(builtinImpl.types.instances());
        try {
            finishMain();
        } finally {
            NumberIndex.leave();
        }
    }

    private void finishMain() {
        finalizing = true;
        if (tracer != null) tracer.programEnds(line);
        // Whatever a failed statement left on the value stack was released while unwinding.
        while (!stack.isEmpty()) heap.decref(pop());
        // handle_system_exit clears a SystemExit before Py_FinalizeEx runs the atexit callbacks.
        if (exceptions.exitedBySystemExit) exceptions.releaseUncaught();
        builtinImpl.atExit();
        // finalize_modules_delete_special: sys.last_traceback goes first, releasing the frames it held.
        exceptions.releaseUncaught();
        globals.refcnt -= runHoldsOnGlobals;
        runHoldsOnGlobals = 0;
        collector.collect(2);
        heap.decref(globals);
        if (!globals.freed) collector.collect(2, false);
        if (tracer != null) tracer.flush(line);
    }

    /**
     * Ends the generator bodies still suspended when the run is over. Call after the result is
     * built: their unwinding then touches nothing a caller reads.
     */
    public void discard() {
        NumberIndex.leave(); // a pooled thread keeps no reference to this run
        discarded = true;
        tracer = null;
        generators.abandonAll();
    }

    int recursionLimit() {
        return recursionLimit;
    }

    void block(List<Stmt> body) {
        for (int i = 0; i < body.size(); i++) execute(body.get(i));
    }

    void execute(Stmt s) {
        int scratchMark = beginStatement(s);
        // The commonest statements directly, as eval does for expressions.
        if (s instanceof Stmt.Expression x) visitExpression(x);
        else if (s instanceof Stmt.Assign a) visitAssign(a);
        else if (s instanceof Stmt.If i) visitIf(i);
        else if (s instanceof Stmt.AugAssign a) visitAugAssign(a);
        else s.accept(this);
        endStatement(scratchMark);
    }

    /** What runs before every statement; returns the scratch mark {@link #endStatement} releases to. */
    private int beginStatement(Stmt s) {
        // A library function's statements (line 0) are no line of the program: the caller's stays.
        if (s.token().line() > 0) line = s.token().line();
        frames.top().line = line;
        tick();
        // A generator body may run inside a builtin (list(gen)) whose temporaries sit in scratch:
        // a statement releases only what it added itself, counted from its body's own base.
        return builtinImpl.scratch.size() - generators.scratchBase();
    }

    /** What runs after a statement that completed (one left by return, break or an exception skips it). */
    private void endStatement(int scratchMark) {
        int mark = generators.scratchBase() + scratchMark;
        if (builtinImpl.scratch.size() > mark) builtinImpl.releaseScratch(mark);
        if (tracer != null) tracer.step(line);
        if (stepHook != null && nested == 0 && generators.current() == null) stepHook.run();
    }

    /**
     * A function's statements, where a return at the body's level or inside its ifs ends the call
     * without throwing ControlFlow.Return: unwinding an exception through the visitor's frames cost
     * more than the rest of a small recursive call. The hooks run exactly as when the exception
     * unwinds (before each statement; after it only if it completed). Returns the returned value
     * (a new reference), or null when the statements complete; a return anywhere else still throws.
     */
    private PyObject runBody(List<Stmt> body) {
        for (int n = 0; n < body.size(); n++) {
            Stmt s = body.get(n);
            if (s instanceof Stmt.Return r) {
                beginStatement(r);
                return r.value() == null ? values.none : eval(r.value());
            }
            if (s instanceof Stmt.If i) {
                int scratchMark = beginStatement(i);
                PyObject returned = runBody(condition(i.condition()) ? i.body() : i.orElse());
                if (returned != null) return returned;
                endStatement(scratchMark);
                continue;
            }
            execute(s);
        }
        return null;
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
        append(out, s);
        if (tracer != null) tracer.stdout(s);
    }

    /** How much the program's stderr holds so far. */
    int errorLength() {
        return err.length();
    }

    void writeError(String s) {
        append(err, s);
        if (tracer != null) tracer.stderr(s);
    }

    /** The output limit counts both streams together: it bounds what a run sends back. */
    private void append(StringBuilder stream, String s) {
        stream.append(s);
        int over = out.length() + err.length() - limits.maxOutputBytes();
        if (over > 0) {
            stream.setLength(stream.length() - over);
            throw new StopRun("OutputLimitExceeded", "the program printed more than " + limits.maxOutputBytes() + " bytes");
        }
    }

    Frame frame() {
        return frames.top();
    }

    void push(PyObject o) {
        stack.push(o);
    }

    PyObject pop() {
        return stack.pop();
    }

    PyObject eval(Expr e) {
        // Names and constants are most of what runs: called directly, not through accept's interface dispatch.
        if (e instanceof Expr.Name n) return visitName(n);
        if (e instanceof Expr.Constant c) return visitConstant(c);
        // So are calls, operators, comparisons and attributes: a class test each is cheaper than
        // the interface call's itable search over some twenty node classes.
        if (e instanceof Expr.Call c) return visitCall(c);
        if (e instanceof Expr.Binary b) return visitBinary(b);
        if (e instanceof Expr.Compare c) return visitCompare(c);
        if (e instanceof Expr.Attribute a) return visitAttribute(a);
        if (e instanceof Expr.Subscript s) return visitSubscript(s);
        return e.accept(this);
    }

    // ---- HeapListener ----

    @Override
    public boolean hasFinalizer(PyObject o) {
        if (discarded) return false;
        if (o instanceof PyGenerator g) return g.state == PyGenerator.State.SUSPENDED;
        return o instanceof PyInstance i && i.cls != null && i.cls.lookup("__del__") instanceof PyFunction;
    }

    @Override
    public void finalize(PyObject o) {
        if (o instanceof PyGenerator g) {
            // _PyGen_Finalize: close() throws GeneratorExit into the suspended body.
            int depth = stack.size();
            nested++;
            try {
                generators.close(g);
            } catch (PyRaise e) {
                // CPython reports it as "Exception ignored" and carries on.
                exceptions.discard(e);
            } finally {
                nested--;
                while (stack.size() > depth) heap.decref(pop());
            }
            return;
        }
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
            exceptions.discard(e);
        } finally {
            nested--;
            while (stack.size() > depth) pop();
        }
        assert saved.size() == stack.size();
    }

    @Override
    public void weakrefCallback(PyWeakref part, PyObject callback) {
        PyObject ref = part.visible();
        if (tracer != null) tracer.event("weakref-callback", ref, "the callback of weak reference #" + ref.id + " runs");
        int depth = stack.size();
        nested++;
        try {
            push(heap.newRef(callback));
            push(heap.newRef(ref));
            PyObject r = finishCall(depth, callback, new ArrayList<>(List.of(ref)), Map.of(), null);
            heap.decref(r);
        } catch (PyRaise e) {
            // ignored, as CPython does for callback errors
            exceptions.discard(e);
        } finally {
            nested--;
            while (stack.size() > depth) heap.decref(pop());
        }
    }

    @Override
    public void collectionDue() {
        if (discarded) return;
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
        if (s.targets().size() == 1 && swapsWithoutATuple(s.targets().get(0), s.value())) {
            assignEach(targetElements(s.targets().get(0)), ((Expr.TupleDisplay) s.value()).elements());
            return null;
        }
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

    /**
     * {@code a, b = x, y} (and three names, or one): 3.11's compiler turns BUILD_TUPLE n followed by
     * UNPACK_SEQUENCE n into SWAP n for n up to 3, so no tuple is made (after gc.collect() emptied the
     * free lists, a made one would count in gc's generation 0); four or more, or a starred item, build it.
     */
    private static boolean swapsWithoutATuple(Expr target, Expr value) {
        if (!(target instanceof Expr.TupleDisplay || target instanceof Expr.ListDisplay)) return false;
        if (!(value instanceof Expr.TupleDisplay t)) return false;
        List<Expr> names = targetElements(target);
        return names.size() == t.elements().size() && names.size() <= 3
                && names.stream().noneMatch(e -> e instanceof Expr.Starred)
                && t.elements().stream().noneMatch(e -> e instanceof Expr.Starred);
    }

    private static List<Expr> targetElements(Expr target) {
        return target instanceof Expr.TupleDisplay t ? t.elements() : ((Expr.ListDisplay) target).elements();
    }

    /** The values left on the stack in order, then stored into the targets from the first on. */
    private void assignEach(List<Expr> targets, List<Expr> values) {
        PyObject[] evaluated = new PyObject[values.size()];
        int pushed = 0;
        try {
            for (Expr v : values) {
                PyObject o = eval(v);
                push(o);
                evaluated[pushed++] = o;
            }
        } catch (RuntimeException | Error e) {
            for (int i = 0; i < pushed; i++) heap.decref(pop());
            throw e;
        }
        // SWAP n puts the first value on top: the first target gets it first.
        for (int i = 0; i < pushed; i++) pop();
        for (int i = pushed - 1; i >= 0; i--) push(evaluated[i]);
        for (Expr t : targets) assign(t, pop());
    }

    /** Stores an owned reference into a target. */
    void assign(Expr target, PyObject value) {
        if (target instanceof Expr.Name n) {
            storeName(n.name(), value);
        } else if (target instanceof Expr.Attribute a) {
            int base = stack.size();
            push(value);
            PyObject obj = evalAfterPushed(a.object(), base, value);
            pop();
            try {
                setAttr(obj, a.name(), value);
            } finally {
                heap.decref(obj);
            }
        } else if (target instanceof Expr.Subscript sub) {
            int base = stack.size();
            push(value);
            PyObject obj = evalAfterPushed(sub.object(), base, value);
            push(obj);
            PyObject key;
            try {
                key = eval(sub.index());
            } catch (RuntimeException | Error ex) {
                stack.truncate(base);
                heap.decref(obj);
                heap.decref(value);
                throw ex;
            }
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
        int star = -1;
        for (int i = 0; i < targets.size(); i++) if (targets.get(i) instanceof Expr.Starred) star = i;
        if (star >= 0) {
            unpackStarred(targets, star, value);
            return;
        }
        // unpack_iterable: anything but a tuple or list is read through its iterator (a proxy through its referent's).
        if (value instanceof PyInstance || value instanceof PyGenerator || value instanceof PyProxy) {
            unpackIterator(targets, value);
            return;
        }
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

    /**
     * UNPACK_EX (a, *rest, z = ...): the items before the star are pulled one by one, the rest go
     * into a new list (list(iterator), sized by the iterator's length hint), from whose end the
     * items after the star are taken.
     */
    private void unpackStarred(List<Expr> targets, int star, PyObject value) {
        PyObject[] all = unpackEx(value, star, targets.size() - star - 1);
        int base = stack.size();
        for (int i = all.length - 1; i >= 0; i--) push(all[i]);
        for (Expr t : targets) assign(t instanceof Expr.Starred st ? st.value() : t, pop());
        assert stack.size() == base;
    }

    /** UNPACK_EX's values in target order, each a new reference: the items before the star, the new list, the items after. */
    PyObject[] unpackEx(PyObject value, int before, int after) {
        int base = stack.size();
        PyObject it = iterOfPopped(value);
        push(it);
        List<PyObject> got = new ArrayList<>();
        PyList rest;
        try {
            while (got.size() < before) {
                PyObject x = builtinImpl.next(it);
                if (x == null) {
                    throw new PyRaise("ValueError", "not enough values to unpack (expected at least "
                            + (before + after) + ", got " + got.size() + ")");
                }
                push(x);
                got.add(x);
            }
            rest = heap.alloc(new PyList(new ArrayList<>(), 0));
            push(rest);
            builtinImpl.extend(rest, it);
            if (rest.items.size() < after) {
                throw new PyRaise("ValueError", "not enough values to unpack (expected at least "
                        + (before + after) + ", got " + (before + rest.items.size()) + ")");
            }
        } catch (RuntimeException e) {
            while (stack.size() > base) heap.decref(pop());
            throw e;
        }
        stack.truncate(base);
        heap.decref(it);
        List<PyObject> tail = new ArrayList<>(rest.items.subList(rest.items.size() - after, rest.items.size()));
        rest.items.subList(rest.items.size() - after, rest.items.size()).clear();
        List<PyObject> all = new ArrayList<>(got);
        all.add(rest);
        all.addAll(tail);
        return all.toArray(new PyObject[0]);
    }

    /**
     * unpack_iterable: pulls exactly as many items as there are targets, then one more to check
     * that the iterator is exhausted (an endless iterator is not drained).
     */
    private void unpackIterator(List<Expr> targets, PyObject value) {
        PyObject[] got = unpackIterable(value, targets.size());
        int base = stack.size();
        // The items wait on the stack, the first target's on top.
        for (int i = got.length - 1; i >= 0; i--) push(got[i]);
        for (Expr t : targets) assign(t, pop());
        assert stack.size() == base;
    }

    /**
     * PyObject_GetIter of a sequence UNPACK_SEQUENCE or UNPACK_EX popped: the C code's own reference
     * holds it while a class's __iter__ runs (a root, as CPython's C stack is), released after.
     */
    private PyObject iterOfPopped(PyObject value) {
        builtinImpl.hold(value);
        try {
            return builtinImpl.getIter(value);
        } finally {
            builtinImpl.unhold(value);
            heap.decref(value);
        }
    }

    /** unpack_iterable's items, each a new reference, in order. */
    PyObject[] unpackIterable(PyObject value, int count) {
        int base = stack.size();
        PyObject it = iterOfPopped(value);
        push(it);
        List<PyObject> got = new ArrayList<>();
        try {
            while (got.size() < count) {
                PyObject x = builtinImpl.next(it);
                if (x == null) {
                    throw new PyRaise("ValueError", "not enough values to unpack (expected " + count + ", got " + got.size() + ")");
                }
                push(x);
                got.add(x);
            }
            PyObject extra = builtinImpl.next(it);
            if (extra != null) {
                heap.decref(extra);
                throw new PyRaise("ValueError", "too many values to unpack (expected " + count + ")");
            }
        } catch (RuntimeException e) {
            while (stack.size() > base) heap.decref(pop());
            throw e;
        }
        stack.truncate(base);
        heap.decref(it);
        return got.toArray(new PyObject[0]);
    }

    /** The namespaces of the enum class bodies running now, with their enum kind (EnumClasses.resolveBodyAutos). */
    private final Map<PyDict, String> enumBodies = new java.util.IdentityHashMap<>();

    /**
     * The namespace of the class body running in f, or null. Asked on every global name, so the
     * map is not asked while no class body runs: hashing a new frame's identity is not free.
     */
    private PyDict classNamespace(Frame f) {
        return classNamespaces.isEmpty() ? null : classNamespaces.get(f);
    }

    void storeName(String name, PyObject value) {
        Frame f = frame();
        PyDict classDict = classNamespace(f);
        if (classDict != null) {
            putClassAttribute(classDict, name, value);
            return;
        }
        int slot = f.isModule() ? -1 : f.slot(name);
        if (slot >= 0) {
            PyObject old;
            if (f.isCell(slot)) {
                PyCell cell = (PyCell) f.locals[slot];
                old = cell.contents;
                cell.contents = value;
            } else {
                old = f.locals[slot];
                f.locals[slot] = value;
            }
            if (old != null) heap.decref(old);
            return;
        }
        PyDict g = f.globals;
        // Rebinding a global (a module-level loop's variable): the entry's value is replaced in
        // place, which is all PyDict.put does for a key it has, without its key conversion.
        PyObject[] entry = g.map.get(name);
        PyObject old;
        if (entry != null) {
            // The name is interned as for any store (that may make its str), unless the entry's key
            // is that str already: then the intern table's lookup would only find it again.
            if (!(entry[0] instanceof PyStr k && k.interned)) values.intern(name);
            old = entry[1];
            entry[1] = value;
        } else {
            old = g.put(values.intern(name), value, heap);
        }
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
            storeName(n.name(), inplaceWith(loadName(n), s));
        } else if (t instanceof Expr.Attribute a) {
            PyObject obj = eval(a.object());
            PyObject result;
            push(obj);
            try {
                // COPY 1, then LOAD_ATTR on the copy: a getter running now sees both references.
                heap.incref(obj);
                PyObject current;
                try {
                    current = getAttrOf(obj, a.name());
                } finally {
                    heap.decref(obj);
                }
                result = inplaceWith(current, s);
            } catch (RuntimeException | Error e) {
                pop();
                heap.decref(obj);
                throw e;
            }
            pop();
            try {
                setAttr(obj, a.name(), result);
            } finally {
                heap.decref(obj);
            }
        } else if (t instanceof Expr.Subscript sub) {
            PyObject obj = eval(sub.object());
            PyObject key = null;
            PyObject result;
            push(obj);
            try {
                key = eval(sub.index());
                push(key);
                result = inplaceWith(getItem(obj, key), s);
            } catch (RuntimeException | Error e) {
                if (key != null) {
                    pop();
                    heap.decref(key);
                }
                pop();
                heap.decref(obj);
                throw e;
            }
            pop();
            pop();
            try {
                setItem(obj, key, result);
            } finally {
                heap.decref(obj);
                heap.decref(key);
            }
        }
        return null;
    }

    /**
     * The right side evaluated with the target's current value on the stack, then the in-place
     * operation; takes the reference to {@code cur}. Both operands are released after the operator,
     * the left first (BINARY_OP), also when it raises.
     */
    private PyObject inplaceWith(PyObject cur, Stmt.AugAssign s) {
        push(cur);
        PyObject rhs;
        try {
            rhs = eval(s.value());
        } catch (RuntimeException | Error e) {
            pop();
            heap.decref(cur);
            throw e;
        }
        pop();
        try {
            return inplace(s.op(), cur, rhs);
        } finally {
            heap.decref(cur);
            heap.decref(rhs);
        }
    }

    /** The operands stay on the value stack while the operator runs (a user __iadd__ may run code). */
    private PyObject inplace(TokenType op, PyObject cur, PyObject rhs) {
        push(cur);
        push(rhs);
        try {
            return ops.inplace(op, cur, rhs);
        } finally {
            pop();
            pop();
        }
    }

    @Override
    public Void visitDel(Stmt.Del s) {
        for (Expr t : s.targets()) delete(t);
        return null;
    }

    /** DELETE_NAME / DELETE_FAST of one name (the end of an except block's name binding). */
    void deleteName(String name) {
        delete(new Expr.Name(null, name));
    }

    private void delete(Expr t) {
        if (t instanceof Expr.Name n) {
            Frame f = frame();
            int slot = f.isModule() ? -1 : f.slot(n.name());
            if (slot >= 0) {
                PyObject old;
                if (f.isCell(slot)) {
                    PyCell cell = (PyCell) f.locals[slot];
                    old = cell.contents;
                    if (old == null) throw unbound(f, n.name());
                    cell.contents = null;
                } else {
                    old = f.locals[slot];
                    if (old == null) throw unbound(f, n.name());
                    f.locals[slot] = null;
                }
                heap.decref(old);
                return;
            }
            // DELETE_NAME in a class body removes the name from the class namespace.
            PyDict namespace = classNamespace(f);
            PyObject[] e = (namespace != null ? namespace : f.globals).remove(values.intern(n.name()));
            if (e == null) throw PyRaise.nameError("name '" + n.name() + "' is not defined", n.name());
            heap.decref(e[1]);
        } else if (t instanceof Expr.Attribute a) {
            PyObject obj = eval(a.object());
            try {
                attributes.delete(obj, a.name());
            } finally {
                heap.decref(obj);
            }
        } else if (t instanceof Expr.Subscript sub) {
            int base = stack.size();
            PyObject obj = eval(sub.object());
            push(obj);
            PyObject key = evalAfterPushed(sub.index(), base, obj);
            push(key);
            try {
                builtinImpl.delItem(obj, key);
            } finally {
                pop();
                pop();
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
        // A comparison's answer: a shared bool, whose truth needs no type and whose count never moves.
        if (c == values.trueObj) return true;
        if (c == values.falseObj) return false;
        push(c);
        try {
            return ops.truthy(c);
        } finally {
            pop();
            heap.decref(c);
        }
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        boolean endless = isTrueConstant(s.condition());
        while (true) {
            atLoopHead(s.token().line());
            tick();
            if (!condition(s.condition())) {
                block(s.orElse());
                return null;
            }
            try {
                block(s.body());
                // The test is repeated at the bottom (POP_JUMP_BACKWARD_IF_TRUE, no warm-up) unless it
                // is a constant: `while True:` ends its body with JUMP_BACKWARD.
                if (endless) jumpBackward();
            } catch (ControlFlow.Break b) {
                return null;
            } catch (ControlFlow.Continue c) {
                jumpBackward(); // continue is a JUMP_BACKWARD to the test
            }
        }
    }

    @Override
    public Void visitFor(Stmt.For s) {
        PyObject it = pushIterator(s.iterable());
        try {
            while (true) {
                atLoopHead(s.token().line());
                tick();
                PyObject item = builtinImpl.next(it);
                if (item == null) break;
                assign(s.target(), item);
                try {
                    block(s.body());
                } catch (ControlFlow.Break b) {
                    return null;
                } catch (ControlFlow.Continue c) {
                    // next item: continue is the same JUMP_BACKWARD
                }
                jumpBackward();
            }
        } finally {
            stack.remove(stack.lastIndexOf(it));
            heap.decref(it);
        }
        block(s.orElse());
        return null;
    }

    /**
     * A loop's test or FOR_ITER runs again on the loop's line: an error raised there (an iterator
     * or generator failing) has that line in its traceback and f_lineno, not the body's last line.
     */
    private void atLoopHead(int loopLine) {
        if (loopLine <= 0) return;
        line = loopLine;
        frames.top().line = loopLine;
    }

    /** The compiler's expr_constant: a literal test (while True, while 1) it drops from the loop. */
    private static boolean isTrueConstant(Expr e) {
        if (!(e instanceof Expr.Constant c)) return false;
        Object v = c.value();
        if (v instanceof Boolean b) return b;
        if (v instanceof java.math.BigInteger i) return i.signum() != 0;
        if (v instanceof Double d) return d != 0;
        if (v instanceof String str) return !str.isEmpty();
        return v == Expr.ELLIPSIS;
    }

    /** JUMP_BACKWARD: a loop goes round again, which warms the running code up (Scope.warmUp). */
    private void jumpBackward() {
        frame().code.warmUp();
    }

    /** Whether the last comparison chain a comprehension's test ran stopped before its last link. */
    private boolean chainFailedEarly;

    /** GET_ITER: the iterable's iterator replaces it on the stack. */
    private PyObject pushIterator(Expr iterable) {
        PyObject src = eval(iterable);
        PyObject it;
        // The iterable stays on the stack while tp_iter runs (a class's __iter__ is Python code).
        push(src);
        try {
            it = builtinImpl.getIter(src);
        } finally {
            heap.decref(pop());
        }
        push(it);
        return it;
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        storeName(s.binding(), makeFunction(s, s.name()));
        return null;
    }

    /**
     * MAKE_FUNCTION: the defaults tuple and the keyword-only defaults dict are evaluated once, here,
     * then the closure tuple holds the cells of the enclosing frame that the code reads.
     */
    PyFunction makeFunction(Stmt.FunctionDef s, String qualname) {
        return makeFunction(s, scopes.of(s), currentGlobals());
    }

    /** The globals of the running frame: the program's, or a library module's for its Python code (LibraryFunctions). */
    private PyDict currentGlobals() {
        return frames.size() == 0 || frame().globals == null ? globals : frame().globals;
    }

    /** A library module's function written in Python (LibraryFunctions): its own scopes and module globals. */
    PyFunction libraryFunction(Stmt.FunctionDef s, Scopes libraryScopes, PyDict moduleGlobals) {
        return makeFunction(s, libraryScopes.of(s), moduleGlobals);
    }

    private PyFunction makeFunction(Stmt.FunctionDef s, Scope scope, PyDict globals) {
        int base = stack.size();
        PyTuple defaults = null;
        PyDict kwdefaults = null;
        PyTuple annotations = null;
        PyTuple closure;
        try {
            List<Expr> defs = new ArrayList<>();
            for (Stmt.Param p : s.params()) if (p.defaultValue() != null) defs.add(p.defaultValue());
            if (!defs.isEmpty()) {
                defaults = (PyTuple) eval(new Expr.TupleDisplay(s.token(), defs));
                push(defaults);
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> kwdefs = new ArrayList<>();
            for (Stmt.Param p : s.kwonly()) {
                if (p.defaultValue() == null) continue;
                keys.add(new Expr.Constant(p.token(), p.name()));
                kwdefs.add(p.defaultValue());
            }
            if (!kwdefs.isEmpty()) {
                kwdefaults = (PyDict) eval(new Expr.DictDisplay(s.token(), keys, kwdefs));
                push(kwdefaults);
            }
            if (!s.annotations().isEmpty()) {
                // The annotations tuple (name, value, name, value...) the function keeps (func_annotations).
                List<Expr> pairs = new ArrayList<>();
                for (Stmt.Annotation a : s.annotations()) {
                    pairs.add(new Expr.Constant(s.token(), a.name()));
                    pairs.add(a.value());
                }
                annotations = (PyTuple) eval(new Expr.TupleDisplay(s.token(), pairs));
                push(annotations);
            }
            closure = closureFor(scope);
        } catch (RuntimeException e) {
            while (stack.size() > base) heap.decref(pop());
            throw e;
        }
        stack.truncate(base);
        heap.incref(globals);
        PyFunction fn = heap.alloc(new PyFunction(s, scope.qualname, globals, defaults));
        fn.kwdefaults = kwdefaults;
        fn.closure = closure;
        fn.annotations = annotations;
        fn.scope = scope;
        return fn;
    }

    /** LOAD_CLOSURE for each free variable of the code, then BUILD_TUPLE; null when it has none. */
    private PyTuple closureFor(Scope scope) {
        List<String> frees = scope.freeVariables();
        if (frees.isEmpty()) return null;
        Frame f = frame();
        PyObject[] cells = new PyObject[frees.size()];
        for (int i = 0; i < cells.length; i++) cells[i] = heap.newRef(f.locals[f.slot(frees.get(i))]);
        return heap.alloc(new PyTuple(cells));
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        storeName(s.binding(), makeClass(s));
        return null;
    }

    /**
     * The class statement up to its store: bases, body, the class object (a new reference).
     * builtin___build_class__'s own objects are counted as CPython makes and frees them
     * ({@link ClassCounts}): the body's function first, then the bases tuple, the keyword dict,
     * the namespace, type_call's arguments; the namespace becomes the class dict here, where
     * type_new copies it and __build_class__ frees it.
     */
    private PyObject makeClass(Stmt.ClassDef s) {
        int frees = scopes.of(s).freeVariables().size();
        int written = s.bases().size();
        int nkw = s.keywords().size();
        classCounts.bodyFunction(frees);
        boolean basesTupleMade = false;
        boolean namespaceMade = false;
        PyClass made = null;
        String[] builtinBase = new String[3]; // the builtin base (list, dict, set), a duplicate base's name, "type" for a metaclass
        int[] builtinAt = {-1}; // how many of the program's classes were written before the builtin base
        PyNamedTupleClass[] namedBase = new PyNamedTupleClass[1];
        boolean[] typedNamedTuple = new boolean[1];
        List<PyObject> writtenBases = new ArrayList<>(); // the bases as written, when an alias is among them
        List<PyClass> bases;
        try {
            bases = classBases(s, builtinBase, builtinAt, namedBase, typedNamedTuple, writtenBases);
        } catch (RuntimeException e) {
            classCounts.bodyFunctionFreed(frees);
            throw e;
        }
        bases.forEach(builtinImpl::hold); // the class statement's references to its bases are roots while the body runs
        if (namedBase[0] != null) builtinImpl.hold(namedBase[0]);
        String enumKind = EnumClasses.kindOf(bases);
        boolean counting = false;
        if (enumKind != null || typedNamedTuple[0]) {
            // EnumType's and NamedTupleMeta's Python code: the statement's count is measured as a whole.
            classCounts.bodyFunctionFreed(frees);
            counting = classCounts.suspend();
        }
        if (enumKind != null) {
            // EnumType.__prepare__ and _EnumDict run Python code before the body: a 1-tuple they
            // freed is on the free list when the body makes a property (measured).
            heap.stockFreeList(Heap.FreeList.TUPLE, 1);
        }
        Map<String, PyObject> keywords = new java.util.LinkedHashMap<>();
        PyClass metaclass = null;
        try {
            classKeywords(s, keywords);
            // __build_class__ pops metaclass= from its keyword dict (which it made all the same).
            boolean keywordDict = nkw > 0;
            PyObject metaKeyword = keywords.get("metaclass");
            if (metaKeyword != null) nkw--;
            metaclass = Metaclasses.of(metaKeyword, bases);
            if (MetaclassConstruction.constructs(metaclass)) {
                // Its own __new__/__init__ see the bases tuple and the namespace: real objects (counted as made).
                return metaclassConstruction.classStatement(s, metaclass, bases, keywords, keywordDict,
                        ns -> classBody(s, bases, ns).superMethods());
            }
            if (enumKind != null) enums.checkBases(s.name(), bases);
            classCounts.beforeNamespace(written, nkw, keywordDict);
            basesTupleMade = true;
            PyDict namespace = heap.alloc(new PyDict());
            namespaceMade = true;
            classCounts.afterNamespace(nkw);
            ClassBody body;
            if (enumKind != null) enumBodies.put(namespace, enumKind);
            try {
                body = classBody(s, bases, namespace);
            } catch (RuntimeException e) {
                namespaceMade = false; // the body's namespace went with its error
                throw e;
            } finally {
                enumBodies.remove(namespace);
            }
            if (!writtenBases.isEmpty()) {
                writtenBases.forEach(builtinImpl::unhold);
                putClassAttribute(body.dict, "__orig_bases__", heap.alloc(new PyTuple(writtenBases.toArray(new PyObject[0]))));
                writtenBases.clear();
            }
            String layout;
            classCounts.typeCall(nkw, true);
            long mark = heap.counts[0];
            PyNamedTupleClass record = null;
            try {
                if (typedNamedTuple[0]) {
                    // NamedTupleMeta.__new__: the fields and their defaults leave the namespace for the record.
                    record = namedTupleClasses.record(s.name(), body.dict);
                }
                // type_new's best_base, after the body ran: list and dict (or BaseException) cannot share one object.
                layout = BuiltinBases.inherited(builtinBase[0], bases);
                try {
                    BuiltinBases.checkSlots(layout, body.slots, bases);
                } catch (PyRaise rejected) {
                    classCounts.slotsRejected(body.dict.getStr("__slots__"), body.slots.size());
                    throw rejected;
                }
                if (builtinBase[1] != null) {
                    classCounts.duplicateBase();
                    throw new PyRaise("TypeError", "duplicate base class " + builtinBase[1]);
                }
                List<PyClass> blocked = new ArrayList<>();
                List<PyClass> ancestors = PyClass.linearize(bases, blocked);
                if (ancestors == null) {
                    classCounts.mroFailed();
                    throw mroConflict(blocked);
                }
                String doc = ClassSupport.docstring(s.body());
                if (record != null && doc == null) doc = NamedTupleClasses.generatedDoc(record);
                made = newClass(new ClassParts(s.name(), scopes.of(s).qualname, body.dict, bases, ancestors,
                        record != null ? List.of() : body.slots, body.superMethods, builtinBase[0] != null && (namedBase[0] == null || record != null),
                        layout, doc, written, true, metaclass, builtinBase[2] != null, record != null ? record : namedBase[0]));
                if (made.builtinBaseDirect && builtinAt[0] >= 0 && builtinAt[0] < bases.size()) made.builtinBaseAt = builtinAt[0];
            } catch (PyRaise conflict) {
                classCounts.typeCallDone(nkw, true);
                heap.decref(body.dict);
                namespaceMade = false;
                throw conflict;
            } finally {
                if (record != null) heap.decref(record); // the class holds it now, or it goes with the failed statement
            }
            try {
                if (enumKind != null) populateEnum(made, enumKind);
                if (record != null) {
                    // The namedtuple class type() made had only namedtuple's names to set; the body's are copied on by setattr.
                    namedTupleClasses.countStatement(mark, record, made);
                    return made;
                }
                Map<String, PyObject> subclassKeywords = new java.util.LinkedHashMap<>(keywords);
                subclassKeywords.remove("metaclass");
                List<PyClass> typedBases = typedDicts.finish(s);
                if (typedBases != null) subclassKeywords.remove("total"); // _TypedDictMeta.__new__'s own keyword
                setNamesThenInitSubclass(made, subclassKeywords);
                if (typedBases != null) typedDicts.classMade(made, typedBases, keywords.get("total"));
                if (genericClasses.derives(made)) genericClasses.initSubclass(made);
                if (protocolClasses.derives(made)) protocolClasses.initSubclass(made);
            } finally {
                classCounts.typeCallDone(nkw, true);
            }
            return made;
        } finally {
            dropWrittenBases(writtenBases); // a statement that failed before its namespace took them
            boolean keywordDict = !s.keywords().isEmpty();
            if (namespaceMade) classCounts.namespaceFreed(keywordDict);
            else if (basesTupleMade && keywordDict) classCounts.free(Heap.FreeList.DICT, 0);
            // The bases tuple becomes the class's __bases__; without a class it goes.
            if (basesTupleMade && made == null && written > 0) classCounts.free(Heap.FreeList.TUPLE, written);
            classCounts.bodyFunctionFreed(frees);
            if (enumKind != null || typedNamedTuple[0]) classCounts.resume(counting);
            for (PyObject v : keywords.values()) {
                for (int i = 0; i < 2; i++) {
                    builtinImpl.unhold(v);
                    heap.decref(v);
                }
            }
            for (PyClass b : bases) {
                builtinImpl.unhold(b);
                heap.decref(b);
            }
            if (namedBase[0] != null) {
                builtinImpl.unhold(namedBase[0]);
                heap.decref(namedBase[0]);
            }
        }
    }

    private void dropWrittenBases(List<PyObject> written) {
        for (PyObject b : written) {
            builtinImpl.unhold(b);
            heap.decref(b);
        }
        written.clear();
    }

    /** EnumType.__new__'s members, made while type_new's own reference holds the class; on failure the class is dropped. */
    private void populateEnum(PyClass cls, String enumKind) {
        cls.enumKind = enumKind;
        builtinImpl.hold(cls);
        try {
            enums.populate(cls);
        } catch (RuntimeException e) {
            builtinImpl.unhold(cls);
            heap.decref(cls);
            throw e;
        }
        builtinImpl.unhold(cls);
    }

    static PyRaise mroConflict(List<PyClass> blocked) {
        List<String> names = new ArrayList<>();
        for (PyClass b : blocked) names.add(b.name);
        return new PyRaise("TypeError", "Cannot create a consistent method resolution\norder (MRO) for bases "
                + String.join(", ", names));
    }

    /** What type_new makes a class from: the class statement's or type(name, bases, dict)'s parts. */
    record ClassParts(String name, String qualname, PyDict dict, List<PyClass> bases, List<PyClass> ancestors,
            List<String> slots, int superMethods, boolean builtinBaseDirect, String layout, String doc,
            int basesWritten, boolean statement, PyClass metaclass, boolean typeBase, PyNamedTupleClass namedBase) { }

    /** How many methods of the class statement whose namespace this is use super() (0 for another dict). */
    int classCellMethods(PyDict ns) {
        Integer n = classCells.get(ns);
        return n == null ? 0 : n;
    }

    /** type_new after the namespace is ready: the class object over the dict (which it takes), a new reference. */
    PyClass newClass(ClassParts c) {
        abcChecks.mixinsFor(c.ancestors());
        // type_new_get_bases: no bases is (object,), a new tuple; then PyDict_Copy of a class statement's
        // namespace (type(name, bases, dict)'s copy is made by the caller) and the __slots__ tuples.
        if (c.basesWritten() == 0) classCounts.alloc(Heap.FreeList.TUPLE, 1);
        if (c.statement()) classCounts.alloc(Heap.FreeList.DICT, 0);
        int slotsTuple = c.slots() == null ? 0 : classCounts.slots(c.dict().getStr("__slots__"), c.slots().size(),
                (int) c.slots().stream().filter(n -> !n.equals("__weakref__")).count());
        PyClass cls = heap.alloc(new PyClass(c.name(), c.dict(), c.bases(), c.ancestors(), c.slots(), c.superMethods()));
        cls.qualname = c.qualname();
        cls.builtinBaseDirect = c.builtinBaseDirect();
        if (c.typeBase()) cls.inheritTypeLayout();
        if (c.metaclass() != null) {
            // PyType_GenericAlloc: an instance of a heap type holds its type.
            heap.incref(c.metaclass());
            cls.metaclass = c.metaclass();
        }
        if (c.bases().stream().anyMatch(b -> b.abcMeta)) {
            // ABCMeta.__new__: the class records its abstract methods and holds two more objects
            // (the __abstractmethods__ frozenset and the _abc_impl data) that die with it.
            cls.abcMeta = true;
            cls.abstractMethods = AbcModule.abstractMethods(cls);
            cls.hiddenGarbage += 2;
            classCounts.alloc(Heap.FreeList.NONE, 0);
            classCounts.alloc(Heap.FreeList.NONE, 0);
            abcChecks.classMade(cls);
        }
        cls.builtinBase = c.layout();
        if (c.namedBase() != null) {
            cls.namedBase = c.namedBase();
            for (int i = 0; i < PyClass.namedBaseRefs(c.namedBase()); i++) heap.incref(c.namedBase());
        }
        if (BuiltinBases.VAR_SIZED.contains(String.valueOf(c.layout()))) cls.dropWeakrefSlot();
        // OrderedDict's instances have their own __dict__ and weak-reference slots: no getset for either.
        if (c.builtinBaseDirect() && BuiltinBases.ORDERED_DICT.equals(c.layout())) cls.inheritDictAndWeakrefSlots();
        if (c.builtinBaseDirect() && EnumClasses.kindOf(c.bases()) != null) {
            cls.addLayoutDescriptors(BuiltinBases.VAR_SIZED.contains(c.layout()) ? 1 : 2);
        }
        builtinImpl.setNames(cls);
        // 3.11 shares keys only for a managed dict: a class over int or tuple keeps a dict pointer, and ordinary dicts.
        if (cls.instanceDict && !cls.derivesFromType && !ExceptionClasses.isException(cls) && !cls.hasOdictLayout()
                && !BuiltinBases.VAR_SIZED.contains(String.valueOf(c.layout()))) {
            cls.sharedKeys = new SharedKeys();
        }
        cls.doc = c.doc();
        cls.hashing = userHashes;
        for (PyClass b : cls.heldBases()) heap.incref(b);
        cls.refcnt += cls.hiddenRefs;
        // The dict holds the descriptors the class statement adds (containers): it is tracked then.
        if (cls.hasDescriptors() && !c.dict().isTracked()) heap.track(c.dict());
        c.dict().holdsHiddenContainers = cls.hasDescriptors();
        // __slots__ = () adds no descriptors: a dict of atoms only is not tracked (PyDict_Copy of the namespace).
        if (!cls.hasDescriptors() && c.dict().isTracked() && c.dict().map.values().stream()
                .noneMatch(e -> com.studyhall.simulation.gc.Collector.mayBeTrackedItem(e[1]))) {
            heap.untrack(c.dict());
        }
        // (NamedTupleMeta sets __eq__ on a made class with setattr: tuple's hash stays.)
        if (c.dict().getStr("__eq__") != null && c.dict().getStr("__hash__") == null && !cls.isNamedTupleItself()) {
            c.dict().put(values.intern("__hash__"), values.none, heap);
        }
        for (PyObject o : c.dict().map.values().stream().map(e -> e[1]).toList()) {
            PyFunction fn = o instanceof PyFunction f ? f : o instanceof PyDescriptor d && d.function() instanceof PyFunction f ? f : null;
            if (fn != null) fn.definingClass = cls;
        }
        if (!classCounts.suspended()) countTypeReady(c, cls, slotsTuple);
        return cls;
    }

    /**
     * What type_new keeps for the class beyond the type object, counted as CPython makes it: the
     * __mro__ tuple (mro_implementation), a getset descriptor for __dict__/__weakref__ and a member
     * descriptor per slot, the __class__ cell and each method's closure tuple when methods use it,
     * and add_subclass's weak reference (one, shared by the bases' tp_subclasses dicts, a base's
     * dict made with its first subclass).
     */
    private void countTypeReady(ClassParts c, PyClass cls, int slotsTuple) {
        boolean builtinLayout = c.layout() != null && (BuiltinBases.MODELLED.contains(c.layout()) || BuiltinBases.WEAKREF.equals(c.layout()))
                || c.typeBase();
        int mroLength = cls.mro.size() + 1 + (builtinLayout ? 1 : 0) + (c.namedBase() != null ? 1 : 0);
        if (cls.metaclass != null) classCounts.customMro(Math.max(1, c.basesWritten()), mroLength);
        else classCounts.mro(Math.max(1, c.basesWritten()), mroLength);
        // set's instances take weak references already: no __weakref__ getset for a class over set.
        boolean addsWeakrefGetset = cls.instanceWeakrefs && c.bases().stream().noneMatch(b -> b.instanceWeakrefs);
        int descriptors = cls.descriptorCount() - ("set".equals(c.layout()) && addsWeakrefGetset ? 1 : 0);
        for (int i = 0; i < descriptors; i++) classCounts.alloc(Heap.FreeList.NONE, 0);
        if (c.superMethods() > 0) {
            classCounts.alloc(Heap.FreeList.NONE, 0);
            for (int i = 0; i < c.superMethods(); i++) classCounts.alloc(Heap.FreeList.TUPLE, 1);
        }
        classCounts.alloc(Heap.FreeList.NONE, 0);
        List<Subclasses> registered = new ArrayList<>();
        for (PyClass b : c.bases()) registered.add(b.subclasses);
        if (c.namedBase() != null) registered.add(c.namedBase().subclasses);
        if (c.builtinBaseDirect() && "set".equals(c.layout())) registered.add(setSubclasses);
        for (Subclasses r : registered) r.add(heap);
        int ownedBases = c.basesWritten() == 0 ? 1 : c.statement() ? c.basesWritten() : 0;
        cls.countedParts(registered, mroLength, ownedBases, slotsTuple, descriptors);
    }

    /**
     * The class keywords, evaluated after the bases: __build_class__ holds each value twice (its
     * stack and the keyword dict) while the body runs.
     */
    private void classKeywords(Stmt.ClassDef s, Map<String, PyObject> keywords) {
        for (Expr.Keyword k : s.keywords()) {
            if (keywords.containsKey(k.name())) throw new PyRaise("SyntaxError", "keyword argument repeated: " + k.name());
            PyObject v = eval(k.value());
            heap.incref(v);
            keywords.put(k.name(), v);
            builtinImpl.hold(v);
            builtinImpl.hold(v);
        }
    }

    /** type_new's set_names, then init_subclass; if either raises, the class is dropped. */
    void setNamesThenInitSubclass(PyClass cls, Map<String, PyObject> keywords) {
        try {
            descriptors.setNames(cls);
        } catch (PyRaise e) {
            heap.decref(cls);
            throw e;
        }
        initSubclass(cls, keywords);
    }

    /**
     * type_new's init_subclass: the nearest base's __init_subclass__ (a classmethod) called with the
     * new class, before the class is stored or decorated; if it raises, the class is dropped.
     */
    private void initSubclass(PyClass cls, Map<String, PyObject> keywords) {
        PyObject hook = cls.lookupAfter(cls, "__init_subclass__");
        // super(type, type) and the hook read from it; the super object goes before the call.
        classCounts.alloc(Heap.FreeList.NONE, 0);
        if (!(hook instanceof PyDescriptor d && d.kind.equals("classmethod") && d.fget instanceof PyFunction fn)) {
            // object.__init_subclass__ bound to the class (a builtin method).
            classCounts.alloc(Heap.FreeList.NONE, 0);
            classCounts.free(Heap.FreeList.NONE, 0);
            classCounts.free(Heap.FreeList.NONE, 0);
            if (keywords.isEmpty()) return;
            // object.__init_subclass__ takes no keywords: the new class is dropped.
            heap.decref(cls);
            throw new PyRaise("TypeError", cls.name + ".__init_subclass__() takes no keyword arguments");
        }
        builtinImpl.hold(cls); // type_new's own reference while the hook runs
        // super(type, type).__init_subclass__: the classmethod bound to the new class, called with it.
        heap.incref(cls);
        heap.incref(fn);
        PyObject bound = heap.alloc(new PyBoundMethod(cls, fn));
        classCounts.free(Heap.FreeList.NONE, 0);
        builtinImpl.hold(bound);
        // type_call's and init_subclass's copies of the keywords: three more references to each value.
        List<PyObject> copies = new ArrayList<>();
        for (PyObject v : keywords.values()) for (int i = 0; i < 3; i++) copies.add(heap.newRef(v));
        copies.forEach(builtinImpl::hold);
        boolean raised = true;
        try {
            List<PyObject> args = new ArrayList<>();
            args.add(heap.newRef(cls));
            Map<String, PyObject> kwargs = new java.util.LinkedHashMap<>();
            keywords.forEach((k, v) -> kwargs.put(k, heap.newRef(v)));
            heap.incref(fn);
            // PyObject_VectorcallDict with the keyword dict: _PyStack_UnpackDict's kwnames tuple.
            if (!keywords.isEmpty()) classCounts.alloc(Heap.FreeList.TUPLE, keywords.size());
            try {
                heap.decref(callFunction(fn, args, kwargs, fn));
            } finally {
                if (!keywords.isEmpty()) classCounts.free(Heap.FreeList.TUPLE, keywords.size());
            }
            raised = false;
        } finally {
            for (PyObject c : copies) {
                builtinImpl.unhold(c);
                heap.decref(c);
            }
            builtinImpl.unhold(bound);
            heap.decref(bound);
            builtinImpl.unhold(cls);
            if (raised) heap.decref(cls);
        }
    }

    /** Types CPython itself refuses as bases (type_new: "not an acceptable base type"). */
    private static final Set<String> FINAL_TYPES = Set.of("bool", "range", "slice", "memoryview", "NoneType",
            "function", "builtin_function_or_method", "generator");

    /**
     * A base that is not a program's class. The checker refuses the bases it can see (list,
     * weakref.ref) before the run; one computed at run time ends the run here.
     */
    PyRaise badBase(PyObject b) {
        if (b instanceof PyBuiltin bt && builtinImpl.isTypeObject(bt)) {
            if (FINAL_TYPES.contains(bt.name)) return new PyRaise("TypeError", "type '" + bt.name + "' is not an acceptable base type");
            return new PyRaise("TypeError", "subclassing the builtin type '" + bt.name + "' is not supported in the memory lab");
        }
        return new PyRaise("TypeError", "bases must be types");
    }

    /**
     * The class statement's bases as owned references; object is left out, as every MRO ends in it.
     * builtinBase[0] gets a list, dict or set base, builtinBase[1] the name of a base written twice
     * (left out here; type_new raises for it after the body ran).
     */
    private List<PyClass> classBases(Stmt.ClassDef s, String[] builtinBase, int[] builtinAt, PyNamedTupleClass[] namedBase,
            boolean[] typedNamedTuple, List<PyObject> written) {
        List<PyClass> bases = new ArrayList<>();
        List<PyObject> values = new ArrayList<>();
        try {
            for (Expr e : s.bases()) values.add(eval(e));
        } catch (RuntimeException ex) {
            values.forEach(heap::decref);
            throw ex;
        }
        // __build_class__'s update_bases: with an alias among them, the bases as written become __orig_bases__.
        if (values.stream().anyMatch(GenericClasses::isAlias)) {
            for (PyObject b : values) {
                written.add(heap.newRef(b));
                builtinImpl.hold(b); // __build_class__'s tuple of them, a root while the body runs
            }
        }
        int next = 0;
        try {
            while (next < values.size()) {
                PyObject b = values.get(next++);
                if (typedDicts.isBase(b)) {
                    // TypedDict's __mro_entries__ and _TypedDictMeta: the class derives from dict only.
                    typedDicts.base(s, b);
                    heap.decref(b);
                    b = builtinImpl.typeObject("dict");
                    if (builtinBase[0] != null && builtinBase[0].equals("dict")) {
                        heap.decref(b);
                        continue;
                    }
                }
                if (b instanceof PyTyping alias && alias.kind == PyTyping.Kind.CLASS_ALIAS) {
                    PyClass entry = genericClasses.mroEntry(alias, values.subList(next, values.size()));
                    heap.decref(b);
                    if (entry == null || bases.contains(entry)) continue;
                    b = heap.newRef(entry);
                }
                if (b instanceof PyBuiltin t && t.name.equals("object") && t.owner == null && t.self == null) continue;
                if (b instanceof PyBuiltin t && t.name.equals("type") && t.owner == null && t.self == null) {
                    builtinBase[2] = "type"; // a metaclass (the checker lets type be its only base)
                    continue;
                }
                if (b instanceof PyBuiltin t && t.owner == null && t.self == null && BuiltinBases.MODELLED.contains(t.name)) {
                    // list, dict, set: the class's instances get that type's part (the type object is shared).
                    if (builtinBase[0] != null && !builtinBase[0].equals(t.name)) builtinBase[0] = BuiltinBases.CONFLICT;
                    else builtinBase[0] = t.name;
                    if (builtinAt[0] < 0) builtinAt[0] = bases.size();
                    continue;
                }
                String moduleBase = BuiltinBases.moduleBase(b);
                if (moduleBase != null) {
                    // collections.OrderedDict: its instances' part is an OrderedDict (newInstance); weakref.ref: a weak reference.
                    if (builtinBase[0] != null && !builtinBase[0].equals(moduleBase)) builtinBase[0] = BuiltinBases.CONFLICT;
                    else builtinBase[0] = moduleBase;
                    if (builtinAt[0] < 0) builtinAt[0] = bases.size();
                    continue;
                }
                if (b instanceof PyBuiltin t && t.name.equals("NamedTuple") && "typing".equals(t.owner) && t.self == null) {
                    // typing.NamedTuple (its __mro_entries__): the class statement makes a namedtuple class.
                    heap.decref(b);
                    typedNamedTuple[0] = true;
                    builtinBase[0] = "tuple";
                    continue;
                }
                if (b instanceof PyNamedTupleClass nt && namedBase[0] == null) {
                    // A namedtuple class: the instances are tuples, with its fields (the checker allows one such base).
                    namedBase[0] = nt;
                    if (builtinBase[0] != null && !builtinBase[0].equals("tuple")) builtinBase[0] = BuiltinBases.CONFLICT;
                    else builtinBase[0] = "tuple";
                    continue;
                }
                if (!(b instanceof PyClass bc)) {
                    heap.decref(b);
                    throw badBase(b);
                }
                if (bases.contains(bc)) {
                    // Raised by type_new after the body ran (mro_implementation's check_duplicates).
                    heap.decref(bc);
                    if (builtinBase[1] == null) builtinBase[1] = bc.name;
                    continue;
                }
                bases.add(bc);
            }
        } catch (RuntimeException ex) {
            for (PyObject b : values.subList(next, values.size())) heap.decref(b);
            for (PyClass b : bases) heap.decref(b);
            if (namedBase[0] != null) heap.decref(namedBase[0]);
            dropWrittenBases(written);
            throw ex;
        }
        return bases;
    }

    /** A decorated def's code starts at its first decorator's line (co_firstlineno). */
    private final java.util.Map<Stmt.FunctionDef, Integer> decoratedFirstLines = new java.util.IdentityHashMap<>();

    int firstLineOf(Stmt.FunctionDef def) {
        return decoratedFirstLines.getOrDefault(def, def.token().line());
    }

    @Override
    public Void visitDecorated(Stmt.Decorated s) {
        if (s.definition() instanceof Stmt.ClassDef c) {
            storeName(c.binding(), decorate(s, () -> makeClass(c)));
            return null;
        }
        Stmt.FunctionDef def = (Stmt.FunctionDef) s.definition();
        decoratedFirstLines.put(def, s.token().line());
        storeName(def.binding(), decorate(s, () -> makeFunction(def, def.name())));
        return null;
    }

    /**
     * Decorators are evaluated first and wait on the stack; the function is made, then each
     * decorator, innermost first, is called with the result of the one below it.
     */
    private PyObject decorate(Stmt.Decorated s, java.util.function.Supplier<PyObject> make) {
        int base = stack.size();
        try {
            for (Expr e : s.decorators()) push(eval(e));
            PyObject value = make.get();
            for (int i = s.decorators().size() - 1; i >= 0; i--) {
                int at = base + i;
                PyObject decorator = stack.get(at);
                push(value);
                try {
                    List<PyObject> args = new ArrayList<>(List.of(value));
                    value = finishCall(at, decorator, args, Map.of(), null);
                } finally {
                    while (stack.size() > at) heap.decref(pop());
                }
            }
            return value;
        } finally {
            while (stack.size() > base) heap.decref(pop());
        }
    }

    private record ClassBody(PyDict dict, List<String> slots, int superMethods) { }

    /** Runs the class body into a new dict: methods, decorated methods, class attributes, __slots__. */
    private ClassBody classBody(Stmt.ClassDef s, List<PyClass> bases, PyDict dict) {
        // A class that adds __dict__/__weakref__ descriptors holds them in its dict from the start.
        if (bases.isEmpty() || bases.stream().anyMatch(b -> !b.instanceDict || !b.instanceWeakrefs)) heap.track(dict);
        Scope scope = scopes.of(s);
        PyDict globals = currentGlobals(); // a class in a library's Python code runs in its module's globals
        Frame classFrame;
        if (scope.freeVariables().isEmpty()) {
            classFrame = new Frame(s.name(), globals, null, Set.of(), null);
            classFrame.code = scope;
        } else {
            // COPY_FREE_VARS of the class body: the cells of the enclosing function its methods close over.
            Frame outer = frame();
            classFrame = new Frame(s.name(), globals, scope, null);
            for (String n : scope.freeVariables()) classFrame.locals[classFrame.slot(n)] = heap.newRef(outer.locals[outer.slot(n)]);
        }
        classNamespaces.put(classFrame, dict);
        frames.add(classFrame);
        scope.warmUp(); // the class body's RESUME
        heap.incref(globals); // the class body's function's __globals__ (counted as a root while the body runs)
        try {
            return runClassBody(s, dict);
        } catch (RuntimeException ex) {
            heap.decref(dict); // a body that raises leaves no class: its namespace goes
            throw ex;
        } finally {
            frames.remove(frames.size() - 1);
            classNamespaces.remove(classFrame);
            heap.decref(globals);
            if (classFrame.locals != null) {
                for (int i = 0; i < classFrame.locals.length; i++) {
                    PyObject cell = classFrame.locals[i];
                    classFrame.locals[i] = null;
                    heap.decref(cell);
                }
            }
        }
    }

    private ClassBody runClassBody(Stmt.ClassDef s, PyDict dict) {
        int superMethods = 0;
        for (Stmt st : s.body()) {
            line = st.token().line();
            tick();
            Stmt.FunctionDef def = st instanceof Stmt.FunctionDef fd ? fd
                    : st instanceof Stmt.Decorated d && d.definition() instanceof Stmt.FunctionDef fd ? fd : null;
            if (def != null && ClassSupport.mentions(def.body(), "super")) superMethods++;
            if (st instanceof Stmt.FunctionDef fd && fd.name().equals("__new__")) {
                // type_new makes a plain __new__ function a staticmethod.
                PyObject fn = makeFunction(fd, s.name() + "." + fd.name());
                putClassAttribute(dict, fd.name(), heap.alloc(new PyDescriptor("staticmethod", fn, null, null)));
            } else if (st instanceof Stmt.FunctionDef fd && TypeCall.IMPLICIT_CLASSMETHODS.contains(fd.name())) {
                // ... and a plain __init_subclass__ or __class_getitem__ a classmethod.
                PyObject fn = makeFunction(fd, s.name() + "." + fd.name());
                putClassAttribute(dict, fd.name(), heap.alloc(new PyDescriptor("classmethod", fn, null, null)));
            } else if (st instanceof Stmt.FunctionDef fd) {
                putClassAttribute(dict, fd.binding(), makeFunction(fd, s.name() + "." + fd.name()));
            } else if (st instanceof Stmt.Decorated d && d.definition() instanceof Stmt.FunctionDef fd) {
                putClassAttribute(dict, fd.binding(), decorate(d, () -> makeFunction(fd, s.name() + "." + fd.name())));
            } else if (st instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
                putClassAttribute(dict, n.name(), eval(a.value()));
            } else if (st instanceof Stmt.Pass || (st instanceof Stmt.Expression ex && ex.expr() instanceof Expr.Constant)) {
                // docstrings and pass
            } else {
                execute(st);
            }
        }
        return new ClassBody(dict, ClassSupport.slots(dict.getStr("__slots__"), s.name()), superMethods);
    }

    private void putClassAttribute(PyDict dict, String name, PyObject value) {
        PyObject old = dict.put(values.intern(name), value, heap);
        maintainTracking(dict, value);
        if (old != null) heap.decref(old);
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
    public Void visitLocalAnnotation(Stmt.LocalAnnotation s) {
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        return null;
    }

    /**
     * from m import a as b: binds the module's object itself (one more reference to it). A star
     * binds the names CPython's import_all_from binds that the lab has (the checker refuses reads
     * of the others); from a module without __all__ it reads the dict's keys into a list first.
     */
    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        String name = s.module().lexeme();
        PyModule m = modules.computeIfAbsent(name, k -> values.shared(new PyModule(k)));
        firstImports.imported(name);
        ImportCounts.fromImport(heap, name);
        boolean keysList = s.star() && ImportCounts.makesKeysList(name);
        if (keysList) heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
        try {
            importNames(s, name, m);
        } finally {
            if (keysList) heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
        }
        return null;
    }

    private void importNames(Stmt.ImportFrom s, String name, PyModule m) {
        Set<String> modelled = s.star() ? Supported.catalog().modules().get(name) : null;
        for (int i = 0; i < s.names().size(); i++) {
            String n = s.names().get(i).lexeme();
            if (modelled != null && !modelled.contains(n)) continue;
            PyObject v;
            try {
                v = builtinImpl.attribute(m, n);
            } catch (PyRaise notThere) {
                exceptions.discard(notThere);
                throw PyRaise.importError("cannot import name '" + n + "' from '" + name + "' (unknown location)", name);
            }
            String alias = s.aliases().get(i);
            storeName(alias != null ? alias : n, v);
        }
    }

    /** IMPORT_NAME: the module, loaded the first time (a library module's first import replays its footprint). */
    PyModule importModule(String name) {
        PyModule m = modules.computeIfAbsent(name, k -> values.shared(new PyModule(k)));
        firstImports.imported(name);
        return m;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (int i = 0; i < s.modules().size(); i++) {
            String name = s.modules().get(i).lexeme();
            PyModule m = importModule(name);
            String alias = s.aliases().get(i);
            // import collections.abc binds the package (the submodule is its attribute); with "as", the submodule.
            if (alias == null && name.contains(".")) m = importModule(name.substring(0, name.indexOf('.')));
            storeName(alias != null ? alias : name.contains(".") ? name.substring(0, name.indexOf('.')) : name, m);
        }
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        exceptions.executeTry(s);
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        exceptions.executeRaise(s);
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        exceptions.executeAssert(s);
        return null;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        exceptions.executeWith(s);
        return null;
    }

    @Override
    public Void visitMatch(Stmt.Match s) {
        patterns.run(s);
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

    private static boolean smallInt(BigInteger i) {
        return i.bitLength() < 10 && i.intValue() >= -5 && i.intValue() <= 256;
    }

    /** Whether constant(value) answers a value shared by the whole interpreter rather than a code constant. */
    private static boolean sharedConstant(Object value) {
        return value == Expr.NONE || value == Expr.ELLIPSIS || value instanceof Boolean
                || value instanceof BigInteger i && smallInt(i)
                || value instanceof String s && (s.length() <= 1 || Values.identifierLike(s))
                || value instanceof com.studyhall.simulation.syntax.BytesLiteral b && b.value().length() <= 1;
    }

    /** The key of a folded value among the constants (a float by its bits, so 0.0 and -0.0 differ). */
    private static Object constantKey(Object value) {
        return value instanceof Double d ? List.of("float", Double.doubleToRawLongBits(d))
                : value instanceof com.studyhall.simulation.syntax.Imaginary z
                ? List.of("complex", Double.doubleToRawLongBits(z.real()), Double.doubleToRawLongBits(z.imag())) : value;
    }

    /** A literal: shared when CPython shares it, else one object per distinct constant, held by the code. */
    PyObject constant(Object value) {
        if (value == Expr.NONE) return values.none;
        if (value == Expr.ELLIPSIS) return values.ellipsis();
        if (value instanceof Boolean b) return values.bool(b);
        if (value instanceof List<?> parts && "tuple".equals(parts.get(0))) return foldedTuple(parts);
        if (value instanceof BigInteger i && smallInt(i)) return values.integer(i.intValue());
        if (value instanceof String s && (s.length() <= 1 || Values.identifierLike(s))) return values.intern(s);
        if (value instanceof com.studyhall.simulation.syntax.BytesLiteral b && b.value().length() <= 1) return values.bytes(b.value());
        Object key = constantKey(value);
        PyObject c = constants.get(key);
        if (c == null) {
            if (value instanceof BigInteger i) c = heap.alloc(PyInt.of(i));
            else if (value instanceof Double d) c = heap.alloc(new PyFloat(d));
            else if (value instanceof com.studyhall.simulation.syntax.Imaginary z) c = heap.alloc(new PyComplex(z.real(), z.imag()));
            else if (value instanceof com.studyhall.simulation.syntax.BytesLiteral b) c = heap.alloc(new PyBytes(b.value()));
            else c = heap.alloc(new PyStr((String) value));
            c.refcnt = 2; // co_consts plus the compiler's constant cache
            if (makingConstantTuple) {
                c.refcnt = 1;
                tupleItemConstants.add(key);
            }
            constants.put(key, c);
        } else if (!makingConstantTuple && tupleItemConstants.remove(key)) {
            heap.incref(c); // now in a code object's co_consts too
        }
        heap.incref(c);
        return c;
    }

    /** "..." % (a, b) as CPython's AST optimizer compiles it (PercentAsFString), per expression node. */
    private final java.util.IdentityHashMap<Expr.Binary, java.util.Optional<Expr.FString>> percentFStrings = new java.util.IdentityHashMap<>();

    @Override
    public PyObject visitFString(Expr.FString e) {
        // compiler_joined_str: one piece of text and no field is that piece's LOAD_CONST (f"a" is "a"),
        // no piece at all (f"") BUILD_STRING 0, the empty string.
        if (e.parts().isEmpty()) return constant("");
        if (e.parts().size() == 1 && e.specs().get(0) == null) return constant(((Expr.Constant) e.parts().get(0)).value());
        Expr.FormatSpec first = e.specs().get(0);
        if (first != null && 1 + first.nestedFields() == e.parts().size()) return loneFormatValue(e, first);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < e.parts().size(); i++) {
            Expr part = e.parts().get(i);
            Expr.FormatSpec spec = e.specs().get(i);
            if (spec == null) {
                b.append((String) ((Expr.Constant) part).value());
                continue;
            }
            PyObject v = eval(part);
            push(v);
            try {
                String text = spec.nestedFields() == 0 ? spec.spec() : nestedSpec(e, i, spec.pieces());
                i += spec.nestedFields();
                String s = convertedText(spec.conversion(), v);
                b.append(Format.apply(ops, v, s, text));
            } finally {
                pop();
                heap.decref(v);
            }
        }
        return values.str(b.toString());
    }

    /** The text of a field's !r, !s or !a conversion (!a: the repr with non-ASCII escaped), null without one. */
    private String convertedText(char conversion, PyObject v) {
        return switch (conversion) {
            case 'r' -> ops.repr(v);
            case 's' -> ops.str(v);
            case 'a' -> StrFormat.ascii(ops.repr(v));
            default -> null;
        };
    }

    /**
     * An f-string that is one field compiles to a lone FORMAT_VALUE (no BUILD_STRING joins): its
     * result is PyObject_Format's own object, so f"{s}", f"{s!s}" and f"{s:>3}" (len(s) >= 3) are s
     * itself, and f"{p}" is what p's __str__ or __format__ returned.
     */
    private PyObject loneFormatValue(Expr.FString e, Expr.FormatSpec spec) {
        PyObject v = eval(e.parts().get(0));
        push(v);
        try {
            String text = spec.nestedFields() == 0 ? spec.spec() : nestedSpec(e, 0, spec.pieces());
            return StrObjects.formatField(this, v, spec.conversion(), text);
        } finally {
            pop();
            heap.decref(v);
        }
    }

    /** A spec with fields of its own (f"{x:>{w}}"): its fields, the parts after part {@code at}, formatted in order. */
    private String nestedSpec(Expr.FString e, int at, List<String> pieces) {
        StringBuilder b = new StringBuilder(pieces.get(0));
        for (int k = 1; k < pieces.size(); k++) {
            Expr.FormatSpec spec = e.specs().get(at + k);
            PyObject v = eval(e.parts().get(at + k));
            push(v);
            try {
                String s = convertedText(spec.conversion(), v);
                b.append(Format.apply(ops, v, s, spec.spec())).append(pieces.get(k));
            } finally {
                pop();
                heap.decref(v);
            }
        }
        return b.toString();
    }

    @Override
    public PyObject visitName(Expr.Name e) {
        return loadName(e);
    }

    PyObject loadName(Expr.Name e) {
        Frame f = frame();
        return loadName(f, f.isModule() ? -1 : f.slot(e), e.name());
    }

    /** LOAD_FAST / LOAD_DEREF when the name has a slot, else LOAD_NAME / LOAD_GLOBAL. */
    private PyObject loadName(Frame f, int slot, String name) {
        if (slot >= 0) {
            PyObject v = f.locals[slot];
            if (f.isCell(slot)) v = ((PyCell) v).contents;
            if (v == null) throw unbound(f, name);
            heap.incref(v);
            return v;
        }
        PyDict classDict = classNamespace(f);
        if (classDict != null && classDict.getStr(name) != null) {
            String enumKind = enumBodies.get(classDict);
            if (enumKind != null && EnumModule.isAuto(classDict.getStr(name))) enums.resolveBodyAutos(classDict, f.name, enumKind);
            return heap.newRef(classDict.getStr(name));
        }
        PyObject v = f.globals.getStr(name);
        if (v != null) {
            heap.incref(v);
            return v;
        }
        PyObject b = builtinImpl.builtin(name);
        if (b != null) return b;
        if (name.equals("Ellipsis")) return values.ellipsis();
        if (name.equals("NotImplemented")) return builtinImpl.notImplemented();
        PyClass exceptionClass = exceptions.classes.get(name);
        if (exceptionClass != null) return exceptionClass;
        // The module's __name__ (its dict's other startup entries are not modelled).
        if (name.equals("__name__")) return values.intern("__main__");
        throw PyRaise.nameError("name '" + name + "' is not defined", name);
    }

    /** CPython 3.11's messages for a local or a free variable read before it has a value. */
    private static PyRaise unbound(Frame f, String name) {
        if (f.scope != null && f.scope.isFree(name)) {
            return PyRaise.nameError("cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope", name);
        }
        return new PyRaise("UnboundLocalError", "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    @Override
    public PyObject visitAttribute(Expr.Attribute e) {
        PyObject obj = eval(e.object());
        try {
            return getAttrOf(obj, e.name());
        } finally {
            heap.decref(obj);
        }
    }

    /** PyObject_GetAttr: getAttr, with an AttributeError given the object and the name. */
    PyObject getAttrOf(PyObject obj, String name) {
        try {
            return getAttr(obj, name);
        } catch (PyRaise failed) {
            exceptions.attributeErrorContext(failed, obj, name);
            throw failed;
        }
    }

    /** _PyObject_LookupAttr: the attribute (a new reference), or null where reading it raised AttributeError. */
    PyObject lookupAttr(PyObject obj, String name) {
        try {
            return getAttr(obj, name);
        } catch (PyRaise e) {
            if (!ExceptionHandling.catchable(e) || !exceptions.is(e, "AttributeError")) throw e;
            exceptions.discard(e);
            return null;
        }
    }

    PyObject getAttr(PyObject obj, String name) {
        // object.__class__ is a data descriptor: it wins over the instance's own attributes and __getattr__.
        // A weak proxy forwards every attribute read, this one too (proxy_getattr).
        if (name.equals("__class__") && !Attributes.hooked(obj)) {
            return builtinImpl.callBuiltinFunction("type", List.of(obj instanceof PyProxy ? ProxyType.live(obj) : obj));
        }
        PyObject v = attributes.get(obj, name);
        return v != null ? v : builtinImpl.attribute(obj, name);
    }

    /** Calls a callable with borrowed arguments, as C code does (slots, descriptors): a new reference. */
    PyObject callBorrowed(PyObject f, List<PyObject> args) {
        if (f instanceof PyFunction || f instanceof PyBoundMethod) {
            heap.incref(f);
            List<PyObject> owned = new ArrayList<>();
            for (PyObject a : args) owned.add(heap.newRef(a));
            return callOwned(f, owned, new java.util.LinkedHashMap<>());
        }
        return callNative(f, args, Map.of());
    }

    /**
     * A call back into Python from inside the runtime (gc.callbacks during a collection, which may
     * sit inside an allocation): like a weakref callback, it is not a step of the program.
     */
    PyObject callNested(PyObject f, List<PyObject> args) {
        nested++;
        try {
            return callBorrowed(f, args);
        } finally {
            nested--;
        }
    }

    /** delattr(obj, name): the same as {@code del obj.name}. */
    void delAttr(PyObject obj, String name) {
        attributes.delete(obj, name);
    }

    void setAttr(PyObject obj, String name, PyObject value) {
        try {
            EnumClasses.refuseSet(obj, name);
            if (obj instanceof PyClass c && c.enumKind != null) EnumClasses.refuseReassign(c, name);
        } catch (PyRaise e) {
            heap.decref(value);
            throw e;
        }
        if (attributes.set(obj, name, value)) {
            if (obj instanceof PyClass cls) cls.modifications++;
            return;
        }
        if (obj instanceof PyClass cls) {
            cls.modifications++;
            PyObject old = cls.dict.put(values.intern(name), value, heap);
            maintainTracking(cls.dict, value);
            if (old != null) heap.decref(old);
            else cls.keysAddedLater.add(name); // after what type_ready added (MappingProxyType.classKeys)
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
        PyObject constant = folded(e);
        if (constant != null) return constant;
        int savedLine = operationLine;
        Frame savedFrame = operationFrame;
        operationLine = startLine(e);
        operationFrame = frame();
        try {
            return subscript(e);
        } finally {
            operationLine = savedLine;
            operationFrame = savedFrame;
        }
    }

    /**
     * The line CPython's instruction for this subscript or call carries: where the expression starts
     * (its leftmost name), which a statement spanning lines may not start on. A warning names it.
     */
    private static int startLine(Expr e) {
        Expr first = e;
        while (true) {
            if (first instanceof Expr.Subscript s) first = s.object();
            else if (first instanceof Expr.Call c) first = c.callee();
            else if (first instanceof Expr.Attribute a) first = a.object();
            else break;
        }
        return first.token().line();
    }

    /** The line of the subscript or call the running frame is performing (see Warnings), else the statement's. */
    int operationLine() {
        return operationFrame == frame() && operationLine > 0 ? operationLine : line;
    }

    private PyObject subscript(Expr.Subscript e) {
        int base = stack.size();
        PyObject obj = eval(e.object());
        push(obj);
        PyObject key = evalAfterPushed(e.index(), base, obj);
        push(key);
        PyFunction getitem = frame().code.isQuickened() ? Specializer.subscrGetitem(e.cache(), obj, key) : null;
        if (getitem != null) return getitemInline(getitem);
        try {
            return getItem(obj, key);
        } finally {
            pop();
            pop();
            heap.decref(obj);
            heap.decref(key);
        }
    }

    PyObject getItem(PyObject obj, PyObject key) {
        return builtinImpl.getItem(obj, key);
    }

    /**
     * BINARY_SUBSCR_GETITEM: a new frame of the class's __getitem__ takes the container and the key
     * from the value stack (their references move, where slot_mp_subscript's call gave the frame
     * new ones), and one new reference to the function.
     */
    private PyObject getitemInline(PyFunction getitem) {
        heap.incref(getitem);
        Frame f = new Frame(getitem.qualname, getitem.globals, getitem.scope, getitem);
        f.locals[1] = pop();
        f.locals[0] = pop();
        return runFunction(getitem, f);
    }

    void setItem(PyObject obj, PyObject key, PyObject value) {
        // The operands are on the value stack while a user __setitem__ runs (STORE_SUBSCR).
        int depth = stack.size();
        stack.add(value);
        stack.add(obj);
        stack.add(key);
        try {
            builtinImpl.setItem(obj, key, value);
        } finally {
            while (stack.size() > depth) stack.remove(stack.size() - 1);
        }
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
        return heap.alloc(new SliceValue(lo, hi, st));
    }

    @Override
    public PyObject visitCall(Expr.Call e) {
        int base = stack.size();
        int savedLine = operationLine;
        Frame savedFrame = operationFrame;
        operationLine = startLine(e);
        operationFrame = frame();
        try {
            if (hasStars(e)) return callWithStars(e);
            if (e.callee() instanceof Expr.Attribute a) return callMethod(e, a);
            PyObject callee = eval(e.callee());
            push(callee);
            if (callee instanceof PyFunction fn && bindsPositionally(fn, e)) return callPositional(fn, e, base);
            List<PyObject> args = evalArgsFor(callee, e);
            Map<String, PyObject> kwargs = evalKeywords(e);
            Specializer.Precall run = precall(e, callee, 0);
            if (run == Specializer.Precall.STR_1) return builtinImpl.strWithoutArgumentTuple(args);
            return finishCall(base, callee, args, kwargs, run);
        } finally {
            operationLine = savedLine;
            operationFrame = savedFrame;
            while (stack.size() > base) heap.decref(pop());
        }
    }

    /**
     * PRECALL in quickened code (Specializer): whether this run is PRECALL_NO_KW_STR_1, str(x)
     * without the argument tuple _PyObject_MakeTpCall makes. selfArgument: 1 when LOAD_METHOD
     * put self under the arguments.
     */
    private Specializer.Precall precall(Expr.Call e, PyObject callable, int selfArgument) {
        if (!frame().code.isQuickened()) return null;
        int nargs = e.args().size() + e.keywords().size() + selfArgument;
        return Specializer.precall(e.cache(), callable, nargs, !e.keywords().isEmpty());
    }

    /**
     * A call whose arguments fill the function's parameters one to one: no keywords, no *args or
     * **kwargs on either side, no keyword-only parameters, as many arguments as parameters.
     * initialize_locals then only moves each argument into its slot.
     */
    private static boolean bindsPositionally(PyFunction fn, Expr.Call e) {
        Stmt.FunctionDef def = fn.def;
        return e.keywords().isEmpty() && def.varargs() == null && def.varkw() == null && def.kwonly().isEmpty()
                && e.args().size() == def.params().size();
    }

    /**
     * CALL of such a function without the argument list and the binder: the arguments are
     * evaluated onto the value stack above the callee, as always, then moved from there into the
     * new frame's locals (the callee's reference becomes the frame's), exactly what
     * {@link #finishCall} and {@link ArgumentBinder#bind} do for them; what runs the frame is shared.
     */
    private PyObject callPositional(PyFunction fn, Expr.Call e, int base) {
        List<Expr> exprs = e.args();
        for (int i = 0; i < exprs.size(); i++) push(eval(exprs.get(i)));
        precall(e, fn, 0); // PRECALL_PYFUNC: only the site's state changes
        Frame f = new Frame(fn.qualname, fn.globals, fn.scope, fn);
        stack.moveAbove(base, f.locals, exprs.size());
        return runFunction(fn, f);
    }

    // Indexed loops here and in evalArgs: asked on every call, and the iterators were not always optimised away.
    private static boolean hasStars(Expr.Call e) {
        List<Expr> args = e.args();
        for (int i = 0; i < args.size(); i++) if (args.get(i) instanceof Expr.Starred) return true;
        List<Expr.Keyword> keywords = e.keywords();
        for (int i = 0; i < keywords.size(); i++) if (keywords.get(i).name() == null) return true;
        return false;
    }

    /**
     * CALL_FUNCTION_EX: the positional arguments are gathered into a tuple and the keywords into a
     * dict, which stay on the caller's stack while the call runs (a Python callee gets its own
     * references to the arguments).
     */
    private PyObject callWithStars(Expr.Call e) {
        PyObject callee = eval(e.callee());
        push(callee);
        int itemsBase = stack.size();
        PyTuple given = constantArguments(e);
        // f(a, *t) or f(*t, *u): the compiler gathers the positionals in a list (BUILD_LIST at the
        // first star, LIST_EXTEND, LIST_APPEND), which LIST_TO_TUPLE turns into the call's tuple and frees.
        boolean gathersInList = false;
        PyTuple argTuple;
        try {
        for (Expr a : given != null ? List.<Expr>of() : e.args()) {
            if (a instanceof Expr.Starred st) {
                if (e.args().size() > 1 && !gathersInList) {
                    heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
                    gathersInList = true;
                }
                PyObject seq = eval(st.value());
                if (e.args().size() == 1 && seq.getClass() == PyTuple.class) {
                    // f(*t) with an exact tuple: CALL_FUNCTION_EX passes the tuple itself (no copy).
                    given = (PyTuple) seq;
                    break;
                }
                push(seq);
                List<PyObject> xs;
                try {
                    // PySequence_Tuple or LIST_EXTEND: a class's __len__ runs after its __iter__, for the size hint.
                    xs = builtinImpl.sizedInstanceItems(seq);
                    if (xs == null) xs = builtinImpl.iterate(seq);
                } catch (PyRaise failed) {
                    // check_args_iterable names the call for an object that cannot be iterated at all; an error
                    // raised while iterating (or by a __len__) is the program's own and goes up as it is.
                    if (failed.exception != null || !failed.pyMessage.equals("'" + seq.typeName() + "' object is not iterable")) throw failed;
                    exceptions.discard(failed);
                    // f(*x) alone is CALL_FUNCTION_EX's own check; with other positionals the compiler builds a list (LIST_EXTEND).
                    if (e.args().size() > 1) throw new PyRaise("TypeError", "Value after * must be an iterable, not " + seq.typeName());
                    throw new PyRaise("TypeError", callableName(callee) + " argument after * must be an iterable, not " + seq.typeName());
                }
                pop();
                for (PyObject x : xs) push(heap.newRef(x));
                heap.decref(seq);
            } else {
                push(eval(a));
            }
        }
        List<PyObject> items = new ArrayList<>(stack.subList(itemsBase, stack.size()));
        stack.subList(itemsBase, stack.size()).clear();
        argTuple = given != null ? given : items.isEmpty() ? (PyTuple) heap.newRef(values.emptyTuple)
                : heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
        push(argTuple);
        } finally {
            if (gathersInList) heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
        }
        Map<String, PyObject> kwargs = new java.util.LinkedHashMap<>();
        if (!e.keywords().isEmpty()) {
            PyDict kw = heap.alloc(new PyDict());
            push(kw);
            for (Expr.Keyword k : e.keywords()) {
                PyObject v = eval(k.value());
                if (k.name() != null) {
                    addKeyword(callee, kw, kwargs, values.intern(k.name()), v);
                    continue;
                }
                if (v instanceof PyChainMap c) {
                    // DICT_MERGE from a mapping that is not a dict: keys() and c[key], here into a dict first.
                    PyObject merged = ((ChainMapType) builtinImpl.types.of(c)).asDict(c);
                    heap.decref(v);
                    v = merged;
                }
                push(v);
                if (v instanceof PyInstance && !(PyInstance.bodyOf(v) instanceof PyDict)) {
                    keywordsFromMapping(callee, kw, kwargs, v);
                    heap.decref(pop());
                    continue;
                }
                if (!(v instanceof PyDict m)) {
                    throw new PyRaise("TypeError", callableName(callee) + " argument after ** must be a mapping, not " + v.typeName());
                }
                for (PyObject[] entry : new ArrayList<>(m.map.values())) {
                    if (!(entry[0] instanceof PyStr)) throw new PyRaise("TypeError", "keywords must be strings");
                    addKeyword(callee, kw, kwargs, heap.newRef(entry[0]), heap.newRef(entry[1]));
                }
                heap.decref(pop());
            }
        }
        List<PyObject> args = new ArrayList<>(List.of(argTuple.items));
        if (callee instanceof PyFunction || callee instanceof PyBoundMethod) {
            args.forEach(heap::incref);
            kwargs.values().forEach(heap::incref);
            heap.incref(callee);
            // PyObject_Call reaches a Python callee by vectorcall: _PyStack_UnpackDict makes a tuple of
            // the keywords' names for the call and frees it after (measured: g(**d) counts 2, not 1).
            // Its new argument array holds a reference to each positional argument and keyword value
            // for the length of the call, beside the frame's own (_PyEval_Vector's), and drops them
            // before the names tuple (_PyStack_UnpackDict_Free): sys.getrefcount(x) inside f(**{'x': o}) counts it.
            boolean unpacksKeywords = !kwargs.isEmpty();
            List<PyObject> unpacked = unpacksKeywords ? new ArrayList<>(args) : List.of();
            if (unpacksKeywords) {
                unpacked.addAll(kwargs.values());
                for (PyObject o : unpacked) {
                    heap.incref(o);
                    builtinImpl.hold(o);
                }
                heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, kwargs.size());
            }
            try {
                return callOwned(callee, args, kwargs);
            } finally {
                if (unpacksKeywords) {
                    for (PyObject o : unpacked) {
                        builtinImpl.unhold(o);
                        heap.decref(o);
                    }
                    heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, kwargs.size());
                }
            }
        }
        StarCall outer = starCall;
        starCall = new StarCall(callee, argTuple);
        try {
            return callClassWithKeywordDict(callee, args, kwargs);
        } finally {
            starCall = outer;
        }
    }

    /** The CALL_FUNCTION_EX into C being made, or null: its callee may use the tuple and dict it built. */
    StarCall starCall;

    /**
     * func(*args) from library code with an exact tuple (copy's _reconstruct): a builtin callee
     * receives that tuple as CALL_FUNCTION_EX hands it, so a tp_call type (zip) packs none of its own.
     * The arguments are borrowed from the tuple.
     */
    PyObject callBuiltinWithTuple(PyObject callee, PyTuple argTuple) {
        StarCall outer = starCall;
        starCall = new StarCall(callee, argTuple);
        try {
            return callClassWithKeywordDict(callee, new ArrayList<>(List.of(argTuple.items)), new java.util.LinkedHashMap<>());
        } finally {
            starCall = outer;
        }
    }

    /**
     * f(1, 'a', **d): positional arguments that are all constants are one tuple constant of the code
     * (LOAD_CONST), made with it before the program ran, not a tuple built for the call.
     */
    private PyTuple constantArguments(Expr.Call e) {
        if (e.args().isEmpty()) return null;
        for (Expr a : e.args()) if (a instanceof Expr.Starred) return null;
        Expr.TupleDisplay display = new Expr.TupleDisplay(e.token(), e.args());
        Object folded = ConstantFolder.fold(display);
        if (folded == null) return null;
        return (PyTuple) constantTuple(display, folded); // a new reference, as f(*t)'s tuple is
    }

    /** Whether this builtin is being called by CALL_FUNCTION_EX (StarCall.claim: asked once, at the call's start). */
    boolean calledWithStars(PyObject builtin) {
        return starCall != null && starCall.claim(builtin);
    }

    /** A call whose keywords are already a dict (CALL_FUNCTION_EX, PyObject_Call from C): see {@link #keywordDictGiven}. */
    PyObject callClassWithKeywordDict(PyObject callee, List<PyObject> args, Map<String, PyObject> kwargs) {
        keywordDictGiven = callee instanceof PyClass && !kwargs.isEmpty();
        try {
            return callNative(callee, args, kwargs);
        } finally {
            keywordDictGiven = false;
        }
    }

    private void addKeyword(PyObject callee, PyDict kw, Map<String, PyObject> kwargs, PyObject key, PyObject value) {
        String name = ((PyStr) key).value;
        if (kwargs.containsKey(name)) {
            heap.decref(key);
            heap.decref(value);
            throw new PyRaise("TypeError", callableName(callee) + " got multiple values for keyword argument '" + name + "'");
        }
        kw.put(key, value, heap);
        maintainTracking(kw, value);
        kwargs.put(name, value);
    }

    /** _PyObject_FunctionStr: a program's functions and classes are named with their module. */
    private static String callableName(PyObject callee) {
        if (callee instanceof PyFunction f) return "__main__." + f.qualname + "()";
        if (callee instanceof PyBuiltin b) return b.name + "()";
        if (callee instanceof PyClass c) return "__main__." + c.qualname + "()";
        return callee.typeName() + " object";
    }

    /**
     * CALL with the callable at stack[base] and the arguments above it. A Python function steals
     * them all (the function becomes the frame's f_func, the arguments its locals); a C callable
     * borrows them, and they leave the stack after it returns.
     */
    private PyObject finishCall(int base, PyObject callee, List<PyObject> args, Map<String, PyObject> kwargs, Specializer.Precall run) {
        if (callee instanceof PyFunction || callee instanceof PyBoundMethod) {
            stack.truncate(base);
            return callOwned(callee, args, kwargs);
        }
        return callNative(callee, args, kwargs, run);
    }

    /** LOAD_METHOD / CALL: the method and self stay on the stack while the arguments are evaluated. */
    private PyObject callMethod(Expr.Call e, Expr.Attribute a) {
        int base = stack.size();
        PyObject obj = eval(a.object());
        push(obj);
        PyObject method = null;
        // _PyObject_GetMethod's shortcut is only for PyObject_GenericGetAttr: a class's own
        // __getattribute__ is asked for the method (a bound method, unpacked by CALL).
        if (obj instanceof PyInstance inst && !instanceDicts.has(inst, a.name())
                && !(inst.cls.lookup("__getattribute__") instanceof PyFunction)
                && inst.cls.lookup(a.name()) instanceof PyFunction fn) {
            method = fn;
        }
        if (method != null) {
            heap.incref(method);
            stack.add(base, method);
            List<PyObject> args = evalArgs(e);
            Map<String, PyObject> kwargs = evalKeywords(e);
            precall(e, method, 1); // a method: PRECALL_PYFUNC, only the site's state changes
            stack.truncate(base);
            args.add(0, obj);
            return callFunction((PyFunction) method, args, kwargs, method);
        }
        if (obj instanceof PyInstance || obj instanceof PyClass || obj instanceof PySuper) {
            // The lookup holds obj (a property or __getattr__ declares it while Python code runs).
            pop();
            PyObject callee;
            try {
                callee = getAttrOf(obj, a.name());
            } finally {
                heap.decref(obj);
            }
            push(callee);
            List<PyObject> args = evalArgsFor(callee, e);
            Map<String, PyObject> kwargs = evalKeywords(e);
            Specializer.Precall run = precall(e, callee, 0);
            if (run == Specializer.Precall.STR_1) return builtinImpl.strWithoutArgumentTuple(args);
            return finishCall(base, callee, args, kwargs, run);
        }
        // A builtin method (list.append, gc.collect...): self stays on the stack during the call.
        List<PyObject> args = evalNativeArgs(e);
        Map<String, PyObject> kwargs = evalKeywords(e);
        boolean checked = RecursionCounter.methodCallChecks(e.cache(), obj, a.name(), frame().code.isQuickened());
        if (checked) recursion.enter(RecursionCounter.CALL);
        try {
            if (obj instanceof PyGenerator g) return generatorMethod(g, a.name(), args);
            return builtinImpl.callMethod(obj, a.name(), args, kwargs);
        } catch (ClassCastException | IndexOutOfBoundsException wrongArguments) {
            throw badArguments(a.name());
        } catch (PyRaise failed) {
            if (isMethodLookupFailure(failed, a.name())) exceptions.attributeErrorContext(failed, obj, a.name());
            throw failed;
        } finally {
            if (checked) recursion.leave();
        }
    }

    /**
     * Did a builtin method call fail at LOAD_METHOD (the type has no such method), rather than inside
     * the method? The lookup's own error is still a native one carrying CPython's message.
     */
    private static boolean isMethodLookupFailure(PyRaise e, String name) {
        return e.exception == null && e.type.equals("AttributeError") && e.pyMessage.endsWith(" has no attribute '" + name + "'");
    }

    /** The methods {@link #generatorMethod} answers; the checker's catalogue lists them with the types' tables. */
    static final java.util.Set<String> GENERATOR_METHODS = java.util.Set.of("send", "close", "throw", "__next__");

    /** send, close and __next__ of a generator; StopIteration carries the value the body returned. */
    PyObject generatorMethod(PyGenerator g, String name, List<PyObject> args) {
        PyObject v;
        switch (name) {
            case "close" -> {
                generators.close(g);
                return values.none;
            }
            case "send" -> {
                if (args.size() != 1) throw new PyRaise("TypeError", "generator.send() takes exactly one argument (" + args.size() + " given)");
                v = generators.send(g, heap.newRef(args.get(0)));
            }
            case "__next__" -> v = generators.send(g, null);
            case "throw" -> v = generators.throwInto(g, exceptions.thrown(args));
            default -> throw new PyRaise("AttributeError", "'generator' object has no attribute '" + name + "'");
        }
        if (v != null) return v;
        PyObject r = generators.takeReturned();
        if (r instanceof PyNone) throw new PyRaise("StopIteration", "");
        throw PyRaise.withArg("StopIteration", ops.str(r), r); // args is (value,), as StopIteration(value)
    }

    /** Builtins trust their argument types; a wrong one becomes a TypeError rather than an engine failure. */
    private static PyRaise badArguments(String name) {
        return new PyRaise("TypeError", name + "() got arguments of the wrong number or type");
    }

    /** The arguments for this callee: {@link #finishCall} gives a Python callee a mutable list, C a read-only one. */
    private List<PyObject> evalArgsFor(PyObject callee, Expr.Call e) {
        return callee instanceof PyFunction || callee instanceof PyBoundMethod ? evalArgs(e) : evalNativeArgs(e);
    }

    /**
     * The arguments of a call into C (a builtin, a builtin method, a class), pushed as always and
     * handed over read-only: C callees only read them (a Python callee gets evalArgs's list, where
     * self goes in front). One or two arguments, most calls (items.append(i), len(x)), travel in
     * List.of's two-slot list, half the bytes of an ArrayList and its array; a loop that keeps
     * what it makes pays for every byte it allocates in the JVM's young collections.
     */
    private List<PyObject> evalNativeArgs(Expr.Call e) {
        List<Expr> exprs = e.args();
        switch (exprs.size()) {
            case 0:
                return List.of();
            case 1: {
                PyObject v = eval(exprs.get(0));
                push(v);
                return List.of(v);
            }
            case 2: {
                PyObject v = eval(exprs.get(0));
                push(v);
                PyObject w = eval(exprs.get(1));
                push(w);
                return List.of(v, w);
            }
            default:
                return evalArgs(e);
        }
    }

    private List<PyObject> evalArgs(Expr.Call e) {
        List<Expr> exprs = e.args();
        List<PyObject> args = new ArrayList<>(exprs.size() + 1); // + 1: a bound method's self goes in front
        for (int i = 0; i < exprs.size(); i++) {
            PyObject v = eval(exprs.get(i));
            push(v);
            args.add(v);
        }
        return args;
    }

    private Map<String, PyObject> evalKeywords(Expr.Call e) {
        // Most calls have none: one shared empty map (callees only read keywords) instead of a new one a call.
        if (e.keywords().isEmpty()) return java.util.Collections.emptyMap();
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
        if (!(func instanceof PyFunction)) return callOwnedNative(func, args, kwargs);
        return callFunction((PyFunction) func, args, kwargs, func);
    }

    /**
     * A bound method over a C callable (an lru_cache wrapper): method_vectorcall passes self and the
     * arguments on, which stay on the stack, as the callable does, until it returns.
     */
    private PyObject callOwnedNative(PyObject func, List<PyObject> args, Map<String, PyObject> kwargs) {
        int base = stack.size();
        push(func);
        args.forEach(this::push);
        kwargs.values().forEach(this::push);
        try {
            return callNative(func, args, kwargs);
        } finally {
            while (stack.size() > base) heap.decref(pop());
        }
    }

    /** A call through C (classes, builtins, weak references): everything is borrowed. */
    PyObject callNative(PyObject callee, List<PyObject> args, Map<String, PyObject> kwargs) {
        return callNative(callee, args, kwargs, null);
    }

    /** A call of anything but a Python function, from a call site whose PRECALL ran as run (null: generic, or from C). */
    private PyObject callNative(PyObject callee, List<PyObject> args, Map<String, PyObject> kwargs, Specializer.Precall run) {
        boolean checked = RecursionCounter.callChecks(callee, run);
        if (checked) recursion.enter(RecursionCounter.CALL);
        try {
            return callNativeChecked(callee, args, kwargs);
        } finally {
            if (checked) recursion.leave();
        }
    }

    private PyObject callNativeChecked(PyObject callee, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (callee instanceof PyClass cls && cls.metaclass != null && cls.metaclass.lookup("__call__") instanceof PyFunction call) {
            return metaclassCall(cls, call, args, kwargs);
        }
        if (callee instanceof PyClass cls && typedDicts.is(cls)) return typedDicts.call(args, kwargs);
        if (callee instanceof PyClass cls) {
            // C(*t), C(a, *t): CALL_FUNCTION_EX hands type_call its own tuple (an exact *t is passed as it is).
            // With keywords (C(a, **d)) the packed tuple instantiate makes stands for the references
            // slot_tp_init's _PyStack_UnpackDict holds (measured exact), so that path stays.
            if (kwargs.isEmpty() && calledWithStars(cls)) return instantiate(cls, args, kwargs, true, starCall.tuple);
            return instantiate(cls, args, kwargs, false);
        }
        if (callee instanceof PyInstance inst && kwargs.isEmpty()) {
            PyObject r = builtinImpl.types.instances().call(inst, args);
            if (r != null) return r;
        }
        if (callee instanceof PyWeakref w && !(w instanceof PyProxy) && !(w instanceof PyWeakMethod) && args.isEmpty() && kwargs.isEmpty()) {
            return w.referent == null ? values.none : heap.newRef(w.referent);
        }
        if (callee instanceof PyBuiltin b) {
            // Python code a builtin calls (sum's __add__, sorted's __lt__) runs while C temporaries are live.
            nested++;
            try {
                return builtinImpl.call(b, args, kwargs);
            } catch (ClassCastException | IndexOutOfBoundsException wrongArguments) {
                throw badArguments(b.name);
            } finally {
                nested--;
            }
        }
        PyObject r = builtinImpl.types.of(callee).call(callee, args, kwargs);
        if (r != null) return r;
        throw new PyRaise("TypeError", "'" + callee.typeName() + "' object is not callable");
    }

    /**
     * type_call: a heap type is called through a tuple of the arguments (_PyObject_MakeTpCall), and
     * __init__ receives copies of them after self. The caller's stack still holds the arguments.
     */
    PyObject instantiate(PyClass cls, List<PyObject> args, Map<String, PyObject> kwargs, boolean tupleGiven) {
        return instantiate(cls, args, kwargs, tupleGiven, null);
    }

    /**
     * type_call with the caller's own argument tuple (PyObject_Call from C code or CALL_FUNCTION_EX
     * with a tuple): an exception's BaseException_new keeps that very tuple as its args.
     */
    PyObject instantiate(PyClass cls, List<PyObject> args, Map<String, PyObject> kwargs, boolean tupleGiven, PyTuple given) {
        boolean dictGiven = keywordDictGiven;
        keywordDictGiven = false;
        if (cls.enumKind != null) return enums.call(cls, args, kwargs);
        if (cls.derivesFromType) return metaclassConstruction.callFromProgram(cls, args, kwargs);
        // collections.abc's concrete classes (KeysView, ItemsView...) called themselves need their methods too.
        if (cls.abcMeta && abcChecks.isLibrary(cls)) abcChecks.mixinsFor(List.of(cls));
        int base = stack.size();
        PyTuple argTuple = null;
        // A plain class whose __init__ is a Python function, called with keywords: _PyObject_MakeTpCall
        // packs them into a dict (unless the call had one already: f(**d), PyObject_Call from C),
        // and slot_tp_init's _PyStack_UnpackDict makes a tuple of their names for the call.
        PyObject initFound = cls.lookup("__init__");
        boolean unpacksKeywords = !kwargs.isEmpty() && initFound instanceof PyFunction && cls.namedBase == null
                && !ExceptionClasses.isException(cls) && !BuiltinBases.VALUES.contains(String.valueOf(cls.builtinBase))
                && !(cls.lookup("__new__") instanceof PyDescriptor);
        boolean packsKeywords = unpacksKeywords && !dictGiven;
        if (packsKeywords) heap.countUnmodelledAllocation(Heap.FreeList.DICT, 0);
        try {
            if (!args.isEmpty() && !tupleGiven) {
                for (PyObject a : args) heap.incref(a);
                argTuple = heap.alloc(new PyTuple(args.toArray(new PyObject[0])));
                push(argTuple);
            }
            PyObject init = cls.lookup("__init__");
            boolean exception = ExceptionClasses.isException(cls);
            boolean group = exception && exceptions.groups.isGroupClass(cls);
            if (exception && !group && !kwargs.isEmpty() && !(init instanceof PyFunction)) exceptions.classes.checkKeywords(cls, kwargs);
            PyObject userNew = cls.lookup("__new__");
            PyInstance inst;
            if (userNew instanceof PyDescriptor d && d.fget instanceof PyFunction newFn) {
                // slot_tp_new: __new__(cls, *args, **kwargs); __init__ runs only on an instance of cls.
                PyObject made = callPrepended(newFn, cls, args, kwargs);
                if (!(made instanceof PyInstance mi) || !mi.cls.isSubclassOf(cls)) return made;
                inst = mi;
                if (exception && inst.exc != null && !(init instanceof PyFunction)) {
                    // type_call then runs BaseException_init (BaseExceptionGroup_init: no keywords), which keeps the call's tuple as args.
                    if (group && !kwargs.isEmpty()) {
                        heap.decref(inst);
                        throw new PyRaise("TypeError", cls.name + "() takes no keyword arguments");
                    }
                    PyObject kept = argTuple != null ? argTuple : given != null ? given : values.emptyTuple;
                    PyObject old = inst.exc.args;
                    inst.exc.args = heap.newRef(kept);
                    heap.decref(old);
                }
            } else if (cls.namedBase != null) {
                inst = namedSubclasses.make(cls, args, kwargs);
            } else if (BuiltinBases.VALUES.contains(String.valueOf(cls.builtinBase))) {
                // int, float, str, tuple: the type's own __new__ makes the instance with its value.
                inst = valueInstances.make(cls, args, kwargs);
            } else if (BuiltinBases.WEAKREF.equals(cls.builtinBase)) {
                // weakref___new__ reads (object, callback) from the argument tuple and ignores the keywords.
                inst = builtinImpl.weakrefModule().subclassInstance(cls, args);
            } else if (group) {
                // BaseExceptionGroup_new checks its two arguments and keeps the call's tuple as args.
                PyObject kept = argTuple != null ? argTuple : given != null ? given : values.emptyTuple;
                inst = exceptions.groups.make(cls, (PyTuple) kept, kwargs);
            } else if (exception) {
                // BaseException_new keeps the call's argument tuple as args.
                PyObject kept = argTuple != null ? argTuple : given != null ? given : values.emptyTuple;
                inst = exceptions.classes.instance(cls, heap.newRef(kept));
                if (!(init instanceof PyFunction)) exceptions.classes.keywordMembers(inst, kwargs);
            } else {
                // object_new: excess arguments are refused before the abstract-class check and the allocation.
                if (!(userNew instanceof PyDescriptor) && !(init instanceof PyFunction) && cls.builtinBase == null
                        && (!args.isEmpty() || !kwargs.isEmpty())) {
                    if (!protocolClasses.inheritsPlaceholderInit(cls)) throw new PyRaise("TypeError", cls.name + "() takes no arguments");
                    // A protocol's _no_init_or_replace_init is the __init__: object_new lets the arguments
                    // pass, then it refuses a protocol or calls object.__init__ with them.
                    protocolClasses.checkInstantiation(cls);
                    throw new PyRaise("TypeError", cls.name + ".__init__() takes exactly one argument (the instance to initialize)");
                }
                inst = newInstance(cls);
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
                if (unpacksKeywords) heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, kwargs.size());
                int held = stack.size();
                if (unpacksKeywords) holdUnpackedKeywordCall(inst, args, kwargs, packsKeywords);
                PyObject r;
                try {
                    r = callFunction(fn, initArgs, kw, fn);
                } finally {
                    while (stack.size() > held) heap.decref(pop());
                    if (unpacksKeywords) heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, kwargs.size());
                }
                pop();
                if (!(r instanceof PyNone)) {
                    heap.decref(r);
                    heap.decref(inst);
                    throw new PyRaise("TypeError", "__init__() should return None, not '" + r.typeName() + "'");
                }
            } else if (inst.body instanceof PyWeakref) {
                // weakref___init__ parses the same arguments again and does nothing more; type_call frees the instance if it fails.
                push(inst);
                WeakrefModule.checkInitArguments(args, kwargs);
                pop();
            } else if (inst.body != null && init == null && !inst.holdsValue()) {
                // list.__init__, dict.__init__, set.__init__ fill the instance's builtin part.
                push(inst);
                heap.decref(builtinImpl.slotWrappers.init(inst.cls.builtinBase, inst, args, kwargs));
                pop();
            }
            return inst;
        } finally {
            while (stack.size() > base) heap.decref(pop());
            if (packsKeywords) heap.countUnmodelledDeallocation(Heap.FreeList.DICT, 0);
        }
    }

    /**
     * The references a class call with keywords holds while its __init__ runs: the dict
     * _PyObject_MakeTpCall packs the keyword values into (unless the call brought one), and the
     * array _PyStack_UnpackDict fills for the vectorcall with self, the positional arguments and the
     * keyword values. Each is pushed (owned) and released by the caller after the call.
     */
    private void holdUnpackedKeywordCall(PyInstance inst, List<PyObject> args, Map<String, PyObject> kwargs, boolean packed) {
        if (packed) kwargs.values().forEach(v -> push(heap.newRef(v)));
        push(heap.newRef(inst));
        // With a dict brought by f(*a, **d), the argument tuple is CALL_FUNCTION_EX's own, which the
        // lab keeps beside the caller's stack: that second reference stands for the array's.
        if (packed) args.forEach(a -> push(heap.newRef(a)));
        kwargs.values().forEach(v -> push(heap.newRef(v)));
    }

    /**
     * Set just before a class is called with keywords already in a dict (CALL_FUNCTION_EX's, or
     * C code's PyObject_Call): type_call gets that dict and makes none of its own.
     */
    boolean keywordDictGiven;

    /**
     * slot_tp_call: a class whose metaclass defines __call__ is called through a tuple of the
     * arguments (_PyObject_MakeTpCall: a heap metaclass has no vectorcall), and the metaclass's
     * __call__ gets the class first, then the arguments.
     */
    private PyObject metaclassCall(PyClass cls, PyFunction call, List<PyObject> args, Map<String, PyObject> kwargs) {
        int base = stack.size();
        try {
            if (!args.isEmpty()) {
                for (PyObject a : args) heap.incref(a);
                push(heap.alloc(new PyTuple(args.toArray(new PyObject[0]))));
            }
            return callPrepended(call, cls, args, kwargs);
        } finally {
            while (stack.size() > base) heap.decref(pop());
        }
    }

    /** _PyObject_Call_Prepend: fn(first, *args, **kwargs), the callee getting its own references to all (borrowed here). */
    PyObject callPrepended(PyFunction fn, PyObject first, List<PyObject> args, Map<String, PyObject> kwargs) {
        List<PyObject> all = new ArrayList<>();
        all.add(heap.newRef(first));
        for (PyObject a : args) all.add(heap.newRef(a));
        Map<String, PyObject> kw = new java.util.LinkedHashMap<>();
        kwargs.forEach((k, v) -> kw.put(k, heap.newRef(v)));
        heap.incref(fn);
        return callFunction(fn, all, kw, fn);
    }

    /** object_new: a new, empty instance of the class. */
    PyInstance newInstance(PyClass cls) {
        // Only object_new checks: list, dict and set make their instances without asking (as in CPython).
        if (cls.abstractMethods != null && !cls.abstractMethods.isEmpty() && cls.builtinBase == null) {
            // object_new sorts the names in a new list (PySequence_List) to word its error.
            heap.decref(heap.alloc(new PyList(new ArrayList<>(cls.abstractMethods.size()), 0)));
            throw AbcModule.cannotInstantiate(cls);
        }
        protocolClasses.checkInstantiation(cls);
        heap.incref(cls);
        PyInstance inst = heap.alloc(new PyInstance(cls));
        if (BuiltinBases.ORDERED_DICT.equals(cls.builtinBase)) {
            inst.body = new PyOrderedDict(heap);
            inst.body.generation = PyInstance.INSIDE_INSTANCE;
        }
        return inst;
    }

    /** object.__new__(cls, ...) as a program calls it (directly or through super()). */
    PyObject objectNew(List<PyObject> args, Map<String, PyObject> kwargs) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "object.__new__(): not enough arguments");
        if (!(args.get(0) instanceof PyClass cls)) {
            throw new PyRaise("TypeError", "object.__new__(X): X is not a type object (" + args.get(0).typeName() + ")");
        }
        if (ExceptionClasses.isException(cls)) {
            throw new PyRaise("TypeError", "object.__new__(" + cls.name + ") is not safe, use BaseException.__new__()");
        }
        if (BuiltinBases.VALUES.contains(String.valueOf(cls.builtinBase))) {
            // tp_new_wrapper names the first class up the chain whose __new__ is not a Python function.
            String safe = cls.mro.stream().filter(c -> !(c.dict.getStr("__new__") instanceof PyDescriptor)).map(c -> c.name)
                    .findFirst().orElse(cls.builtinBase);
            throw new PyRaise("TypeError", "object.__new__(" + cls.name + ") is not safe, use " + safe + ".__new__()");
        }
        if (args.size() > 1 || !kwargs.isEmpty()) {
            if (cls.lookup("__new__") instanceof PyDescriptor) {
                throw new PyRaise("TypeError", "object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (!(cls.lookup("__init__") instanceof PyFunction)) throw new PyRaise("TypeError", cls.name + "() takes no arguments");
        }
        return newInstance(cls);
    }

    /**
     * Runs a Python function. args (positional, owned) and kwargs (owned) move into the new
     * frame's locals; fnRef is an owned reference to the function the frame holds until it ends.
     */
    PyObject callFunction(PyFunction fn, List<PyObject> args, Map<String, PyObject> kwargs, PyObject fnRef) {
        Frame f = new Frame(fn.qualname, fn.globals, fn.scope, fnRef);
        try {
            binder.bind(fn, f.locals, args, kwargs);
        } catch (RuntimeException ex) {
            clearFrame(f);
            throw ex;
        }
        return runFunction(fn, f);
    }

    /** The rest of a call once the arguments are in the frame's locals: recursion check, cells, the body. */
    private PyObject runFunction(PyFunction fn, Frame f) {
        Scope scope = f.scope;
        try {
            recursion.check(RecursionCounter.FRAME);
        } catch (PyRaise tooDeep) {
            clearFrame(f);
            throw tooDeep;
        }
        startFrame(f, fn);
        if (scope.isGenerator()) {
            f.ownedByGenerator = true;
            return generators.create(f, generators.stackDepth(fn.def), () -> {
                scope.warmUp(); // RESUME runs when the body starts, not at the call (RETURN_GENERATOR comes first)
                block(fn.def.body());
                return values.none;
            });
        }
        frames.add(f);
        scope.warmUp(); // RESUME
        if (tracer != null) tracer.call(fn.def.token().line(), fn.qualname);
        int callerLine = line;
        PyObject result = values.none;
        try {
            PyObject returned = runBody(fn.def.body());
            if (returned != null) result = returned;
        } catch (ControlFlow.Return r) {
            result = r.value;
        } catch (PyRaise e) {
            // A traceback entry holds the frame object, which takes the locals over as the frame ends.
            exceptions.traceHere(e, f);
            frames.remove(frames.size() - 1);
            if (ExceptionHandling.catchable(e)) clearFrame(f);
            throw e;
        } catch (RuntimeException | Error stop) {
            frames.remove(frames.size() - 1);
            throw stop;
        }
        frames.remove(frames.size() - 1);
        line = callerLine;
        push(result);
        clearFrame(f);
        pop();
        if (tracer != null) tracer.returned(f.line, fn.qualname);
        return result;
    }

    private final ArgumentBinder binder = new ArgumentBinder(values);

    /**
     * COPY_FREE_VARS (the frame takes a reference to each cell of the function's closure), then
     * MAKE_CELL: a parameter read by an inner function moves into a cell, other cell variables start empty.
     */
    private void startFrame(Frame f, PyFunction fn) {
        Scope scope = f.scope;
        if (!scope.hasCells()) return; // nothing below to do, and freeVariables() copies a set
        List<String> frees = scope.freeVariables();
        for (int i = 0; i < frees.size(); i++) f.locals[f.slot(frees.get(i))] = heap.newRef(fn.closure.items[i]);
        for (int i = 0; i < f.locals.length; i++) {
            if (f.isCell(i) && !scope.isFree(f.varnames.get(i))) f.locals[i] = heap.alloc(new PyCell(f.locals[i]));
        }
    }

    /** _PyFrame_Clear: locals in co_localsplusnames order, then the function (unless a frame object takes them). */
    private void clearFrame(Frame f) {
        // Only a frame a traceback made a frame object for has anything for frameEnds to do (asked first: every call ends here).
        if (f.frameObject != null && exceptions.frameEnds(f, frames.isEmpty() ? null : frame())) return;
        for (int i = 0; i < f.locals.length; i++) {
            PyObject v = f.locals[i];
            f.locals[i] = null;
            if (v != null) heap.decref(v);
        }
        if (f.fLocals != null) {
            PyObject d = f.fLocals;
            f.fLocals = null;
            heap.decref(d);
        }
        if (f.function != null) heap.decref(f.function);
    }

    @Override
    public PyObject visitBinary(Expr.Binary e) {
        // Only literals fold: an operation on a name (n + 1, the commonest) is not worth asking about.
        PyObject folded = e.left() instanceof Expr.Name ? null : folded(e);
        if (folded != null) return folded;
        if (e.op() == TokenType.PERCENT && e.left() instanceof Expr.Constant) {
            Expr.FString f = percentFStrings.computeIfAbsent(e, x -> java.util.Optional.ofNullable(PercentAsFString.rewrite(e))).orElse(null);
            if (f != null) return visitFString(f);
        }
        int base = stack.size();
        PyObject l = eval(e.left());
        push(l);
        PyObject r = evalAfterPushed(e.right(), base, l);
        push(r); // both stay on the value stack while the operator runs (a user __add__ may run code)
        try {
            PyObject quick = smallIntSum(e.op(), l, r);
            return quick != null ? quick : ops.binary(e.op(), l, r);
        } finally {
            stack.truncate(base);
            heap.decref(l);
            heap.decref(r);
        }
    }

    /**
     * The right operand, the left one (owned, borrowed by the stack above base) waiting: when the
     * right one raises, the left one leaves the stack and is released here, so an operator method
     * that raises (`2 + other.shape` in a `__mul__` reached from another operator) leaves its
     * caller's value stack as it found it.
     */
    private PyObject evalAfterPushed(Expr right, int base, PyObject left) {
        try {
            return eval(right);
        } catch (RuntimeException | Error ex) {
            stack.truncate(base);
            heap.decref(left);
            throw ex;
        }
    }

    /**
     * + and - of two ints that fit a long: the int slot's own answer (no size limit can apply),
     * without the operator's general dispatch; null when the general path must answer (overflow too).
     */
    private PyObject smallIntSum(TokenType op, PyObject l, PyObject r) {
        if (op != TokenType.PLUS && op != TokenType.MINUS) return null;
        if (!(l instanceof PyInt x) || !(r instanceof PyInt y) || !x.fitsLong() || !y.fitsLong()) return null;
        return SmallIntOps.binary(values, op, x.longValue(), y.longValue());
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
            push(v);
            try {
                if (e.op() == TokenType.NOT) return values.bool(!ops.truthy(v));
                return ops.unary(e.op(), v);
            } finally {
                pop();
            }
        } finally {
            heap.decref(v);
        }
    }

    @Override
    public PyObject visitBoolOp(Expr.BoolOp e) {
        PyObject l = eval(e.left());
        push(l);
        boolean t;
        try {
            t = ops.truthy(l);
        } catch (RuntimeException ex) {
            heap.decref(l);
            throw ex;
        } finally {
            pop();
        }
        if (e.op() == TokenType.AND ? !t : t) return l;
        heap.decref(l);
        return eval(e.right());
    }

    @Override
    public PyObject visitCompare(Expr.Compare e) {
        PyObject left = eval(e.first());
        for (int i = 0; i < e.ops().size(); i++) {
            int base = stack.size();
            push(left);
            PyObject right = evalAfterPushed(e.rest().get(i), base, left);
            push(right);
            boolean last = i == e.ops().size() - 1;
            boolean r;
            PyObject result = null;
            try {
                if (richOnInstance(e.ops().get(i), left, right)) {
                    result = ops.richCompare(e.ops().get(i), left, right);
                    // The chain's last comparison is the expression's value as it is; a middle one is tested for truth.
                    r = last || heldTruth(result);
                } else {
                    r = compare(e.ops().get(i), left, right);
                }
            } catch (RuntimeException ex) {
                if (result != null) heap.decref(result);
                heap.decref(left);
                heap.decref(right);
                throw ex;
            } finally {
                pop();
                pop();
            }
            heap.decref(left);
            if (!r || last) {
                chainFailedEarly = !r && !last;
                heap.decref(right);
                return result != null ? result : values.bool(r);
            }
            if (result != null) heap.decref(result);
            left = right;
        }
        throw new IllegalStateException("unreachable");
    }

    /** A chain's middle result's truth; the result is held on the stack while its __bool__ runs. */
    private boolean heldTruth(PyObject result) {
        push(result);
        try {
            return ops.truthy(result);
        } finally {
            pop();
        }
    }

    /** A rich comparison where a program's class may answer with any object (its result is passed through). */
    private static boolean richOnInstance(String op, PyObject a, PyObject b) {
        return Ops.passesObjectThrough(a, b) && switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    boolean compare(String op, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            // Two ints (bools too) compare by value: what int's eq and order slots answer, without asking the types.
            Boolean r = intComparison(op, PyInt.compare(x, y));
            if (r != null) return r;
        }
        switch (op) {
            case "==": return ops.operatorEquals(a, b, false);
            case "!=": return ops.operatorEquals(a, b, true);
            case "is": return a == b;
            case "is not": return a != b;
            case "in": return builtinImpl.contains(b, a);
            case "not in": return !builtinImpl.contains(b, a);
            default: return ops.order(op, a, b);
        }
    }

    /** An equality or order operator's answer for two ints that compare as c; null for is and in, which are not about value. */
    private static Boolean intComparison(String op, int c) {
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            default -> null;
        };
    }

    @Override
    public PyObject visitListDisplay(Expr.ListDisplay e) {
        if (StarredDisplays.hasStar(e.elements())) return starred.list(e.elements());
        if (e.elements().size() > 2 && allConstant(e.elements())) {
            // Three or more constants compile to LIST_EXTEND of a constant tuple (the items are that
            // tuple's, which a for loop over an equal display shares): the list is sized like list_extend.
            PyTuple t = (PyTuple) visitTupleDisplay(new Expr.TupleDisplay(e.token(), e.elements()));
            ArrayList<PyObject> list = new ArrayList<>(List.of(t.items));
            for (PyObject o : t.items) heap.incref(o);
            heap.decref(t);
            PyList l = new PyList(list, list.size());
            l.allocated = (list.size() + 1) & ~1;
            return heap.alloc(l);
        }
        List<PyObject> items = evalAll(e.elements());
        return heap.alloc(new PyList(new ArrayList<>(items), items.size()));
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
        stack.truncate(base);
        return items;
    }

    @Override
    public PyObject visitTupleDisplay(Expr.TupleDisplay e) {
        if (e.elements().isEmpty()) return values.emptyTuple;
        if (StarredDisplays.hasStar(e.elements())) return starred.tuple(e.elements());
        Object c = ConstantFolder.fold(e);
        if (c != null) return constantTuple(e, c);
        List<PyObject> items = evalAll(e.elements());
        return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
    }

    /** The frozenset constant of a set display of constants (FrozensetConstants), a new reference. */
    private PyFrozenSet frozensetConstant(Expr.SetDisplay e) {
        List<Object> folded = new ArrayList<>();
        for (Expr x : e.elements()) folded.add(constantKey(ConstantFolder.fold(x)));
        return frozensetConstants.of(e, this::constantItem, x -> {
            Object value = ConstantFolder.fold(x);
            return sharedConstant(value) || constants.containsKey(constantKey(value));
        }, FrozensetConstants.key(folded));
    }

    /** An item of a constant container: no co_consts reference of its own (see tupleItemConstants). */
    private PyObject constantItem(Expr x) {
        boolean outer = makingConstantTuple;
        makingConstantTuple = true;
        try {
            return eval(x);
        } finally {
            makingConstantTuple = outer;
        }
    }

    /** A tuple the constant folder made ((1, 2) * 2): one constant per value, shared with an equal display's. */
    private PyObject foldedTuple(List<?> key) {
        // An operation's result ((x,) * 2): its items are also held by the operands the optimizer
        // folded, so they keep a constant's own references.
        return constantTuple(key, false, () -> {
            PyObject[] items = new PyObject[key.size() - 1];
            for (int i = 1; i < key.size(); i++) {
                Object part = key.get(i);
                items[i - 1] = constant(part instanceof List<?> f && "float".equals(f.get(0)) ? Double.longBitsToDouble((Long) f.get(1)) : part);
            }
            return items;
        });
    }

    private PyObject constantTuple(Expr.TupleDisplay e, Object key) {
        return constantTuple(key, true, () -> {
            List<PyObject> items = new ArrayList<>();
            for (Expr x : e.elements()) items.add(eval(x));
            return items.toArray(new PyObject[0]);
        });
    }

    /**
     * The constant tuple for key, made with its items on first use. CPython's compiler made it with the
     * code object, before the program ran: not counted by gc.get_count() after a collection (the
     * start-up estimate counts the compiler's objects). Held by co_consts and the compiler's cache, or,
     * as an item of another constant tuple, by the cache alone (see tupleItemConstants).
     */
    private PyObject constantTuple(Object key, boolean display, java.util.function.Supplier<PyObject[]> items) {
        PyObject t = constants.get(key);
        if (t == null) {
            boolean outer = makingConstantTuple;
            makingConstantTuple = display;
            PyObject[] made;
            try {
                made = items.get();
            } finally {
                makingConstantTuple = outer;
            }
            t = heap.allocPreexisting(new PyTuple(made));
            t.refcnt = outer ? 1 : 2;
            if (outer) tupleItemConstants.add(key);
            heap.trackConstantTuple(t);
            constants.put(key, t);
        } else if (!makingConstantTuple && tupleItemConstants.remove(key)) {
            heap.incref(t); // now in a code object's co_consts too
        }
        heap.incref(t);
        return t;
    }

    @Override
    public PyObject visitDictDisplay(Expr.DictDisplay e) {
        if (StarredDisplays.hasUnpacking(e)) return starred.dict(e);
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
        // BUILD_MAP: the items stay on the stack while the dict takes its own references (a key's
        // __hash__ runs with the key held by the stack), and leave it after.
        PyDict d = heap.alloc(new PyDict());
        d.presize(e.keys().size(), !kv.isEmpty() && kv.get(0) instanceof PyStr);
        builtinImpl.hold(d);
        try {
            for (int i = 0; i < kv.size(); i += 2) {
                PyObject old = d.put(heap.newRef(kv.get(i)), heap.newRef(kv.get(i + 1)), heap);
                maintainTracking(d, kv.get(i + 1));
                maintainTracking(d, kv.get(i));
                if (old != null) heap.decref(old);
            }
        } catch (RuntimeException ex) {
            // An unhashable key: the dict so far is freed, then the items.
            builtinImpl.unhold(d);
            heap.decref(d);
            while (stack.size() > base) heap.decref(pop());
            throw ex;
        }
        builtinImpl.unhold(d);
        while (stack.size() > base) heap.decref(pop());
        return d;
    }

    @Override
    public PyObject visitSetDisplay(Expr.SetDisplay e) {
        if (StarredDisplays.hasStar(e.elements())) return starred.set(e.elements());
        boolean constant = allConstant(e.elements());
        // fold_iter: iterated or tested with in, a display of constants is the frozenset constant itself.
        if (e.iterated() && constant) return frozensetConstant(e);
        if (e.elements().size() > 2 && constant) {
            // Three or more constants compile to a frozenset constant merged into an empty set:
            // members arrive in the frozenset's table order, into a table sized by set_merge.
            PyFrozenSet frozen = frozensetConstant(e);
            PySet s = heap.alloc(new PySet());
            List<PyObject> order = frozen.members();
            s.copyTableIfSameSize(frozen, order.size());
            for (PyObject o : order) s.add(heap.newRef(o), heap);
            heap.decref(frozen);
            return s;
        }
        List<PyObject> items = evalAll(e.elements());
        PySet s = heap.alloc(new PySet());
        // BUILD_SET keeps the items on the stack while it adds them, and the set is the C code's:
        // roots while an item's __hash__ or __eq__ runs Python code.
        builtinImpl.hold(s);
        items.forEach(builtinImpl::hold);
        for (int i = 0; i < items.size(); i++) {
            // set_add_entry takes a reference of its own as it starts (held while __eq__ runs); the
            // stack's is dropped after PySet_Add returns.
            try {
                s.add(heap.newRef(items.get(i)), heap);
            } catch (RuntimeException ex) {
                // An unhashable item (add released its reference): the set so far is freed, then the rest.
                builtinImpl.unhold(s);
                heap.decref(s);
                for (int j = i; j < items.size(); j++) {
                    builtinImpl.unhold(items.get(j));
                    heap.decref(items.get(j));
                }
                throw ex;
            }
            builtinImpl.unhold(items.get(i));
            heap.decref(items.get(i));
        }
        builtinImpl.unhold(s);
        return s;
    }

    /**
     * A comprehension is its own function in 3.11: the outermost iterable's iterator is passed in
     * as the argument '.0', and the container being built sits on that frame's stack. A generator
     * expression returns a generator that runs the loops when it is iterated.
     */
    @Override
    public PyObject visitListComp(Expr.ListComp e) {
        Scope scope = scopes.of(e);
        PyTuple closure = closureFor(scope);
        if (closure != null) push(closure);
        Stmt.FunctionDef def = new Stmt.FunctionDef(e.token(), e.kind().codeName, List.of(), List.of());
        PyDict frameGlobals = currentGlobals();
        heap.incref(frameGlobals);
        PyFunction fn = heap.alloc(new PyFunction(def, scope.qualname, frameGlobals, null));
        fn.scope = scope;
        if (closure != null) {
            pop();
            fn.closure = closure;
        }
        push(fn);
        PyObject it;
        try {
            PyObject iterable = eval(e.generators().get(0).iter());
            // GET_ITER runs with the iterable on the enclosing frame's stack (an __iter__ sees it held there).
            push(iterable);
            try {
                it = builtinImpl.getIter(iterable);
            } finally {
                pop();
                heap.decref(iterable);
            }
        } catch (RuntimeException | Error failed) {
            // The first iterable raised: unwinding the stack frees the function MAKE_FUNCTION made.
            pop();
            heap.decref(fn);
            throw failed;
        }
        pop();
        Frame f = new Frame(e.kind().codeName, globals, scope, fn);
        f.line = line;
        f.locals[0] = it;
        startFrame(f, fn);
        try {
            recursion.check(RecursionCounter.FRAME);
        } catch (PyRaise tooDeep) {
            clearFrame(f);
            throw tooDeep;
        }
        if (e.kind() == Expr.CompKind.GENERATOR) {
            f.ownedByGenerator = true;
            return generators.create(f, generators.stackDepth(e), () -> {
                scope.warmUp(); // RESUME, when the generator starts
                comprehension(e, 0, null, f.locals[0]);
                return values.none;
            });
        }
        frames.add(f);
        scope.warmUp(); // RESUME
        PyObject result = switch (e.kind()) {
            case SET -> heap.alloc(new PySet());
            case DICT -> heap.alloc(new PyDict());
            default -> heap.alloc(new PyList(new ArrayList<>(), 0));
        };
        push(result);
        int base = stack.size();
        try {
            comprehension(e, 0, result, it);
        } catch (RuntimeException ex) {
            while (stack.size() > base) heap.decref(pop());
            pop();
            heap.decref(result);
            if (ex instanceof PyRaise p) exceptions.traceHere(p, f);
            frames.remove(frames.size() - 1);
            clearFrame(f);
            throw ex;
        }
        pop();
        frames.remove(frames.size() - 1);
        push(result);
        clearFrame(f);
        pop();
        return result;
    }

    private void comprehension(Expr.ListComp e, int level, PyObject result, PyObject outerIter) {
        Expr.Comprehension gen = e.generators().get(level);
        PyObject it;
        if (level == 0) {
            it = outerIter;
        } else {
            PyObject iterable = eval(gen.iter());
            try {
                it = builtinImpl.getIter(iterable);
            } finally {
                heap.decref(iterable);
            }
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
                        chainFailedEarly &= cond instanceof Expr.Compare;
                        break;
                    }
                }
                // A failed test jumps straight back to FOR_ITER (POP_JUMP_BACKWARD_IF_FALSE, no warm-up),
                // except a comparison chain that fails before its last link, whose cleanup block ends
                // in the loop's JUMP_BACKWARD.
                if (!ok && !chainFailedEarly) continue;
                if (ok) {
                    if (level + 1 < e.generators().size()) {
                        comprehension(e, level + 1, result, null);
                    } else {
                        addElement(e, result);
                    }
                }
                jumpBackward();
            }
        } finally {
            if (level > 0) {
                stack.remove(stack.lastIndexOf(it));
                heap.decref(it);
            }
        }
    }

    /** LIST_APPEND, SET_ADD, MAP_ADD or YIELD_VALUE of one element. */
    private void addElement(Expr.ListComp e, PyObject result) {
        switch (e.kind()) {
            case LIST -> builtinImpl.append((PyList) result, eval(e.element()));
            case SET -> ((PySet) result).add(eval(e.element()), heap);
            case DICT -> {
                PyObject k = eval(e.element());
                push(k);
                PyObject v = eval(e.value());
                pop();
                PyDict d = (PyDict) result;
                PyObject old = d.put(k, v, heap);
                maintainTracking(d, v);
                maintainTracking(d, k);
                if (old != null) heap.decref(old);
            }
            case GENERATOR -> heap.decref(generators.yieldValue(eval(e.element())));
        }
    }

    @Override
    public PyObject visitIfExp(Expr.IfExp e) {
        return condition(e.condition()) ? eval(e.then()) : eval(e.otherwise());
    }

    @Override
    public PyObject visitLambda(Expr.Lambda e) {
        return makeFunction(e.def(), null);
    }

    /** YIELD_VALUE: hands the value to whoever resumed the generator; evaluates to what they send back. */
    @Override
    public PyObject visitYield(Expr.Yield e) {
        if (e.from()) return yieldFrom(e);
        PyObject v = e.value() == null ? values.none : eval(e.value());
        return generators.yieldValue(v);
    }

    /**
     * DICT_MERGE of f(**m) for a program's object that is not a dict: an object with keys() is a mapping
     * (its keys listed, then m[key] for each, straight into the call's keywords); others are CPython's TypeError.
     */
    private void keywordsFromMapping(PyObject callee, PyDict kw, Map<String, PyObject> kwargs, PyObject m) {
        PyList keys = builtinImpl.mappingKeys(m);
        if (keys == null) throw new PyRaise("TypeError", callableName(callee) + " argument after ** must be a mapping, not " + m.typeName());
        push(keys); // on the stack while m[key] runs the program's code
        try {
            for (PyObject key : List.copyOf(keys.items)) {
                if (!(key instanceof PyStr)) throw new PyRaise("TypeError", "keywords must be strings");
                PyObject value = builtinImpl.getItem(m, key);
                addKeyword(callee, kw, kwargs, heap.newRef(key), value);
            }
        } finally {
            stack.remove(stack.lastIndexOf(keys));
            heap.decref(keys);
        }
    }

    /**
     * yield from: the sub-iterator stays on the stack; values go out and sent values go in until it is
     * exhausted. An exception thrown in (gen.throw(), a @contextmanager's __exit__) goes on to a
     * sub-generator, as _gen_throw passes it: what that yields next is yielded here, its return value
     * ends the yield from, and what it raises is raised here. A plain iterator has no throw(), so the
     * exception is raised here at once; close() closes the sub-generator first.
     */
    private PyObject yieldFrom(Expr.Yield e) {
        PyObject it = pushIterator(e.value());
        try {
            PyObject sent = null;
            PyObject thrownOut = null;
            while (true) {
                PyObject v;
                if (thrownOut != null) {
                    v = thrownOut;
                    thrownOut = null;
                } else if (it instanceof PyGenerator g) {
                    v = generators.send(g, sent);
                } else {
                    if (sent != null) heap.decref(sent);
                    v = builtinImpl.next(it);
                }
                if (v == null) return it instanceof PyGenerator ? generators.takeReturned() : values.none;
                sent = null;
                try {
                    sent = generators.yieldValue(v);
                } catch (PyRaise ex) {
                    if (!(it instanceof PyGenerator g)) throw ex;
                    if (ex.type.equals("GeneratorExit")) {
                        generators.close(g);
                        throw ex;
                    }
                    thrownOut = generators.throwInto(g, ex);
                    if (thrownOut == null) return generators.takeReturned();
                    continue;
                }
                if (sent instanceof PyNone) sent = null;
            }
        } finally {
            stack.remove(stack.lastIndexOf(it));
            heap.decref(it);
        }
    }

    @Override
    public PyObject visitStarred(Expr.Starred e) {
        throw new IllegalStateException("unreachable: a starred expression outside a call");
    }

    /** COPY 1 then STORE: the name gets one reference, the expression's consumer the other. */
    @Override
    public PyObject visitNamedExpr(Expr.NamedExpr e) {
        PyObject value = eval(e.value());
        heap.incref(value);
        push(value);
        try {
            storeName(e.target().name(), value);
        } finally {
            pop();
        }
        return value;
    }

    @Override
    public PyObject visitUnsupported(Expr.Unsupported e) {
        throw new IllegalStateException("unreachable: the checker refuses " + e.what());
    }
}
