package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyGenerator;
import com.studyhall.simulation.heap.PyNone;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** Creating, resuming and closing generators (gen_send_ex, gen_close), on the interpreter's stacks. */
final class Generators {
    /** Suspended bodies each hold a thread: a program may keep at most this many at once. */
    static final int MAX_STARTED = 1_000;

    private final Interpreter in;
    private final Deque<GeneratorBody> running = new ArrayDeque<>();
    private final List<GeneratorBody> started = new ArrayList<>();
    /** The return value of the generator that finished last (StopIteration.value), owned. */
    private PyObject returned;
    /** Threads for generator bodies, reused: starting a thread costs about a millisecond. */
    private java.util.concurrent.ThreadPoolExecutor threads;
    private static final long STACK_BYTES = 64L << 20;

    /** offsetof(PyGenObject, gi_iframe) + offsetof(_PyInterpreterFrame, localsplus) on 64-bit 3.11. */
    private static final long FRAME_HEADER = 168;
    /** co_stacksize of each generator code, computed once per function or expression. */
    private final java.util.Map<Object, Integer> stackDepths = new java.util.IdentityHashMap<>();

    int stackDepth(com.studyhall.simulation.syntax.Stmt.FunctionDef def) {
        return stackDepths.computeIfAbsent(def, d -> StackDepth.ofFunction(def));
    }

    int stackDepth(com.studyhall.simulation.syntax.Expr.ListComp e) {
        return stackDepths.computeIfAbsent(e, d -> StackDepth.ofGeneratorExpression(e));
    }

    Generators(Interpreter in) {
        this.in = in;
    }

    /** RETURN_GENERATOR: the new generator takes over the frame (its locals and its function). */
    PyGenerator create(Frame frame, int stackDepth, Supplier<PyObject> code) {
        PyGenerator g = in.heap.alloc(new PyGenerator(frame.name, frame.locals, frame.varnames, frame.function));
        g.frameSize = FRAME_HEADER + 8L * (frame.locals.length + stackDepth);
        g.body = new GeneratorBody(g, frame, code);
        return g;
    }

    /** The value stacks of those who resumed the running bodies, innermost last. */
    private final Deque<ValueStack> pausedStacks = new ArrayDeque<>();

    /** Operands on the stacks of the code waiting for a running body: roots, as the running stack's are. */
    void forEachPausedOperand(java.util.function.Consumer<PyObject> visit) {
        for (ValueStack s : pausedStacks) for (PyObject o : s) visit.accept(o);
    }

    /** Where the running body's statements start in the scratch list (0 outside generators). */
    int scratchBase() {
        GeneratorBody b = running.peek();
        return b == null ? 0 : b.scratchBase;
    }

    /** Temporaries suspended bodies keep for the statement they stopped in: roots, as the running ones are. */
    void forEachSavedTemporary(java.util.function.Consumer<PyObject> visit) {
        for (GeneratorBody b : started) b.generator.savedScratch.forEach(visit);
    }

    /** The body running on the current thread. */
    GeneratorBody current() {
        return running.peek();
    }

    /** next(g) / g.send(v): the next yielded value (owned), or null when the generator is exhausted. */
    PyObject send(PyGenerator g, PyObject value) {
        if (g.state == PyGenerator.State.RUNNING) {
            if (value != null) in.heap.decref(value);
            throw new PyRaise("ValueError", "generator already executing");
        }
        if (!g.hasFrame()) {
            if (value != null) in.heap.decref(value);
            return null;
        }
        if (g.state == PyGenerator.State.CREATED && value != null && !(value instanceof PyNone)) {
            in.heap.decref(value);
            throw new PyRaise("TypeError", "can't send non-None value to a just-started generator");
        }
        return resume(g, new GeneratorBody.Send(value));
    }

    /** next(g) as a for loop does it: the value, or null when exhausted (the return value is dropped). */
    PyObject nextValue(PyGenerator g) {
        PyObject v = send(g, null);
        if (v == null) dropReturned();
        return v;
    }

    /** Takes the last finished generator's return value (None if it returned nothing). */
    PyObject takeReturned() {
        PyObject r = returned == null ? in.values.none : returned;
        returned = null;
        return r;
    }

    void dropReturned() {
        if (returned != null) in.heap.decref(returned);
        returned = null;
    }

    /**
     * gen.throw(exc): raised at the suspended yield, where the body may catch it and yield again or
     * return (StopIteration); a generator not yet started or already finished raises it at once (a
     * just-created one finishes first, as gen_send_ex's first-entry check does).
     */
    PyObject throwInto(PyGenerator g, PyRaise error) {
        if (g.state == PyGenerator.State.RUNNING) {
            discardThrown(error);
            throw new PyRaise("ValueError", "generator already executing");
        }
        if (g.state == PyGenerator.State.CREATED && g.hasFrame()) {
            g.state = PyGenerator.State.FINISHED;
            g.clearFrame(in.heap);
        }
        if (!g.hasFrame()) throw error;
        return resume(g, new GeneratorBody.Throw(error));
    }

    private void discardThrown(PyRaise error) {
        if (error.exception != null) in.heap.decref(error.exception);
        error.exception = null;
    }

