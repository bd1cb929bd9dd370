package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.math.BigInteger;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * time: the clocks learners time their programs with, and sleep. No output that prints a clock's
 * value can equal CPython's from one run to the next, so the clocks read the machine's own; what
 * matters for the lab is the objects they make (a new float or int per call) and that a program
 * that sleeps runs to its end. sleep does not hold the run's worker: it moves a virtual offset that
 * every clock adds, so a program that sleeps a second sees a second pass and still ends within the
 * run's time limit.
 */
final class TimeModule extends NativeModule {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** What the program has slept so far, in nanoseconds. */
    private long slept;

    TimeModule(Interpreter in) {
        super("time", in);
        clock("time", () -> saturatedAdd(System.currentTimeMillis() * 1_000_000L, slept));
        clock("perf_counter", () -> saturatedAdd(System.nanoTime(), slept));
        clock("monotonic", () -> saturatedAdd(System.nanoTime(), slept));
        // CPU time does not pass while a process sleeps.
        clock("process_time", System::nanoTime);
        clock("thread_time", System::nanoTime);
        function("sleep", (args, kw) -> sleep(args));
    }

    /** Registers name() returning float seconds and name_ns() returning int nanoseconds. */
    private void clock(String name, LongSupplier nanos) {
        function(name, (args, kw) -> {
            noArguments(name, args);
            return v.floating(nanos.getAsLong() / (double) NANOS_PER_SECOND);
        });
        function(name + "_ns", (args, kw) -> {
            noArguments(name + "_ns", args);
            return v.integer(nanos.getAsLong());
        });
    }

    private void noArguments(String fname, List<PyObject> args) {
        if (!args.isEmpty()) {
            throw new PyRaise("TypeError", qualify(fname) + "() takes no arguments (" + args.size() + " given)");
        }
    }

    /** sleep(secs): checks its argument as pytime.c's conversion does, then moves the virtual offset. */
    private PyObject sleep(List<PyObject> args) {
        if (args.size() != 1) {
            throw new PyRaise("TypeError", qualify("sleep") + "() takes exactly one argument (" + args.size() + " given)");
        }
        long nanos = toNanos(args.get(0));
        if (nanos < 0) throw new PyRaise("ValueError", "sleep length must be non-negative");
        slept = saturatedAdd(slept, nanos);
        return v.none;
    }

    private static long toNanos(PyObject secs) {
        if (secs instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) throw new PyRaise("ValueError", "Invalid value NaN (not a number)");
            double n = d * NANOS_PER_SECOND;
            if (Math.abs(n) >= 0x1p63) throw new PyRaise("OverflowError", "timestamp out of range for platform time_t");
            return (long) n;
        }
        if (secs instanceof PyInt i) {
            BigInteger n = i.value().multiply(BigInteger.valueOf(NANOS_PER_SECOND));
            if (n.bitLength() > 63) throw new PyRaise("OverflowError", "timestamp too large to convert to C _PyTime_t");
            return n.longValue();
        }
        throw new PyRaise("TypeError", "'" + secs.typeName() + "' object cannot be interpreted as an integer");
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
