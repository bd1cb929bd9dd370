package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyGenerator;
import com.studyhall.simulation.heap.PyObject;
import java.util.concurrent.SynchronousQueue;
import java.util.function.Supplier;

/**
 * The suspended body of one generator. A tree-walking interpreter keeps its place in the Java call
 * stack, so each started generator body runs on its own thread, with a strict hand-off: the
 * resuming thread blocks until the body yields or finishes, so exactly one thread runs the program
 * at any moment and every run stays deterministic.
 */
final class GeneratorBody {
    /** Messages to the body. */
    record Send(PyObject value) { }
    record Throw(RuntimeException error) { }
    static final Object CLOSE = new Object();
    /** The run is over: unwind without running any more of the program. */
    static final Object ABANDON = new Object();

    /** Messages back to the resumer. */
    record Yielded(PyObject value) { }
    record Returned(PyObject value) { }
    record Failed(Throwable error) { }

    /** Thrown inside an abandoned body to unwind its Java stack. */
    static final class Abandoned extends Error {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    final PyGenerator generator;
    final Frame frame;
    /**
     * Where this body's statements start in the scratch list while it runs: the consumer's
     * temporaries (the values list(gen) or dict(gen) has pulled so far) lie below it, and a statement
     * the body began before a yield must not release them when it ends after the resume.
     */
    int scratchBase;
    /**
     * The body's own value stack, the interpreter's while the body runs: positions an expression
     * noted before a yield (a call's base, a for loop's iterator) are still right after the resume,
     * however deep the stack of whoever resumes it is.
     */
    final ValueStack stack = new ValueStack();
    private final Supplier<PyObject> code;
    private final SynchronousQueue<Object> toBody = new SynchronousQueue<>();
    private final SynchronousQueue<Object> toResumer = new SynchronousQueue<>();
    private boolean started;
    private volatile boolean finished;

    GeneratorBody(PyGenerator generator, Frame frame, Supplier<PyObject> code) {
        this.generator = generator;
        this.frame = frame;
        this.code = code;
    }

    boolean started() {
        return started;
    }

    /** Hands the message to the body (started on a pooled thread the first time) and waits for it to yield or finish. */
    Object resume(Object message, java.util.concurrent.Executor threads) {
        if (!started) {
            started = true;
            threads.execute(this::runBody);
        }
        put(toBody, message);
        return take(toResumer);
    }

    /** Called by the body: hands a value out and waits to be resumed. */
    Object yieldValue(PyObject value) {
        put(toResumer, new Yielded(value));
        Object message = take(toBody);
        if (message == ABANDON) throw new Abandoned();
        return message;
    }

    /** Ends a body that will never be resumed (the run is over). */
    void abandon() {
        if (!started || finished) return;
        try {
            toBody.offer(ABANDON, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runBody() {
        try {
            runToEnd();
        } catch (Abandoned a) {
            // the run is over
        } finally {
            finished = true;
        }
    }

    private void runToEnd() {
        Object first = take(toBody);
        Object result;
        try {
            if (first == ABANDON) return;
            if (first instanceof Throw t) throw t.error();
            if (first == CLOSE) throw new Abandoned();
            result = new Returned(code.get());
        } catch (Abandoned a) {
            return;
        } catch (ControlFlow.Return r) {
            result = new Returned(r.value);
        } catch (RuntimeException | StackOverflowError e) {
            result = new Failed(e);
        }
        put(toResumer, result);
    }

    private static void put(SynchronousQueue<Object> q, Object o) {
        try {
            q.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    private static Object take(SynchronousQueue<Object> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }
}
