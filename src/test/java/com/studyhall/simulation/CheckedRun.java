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
import java.util.ArrayList;
import java.util.List;

/** Runs a program with the heap checker after every statement; returns the first violations found. */
final class CheckedRun {
    private CheckedRun() { }

    static List<String> run(String code) throws InterruptedException {
        return run(code, "");
    }

    /** As {@link #run(String)}, with {@code stdin} as the program's standard input (what input() reads). */
    static List<String> run(String code, String stdin) throws InterruptedException {
        List<String> problems = new ArrayList<>();
        Thread t = new Thread(null, () -> {
            List<Diagnostic> diagnostics = new ArrayList<>();
            List<Stmt> program = new Parser(new Scanner(code, diagnostics).scan(), diagnostics).parse();
            if (!diagnostics.isEmpty()) return;
            Scopes scopes = new Resolver(diagnostics).resolve(program);
            new Checker(diagnostics, scopes::readsBuiltin, com.studyhall.simulation.runtime.Supported.catalog()).check(program);
            if (!diagnostics.isEmpty()) return;
            Interpreter in = new Interpreter(EngineRuns.patient(java.time.Duration.ofSeconds(60)));
            in.setStdin(stdin);
            in.setStepHook(() -> {
                if (problems.isEmpty()) {
                    List<String> v = HeapChecker.violations(in);
                    if (!v.isEmpty()) {
                        problems.add("after line " + in.line() + ":");
                        problems.addAll(v);
                    }
                }
            });
            try {
                in.run(program, scopes);
            } catch (PyRaise | StopRun e) {
                // the scenario's expected error
            } catch (StackOverflowError e) {
                problems.add("the Java stack overflowed");
                return;
            }
            if (problems.isEmpty()) {
                List<String> v = HeapChecker.violations(in);
                if (!v.isEmpty()) {
                    problems.add("at the end:");
                    problems.addAll(v);
                }
            }
            in.discard();
        }, "checked-run", 512L << 20);
        t.start();
        t.join();
        return problems;
    }
}
