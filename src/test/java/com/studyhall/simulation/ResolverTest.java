package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.studyhall.simulation.resolve.Resolver;
import com.studyhall.simulation.resolve.Scope;
import com.studyhall.simulation.resolve.Scopes;
import com.studyhall.simulation.syntax.Parser;
import com.studyhall.simulation.syntax.Scanner;
import com.studyhall.simulation.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolver's frame layouts and compile-time errors, checked against what CPython 3.11 reports. */
class ResolverTest {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private List<Stmt> parse(String code) {
        return new Parser(new Scanner(code, diagnostics).scan(), diagnostics).parse();
    }

    @Test
    void frameLayoutIsCPythonsLocalsPlusOrder() {
        // f.__code__._varname_from_oparg(i) in CPython 3.11: ['a', 'c', 'y', 'g', 'b', 'x'], inner frees ('a', 'b', 'x').
        List<Stmt> program = parse("def f(a, c):\n    y = 1\n    x = 2\n    b = 3\n    def g():\n        return x + a + b\n    return g\n");
        Scopes scopes = new Resolver(diagnostics).resolve(program);
        Stmt.FunctionDef f = (Stmt.FunctionDef) program.get(0);
        Scope fs = scopes.of(f);
        assertThat(fs.slots()).containsExactly("a", "c", "y", "g", "b", "x");
        assertThat(fs.isCell(0)).isTrue();
        assertThat(fs.isCell(1)).isFalse();
        Scope gs = scopes.of(f.body().get(3));
        assertThat(gs.qualname).isEqualTo("f.<locals>.g");
        assertThat(gs.freeVariables()).containsExactly("a", "b", "x");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void aFreeVariablePassesThroughTheMiddleFunction() {
        List<Stmt> program = parse("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n");
        Scopes scopes = new Resolver(diagnostics).resolve(program);
        Stmt.FunctionDef a = (Stmt.FunctionDef) program.get(0);
        Stmt.FunctionDef b = (Stmt.FunctionDef) a.body().get(1);
        assertThat(scopes.of(b).freeVariables()).containsExactly("v");
        assertThat(scopes.of(a).cellVariables()).containsExactly("v");
    }

    @Test
    void walrusInAComprehensionBindsACellOfTheEnclosingFunction() {
        // CPython 3.11: f.__code__.co_cellvars == ('last',), the listcomp's co_freevars == ('last',).
        List<Stmt> program = parse("def f(xs):\n    ys = [last := x for x in xs]\n    return last\n");
        Scopes scopes = new Resolver(diagnostics).resolve(program);
        Stmt.FunctionDef f = (Stmt.FunctionDef) program.get(0);
        assertThat(scopes.of(f).cellVariables()).containsExactly("last");
        Stmt.Assign assign = (Stmt.Assign) f.body().get(0);
        assertThat(scopes.of(assign.value()).freeVariables()).containsExactly("last");
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void walrusRebindingAnIterationVariableOrInAClassComprehensionIsCPythonsSyntaxError() {
        new Resolver(diagnostics).resolve(parse("[i := 0 for i in range(3)]\nclass C:\n    v = [y := 1 for i in range(2)]\n"));
        assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
                "line 1: assignment expression cannot rebind comprehension iteration variable 'i'",
                "line 3: assignment expression within a comprehension cannot be used in a class body");
    }

    @Test
    void aBareAnnotationMakesTheNameLocal() {
        List<Stmt> program = parse("x = 1\ndef f():\n    x: int\n    return x\n");
        Scopes scopes = new Resolver(diagnostics).resolve(program);
        assertThat(scopes.of(program.get(1)).slots()).containsExactly("x");
    }

    @Test
    void aClassBodyInAFunctionReadsTheFunctionsLocalThroughACell() {
        Stmt.FunctionDef f = (Stmt.FunctionDef) parse("def f(items):\n    class H:\n        data = items\n    return H\n").get(0);
        Scopes scopes = new Resolver(diagnostics).resolve(List.of(f));
        Scope classBody = scopes.of(f.body().get(0));
        assertThat(classBody.qualname).isEqualTo("f.<locals>.H");
        assertThat(classBody.freeVariables()).containsExactly("items");
        assertThat(scopes.of(f).cellVariables()).containsExactly("items");
    }

    @Test
    void nonlocalWithoutABindingIsCPythonsSyntaxError() {
        new Resolver(diagnostics).resolve(parse("def f():\n    def g():\n        nonlocal x\n    return g\n"));
        assertThat(diagnostics).extracting(Diagnostic::message).containsExactly("line 3: no binding for nonlocal 'x' found");
    }

    @Test
    void nonlocalAtModuleLevelAndYieldOutsideAFunctionAreRefused() {
        new Resolver(diagnostics).resolve(parse("nonlocal x\nyield 1\n"));
        assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
                "line 1: nonlocal declaration not allowed at module level", "line 2: 'yield' outside function");
    }

    @Test
    void aProgramsOwnNameShadowsAnUnsupportedBuiltin() {
        SimulationResult ok = new Simulator().run(new SimulationRequest(
                "input = [3, 1]\ndef f(next):\n    return next\nprint(f(input))\n", Limits.defaults(), false));
        assertThat(ok.diagnostics()).isEmpty();
        assertThat(ok.stdout()).isEqualTo("[3, 1]\n");
        SimulationResult refused = new Simulator().run(new SimulationRequest(
                "def f(next):\n    return next\nprint(breakpoint)\n", Limits.defaults(), false));
        assertThat(refused.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 3: the builtin 'breakpoint' is not supported in the memory lab");
    }
}
