package com.studyhall.simulation;

import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.resolve.Resolver;
import com.studyhall.simulation.resolve.Scopes;
import com.studyhall.simulation.runtime.Interpreter;
import com.studyhall.simulation.runtime.StopRun;
import com.studyhall.simulation.syntax.Checker;
import com.studyhall.simulation.syntax.Parser;
import com.studyhall.simulation.syntax.Scanner;
import com.studyhall.simulation.syntax.Stmt;
import com.studyhall.simulation.syntax.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine's entry point: scan, parse, check, then run in the CPython 3.11 memory model.
 * Thread-safe: every run has its own state, on a pooled thread with a large stack.
 */
public final class Simulator {
    private static final long STACK_BYTES = 512L << 20;
    private static final long IDLE_WORKER_SECONDS = 30;

    /**
     * The threads runs execute on, kept between runs: starting a thread with a 512 MB stack cost
     * about 0.4 ms of CPU here (mapping and guarding the stack), a fifth of a small recursive
     * program's whole run. The threads hold no program state (each run makes its own
     * interpreter), so every Simulator shares them; made on first use, and one idle for
     * IDLE_WORKER_SECONDS ends (with it the stack pages a deep run touched).
     */
    private static final class Workers {
        static final java.util.concurrent.atomic.AtomicLong STARTED = new java.util.concurrent.atomic.AtomicLong();
        static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_WORKER_SECONDS, TimeUnit.SECONDS,
                new SynchronousQueue<>(), task -> {
                    STARTED.incrementAndGet();
                    Thread t = new Thread(null, task, "simulation", STACK_BYTES);
                    t.setDaemon(true);
                    return t;
                });
    }

    /** How many worker threads the runs of this JVM have started so far (PooledWorkersTest). */
    static long workerThreadsStarted() {
        return Workers.STARTED.get();
    }

    /** How many worker threads are running a program now (a run given up on may still be stopping). */
    static int busyWorkerThreads() {
        return Workers.POOL.getActiveCount();
    }

    private static final long JOIN_MARGIN_MILLIS = 200;

    /** A program scanned, parsed, resolved and checked (statements and scopes), or diagnostics. */
    interface FrontEnd {
        Program compile(String code, List<Diagnostic> diagnostics);
    }

    /** warningSites: where the compiler may warn (is with a literal, assert of a tuple, calls, subscripts), in compile order. */
    record Program(List<Stmt> statements, Scopes scopes, List<com.studyhall.simulation.syntax.CompilerWarningSites.Site> warningSites) {
    }

    private final FrontEnd frontEnd;

    public Simulator() {
        this(Simulator::compile);
    }

    /** With another front end: tests show what a fault in it becomes. */
    Simulator(FrontEnd frontEnd) {
        this.frontEnd = frontEnd;
    }

    public SimulationResult run(SimulationRequest request) {
        long start = System.nanoTime();
        Limits limits = request.limits();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (request.code().length() > limits.maxSourceChars()) {
            diagnostics.add(new Diagnostic(1, 1, "line 1: the program is longer than " + limits.maxSourceChars() + " characters"));
            return rejected(diagnostics, start);
        }
        if (request.stdin().length() > limits.maxSourceChars()) {
            diagnostics.add(new Diagnostic(1, 1, "line 1: the standard input is longer than " + limits.maxSourceChars() + " characters"));
            return rejected(diagnostics, start);
        }
        int nul = request.code().indexOf('\0');
        if (nul >= 0) {
            int line = 1 + (int) request.code().substring(0, nul).chars().filter(c -> c == '\n').count();
            diagnostics.add(new Diagnostic(line, 1, "line " + line + ": source code string cannot contain null bytes"));
            return rejected(diagnostics, start);
        }
        // The front end recurses as deep as the program nests: it runs on the worker's large stack too.
        AtomicReference<SimulationResult> result = new AtomicReference<>();
        Future<?> run = Workers.POOL.submit(() -> {
            try {
                result.set(compileAndExecute(request, start));
            } finally {
                Thread.interrupted(); // a generator hand-off may have set it: the next run starts clean
            }
        });
        try {
            // The limit holds for the whole request: a worker past it (deep in one long operation
            // or still building the trace) is not waited for; it stops at its next deadline check.
            run.get(limits.timeout().toMillis() + JOIN_MARGIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // no result: answered below as a run that did not finish, as when the worker's thread died
        }
        SimulationResult r = result.get();
        if (r == null) {
            return new SimulationResult("", new PythonError("TimeLimitExceeded",
                    "the program ran longer than " + limits.timeout().toMillis() + " ms", 0), List.of(), List.of(),
                    new Stats(0, 0, 0, 0, micros(start)));
        }
        return r;
    }

    private SimulationResult compileAndExecute(SimulationRequest request, long start) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Program program = null;
        try {
            program = frontEnd.compile(request.code(), diagnostics);
        } catch (StackOverflowError e) {
            diagnostics.add(new Diagnostic(1, 1, "line 1: " + Parser.TOO_DEEP));
        } catch (RuntimeException e) {
            // A bug of the front end: answered as the run's internal error, as one of the
            // interpreter is, rather than lost in the worker (it read as a time-out before).
            return new SimulationResult("", new PythonError("InternalError", String.valueOf(e), 0), List.of(), List.of(),
                    new Stats(0, 0, 0, 0, micros(start)));
        }
        if (!diagnostics.isEmpty()) return rejected(diagnostics, start);
        return execute(program, request, start);
    }

    private static Program compile(String code, List<Diagnostic> diagnostics) {
        List<Token> tokens = new Scanner(code, diagnostics).scan();
        if (!diagnostics.isEmpty()) return null;
        List<Stmt> statements = new Parser(tokens, diagnostics).parse();
        if (!diagnostics.isEmpty()) return null;
        Scopes scopes = new Resolver(diagnostics).resolve(statements);
        if (!diagnostics.isEmpty()) return null;
        Checker checker = new Checker(diagnostics, scopes::readsBuiltin, com.studyhall.simulation.runtime.Supported.catalog());
        checker.check(statements);
        return new Program(statements, scopes, checker.compilerWarningSites());
    }

    private SimulationResult execute(Program program, SimulationRequest request, long start) {
        Interpreter in = new Interpreter(request.limits());
        try {
            return execute(in, program, request, start);
        } finally {
            in.discard();
        }
    }

    private SimulationResult execute(Interpreter in, Program program, SimulationRequest request, long start) {
        in.setStdin(request.stdin());
        in.scriptName = request.scriptName();
        in.setSource(request.code());
        in.compilerWarnings(program.warningSites());
        com.studyhall.simulation.trace.Tracer tracer = null;
        if (request.trace()) {
            in.heap().keepIdIndex();
            tracer = new com.studyhall.simulation.trace.Tracer(in.heap(), in::frameViews, in::line, in.heap()::lookup);
            in.setTracer(tracer);
        }
        // ctypes' from_address and cast find an object by its id: the index must start while every
        // object is still listed (a program that only mentions the word pays for an unused index).
        if (!request.trace() && request.code().contains("ctypes")) in.heap().keepIdIndex();
        // Nothing here reads the heap's live objects again (the trace finds them by id): they are only counted.
        in.heap().stopListingLive();
        PythonError error = null;
        try {
            in.run(program.statements(), program.scopes());
        } catch (PyRaise e) {
            error = new PythonError(e.type, e.pyMessage, in.line(), in.tracebackReport());
        } catch (StopRun e) {
            error = new PythonError(e.type, e.getMessage(), in.line());
        } catch (StackOverflowError e) {
            error = new PythonError("RecursionError", "maximum recursion depth exceeded", in.line());
        } catch (RuntimeException e) {
            // A bug of the engine: report it as a result rather than failing the request.
            error = new PythonError("InternalError", String.valueOf(e), in.line());
        }
        if (error == null || isPythonException(error)) {
            try {
                in.finish();
            } catch (RuntimeException | StackOverflowError e) {
                // output of finalizers past a limit is dropped
            }
        }
        var heap = in.heap();
        return new SimulationResult(in.stdout(), in.stderr(), error, List.of(), tracer == null ? List.of() : tracer.steps(),
                new Stats(in.steps(), heap.allocatedCount, heap.freedCount, in.collector().collections, micros(start)));
    }

    private static boolean isPythonException(PythonError e) {
        return !e.type().endsWith("LimitExceeded");
    }

    private static SimulationResult rejected(List<Diagnostic> diagnostics, long start) {
        return new SimulationResult("", null, List.copyOf(diagnostics), List.of(), new Stats(0, 0, 0, 0, micros(start)));
    }

    private static long micros(long start) {
        return (System.nanoTime() - start) / 1000;
    }
}