    /** gen_close: a created generator just finishes; a suspended one gets GeneratorExit at its yield. */
    void close(PyGenerator g) {
        if (!g.hasFrame() || g.state == PyGenerator.State.RUNNING) return;
        if (g.state == PyGenerator.State.CREATED) {
            g.state = PyGenerator.State.FINISHED;
            g.clearFrame(in.heap);
            return;
        }
        PyObject v;
        try {
            v = resume(g, GeneratorBody.CLOSE);
        } catch (PyRaise e) {
            if (in.exceptions.is(e, "GeneratorExit") || in.exceptions.is(e, "StopIteration")) {
                in.exceptions.discard(e);
                return;
            }
            throw e;
        }
        dropReturned();
        if (v != null) {
            in.heap.decref(v);
            throw new PyRaise("RuntimeError", "generator ignored GeneratorExit");
        }
    }

    private PyObject resume(PyGenerator g, Object message) {
        GeneratorBody b = (GeneratorBody) g.body;
        in.recursion.check(RecursionCounter.FRAME);
        if (!b.started()) {
            if (started.size() >= MAX_STARTED) {
                throw new StopRun("LiveObjectLimitExceeded", "the program keeps more than " + MAX_STARTED
                        + " generators suspended at once");
            }
            started.add(b);
        }
        ValueStack resumer = in.stack;
        b.stack.addAll(g.savedStack);
        g.savedStack.clear();
        List<PyObject> scratch = in.builtinImpl.scratch;
        b.scratchBase = scratch.size();
        scratch.addAll(g.savedScratch);
        g.savedScratch.clear();
        in.frames.add(b.frame);
        int callerLine = in.line;
        g.state = PyGenerator.State.RUNNING;
        running.push(b);
        pausedStacks.push(resumer);
        in.stack = b.stack;
        Object r;
        try {
            r = b.resume(message, threads());
        } finally {
            in.stack = resumer;
            pausedStacks.pop();
            running.pop();
            in.frames.remove(in.frames.size() - 1);
            in.line = callerLine;
        }
        if (r instanceof GeneratorBody.Yielded y) {
            List<PyObject> held = b.stack.subList(0, b.stack.size());
            g.savedStack.addAll(held);
            held.clear();
            List<PyObject> temporaries = scratch.subList(b.scratchBase, scratch.size());
            g.savedScratch.addAll(temporaries);
            temporaries.clear();
            g.state = PyGenerator.State.SUSPENDED;
            return y.value();
        }
        while (b.stack.size() > 0) in.heap.decref(b.stack.pop());
        started.remove(b);
        g.state = PyGenerator.State.FINISHED;
        // close()'s GeneratorExit is cleared before anything sees its traceback (CPython never even
        // makes its instance): no entry, the locals go with the frame.
        boolean closing = message == GeneratorBody.CLOSE;
        if (r instanceof GeneratorBody.Failed failed && failed.error() instanceof PyRaise raised
                && !(closing && in.exceptions.is(raised, "GeneratorExit"))) {
            in.exceptions.traceLeavingGenerator(raised, b.frame);
            // _PyFrame_Clear: a frame object the traceback holds takes the locals and the function over.
            if (b.frame.frameObject != null && in.exceptions.frameEnds(b.frame, in.frames.isEmpty() ? null : in.frame())) {
                g.handFrameOver();
            }
        }
        g.clearFrame(in.heap);
        if (r instanceof GeneratorBody.Returned ret) {
            dropReturned();
            returned = ret.value();
            return null;
        }
        Throwable error = ((GeneratorBody.Failed) r).error();
        if (error instanceof PyRaise p && in.exceptions.is(p, "StopIteration")) {
            // gen_send_ex2's _PyErr_FormatFromCause: the StopIteration stays as __cause__ and __context__.
            throw in.exceptions.fromCause(p, "generator raised StopIteration");
        }
        if (error instanceof RuntimeException re) throw re;
        throw (Error) error;
    }

    /** Called by the body at a yield: hands the value out; returns what was sent in (owned). */
    PyObject yieldValue(PyObject value) {
        GeneratorBody b = current();
        Object message = b.yieldValue(value);
        if (message instanceof GeneratorBody.Send s) {
            b.frame.code.warmUp(); // the RESUME after YIELD_VALUE (throw() and close() raise before it)
            return s.value() == null ? in.values.none : s.value();
        }
        if (message instanceof GeneratorBody.Throw t) throw t.error();
        throw new PyRaise("GeneratorExit", "");
    }

    private java.util.concurrent.Executor threads() {
        if (threads == null) {
            java.util.concurrent.ThreadFactory factory = task -> {
                Thread t = new Thread(null, task, "generator", STACK_BYTES);
                t.setDaemon(true);
                return t;
            };
            threads = new java.util.concurrent.ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, java.util.concurrent.TimeUnit.SECONDS,
                    new java.util.concurrent.SynchronousQueue<>(), factory);
        }
        return threads;
    }

    /** The run is over: bodies still suspended unwind without touching the result, and the threads end. */
    void abandonAll() {
        for (GeneratorBody b : new ArrayList<>(started)) b.abandon();
        started.clear();
        if (threads != null) threads.shutdown();
    }
}
