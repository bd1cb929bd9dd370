package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the memory modules do where a corpus scenario cannot pin it down (CPython writes the
 * ignored exceptions to stderr, which record.sh refuses), plus the refusals of what is still missing.
 */
class MemoryModulesTest {
    private final Simulator simulator = new Simulator();

    private SimulationResult run(String code) {
        return simulator.run(new SimulationRequest(code, Limits.defaults(), false));
    }

    @Test
    void aGcCallbackThatRaisesDoesNotStopTheCollectionOrTheNextCallback() {
        SimulationResult r = run("""
                import gc
                calls = []
                def bad(phase, info):
                    calls.append("bad")
                    return 1 / 0
                def good(phase, info):
                    calls.append("good " + phase)
                gc.callbacks.extend([bad, good])
                n = gc.collect()
                gc.callbacks.clear()
                print(calls, n)
                """);
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("['bad', 'good start', 'bad', 'good stop'] 0\n");
    }

    @Test
    void aFinalizerThatRaisesAtExitDoesNotStopTheOlderOnes() {
        SimulationResult r = run("""
                import weakref
                class R:
                    pass
                a = R()
                b = R()
                weakref.finalize(a, print, "a at exit")
                weakref.finalize(b, len, 5)
                print("end")
                """);
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("end\na at exit\n");
    }

    @Test
    void aTracedRunShowsFrozenObjectsTrackedWithoutAGeneration() {
        SimulationResult r = simulator.run(new SimulationRequest("import gc\nbox = [[1]]\ngc.freeze()\nx = 1\n", Limits.defaults(), true));
        assertThat(r.error()).isNull();
        TraceStep.HeapObject box = r.steps().stream().flatMap(s -> s.heap().stream())
                .filter(o -> o.type().equals("list")).reduce((first, last) -> last).orElseThrow();
        assertThat(box.tracked()).isTrue();
        assertThat(box.generation()).isNull();
    }

    @Test
    void whatTheModulesStillLackIsRefusedBeforeTheFirstLineWithItsPlace() {
        SimulationResult r = run("""
                import weakref
                print("never printed")
                w = weakref.KeyedRef
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("line 3: 'weakref.KeyedRef' is not supported in the memory lab");
        assertThat(r.diagnostics().get(0).column()).isEqualTo(13);
    }

    @Test
    void theTimeModulesCalendarFunctionsAreRefusedBeforeTheFirstLineWhileItsClocksRun() {
        SimulationResult r = run("""
                import time
                from time import strftime
                print(time.perf_counter() > 0)
                stamp = time.localtime()
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "line 2: 'time.strftime' is not supported in the memory lab",
                "line 4: 'time.localtime' is not supported in the memory lab");
    }

    @Test
    void sleepingLongerThanTheTimeLimitDoesNotStopTheRun() {
        SimulationResult r = run("""
                import time
                start = time.monotonic()
                time.sleep(30)
                print(time.monotonic() - start >= 30)
                """);
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("True\n");
    }

    @Test
    void writingMemoryThroughCtypesAndItsStructuresAreRefusedBeforeTheFirstLine() {
        SimulationResult r = run("""
                import ctypes
                x = [1]
                count = ctypes.c_long.from_address(id(x))
                count.value = 10
                class Point(ctypes.Structure):
                    pass
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "line 4: writing memory through ctypes ('.value = ...') is not supported in the memory lab",
                "line 5: 'ctypes.Structure' is not supported in the memory lab");
    }

    @Test
    void aClassOfItsOwnMayStillSetSelfValueInAProgramThatImportsCtypes() {
        SimulationResult r = run("""
                from ctypes import c_long
                class Counter:
                    def __init__(self):
                        self.value = 0
                    def bump(self):
                        self.value += 1
                c = Counter()
                c.bump()
                print(c.value, c_long.from_address(id(c)).value)
                """);
        assertThat(r.rejected()).isFalse();
        assertThat(r.stdout()).isEqualTo("1 1\n");
    }

    @Test
    void aClassDerivingFromABuiltinOrAModuleTypeIsRefusedBeforeTheFirstLine() {
        SimulationResult r = run("""
                import weakref
                from weakref import ref as Ref
                print("never printed")
                class Name(bytes):
                    pass
                class Counted(weakref.WeakMethod):
                    pass
                class Tagged(Ref):
                    pass
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        // weakref.ref itself is a modelled base (WeakrefSubclassTest, scenarios weakref_docs).
        assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "line 4: a class deriving from the builtin type 'bytes' is not supported in the memory lab",
                "line 6: a class deriving from 'weakref.WeakMethod' is not supported in the memory lab");
    }

    @Test
    void aBaseCPythonItselfRefusesEndsTheRunWithCPythonsTypeError() {
        SimulationResult r = run("""
                list = [1]
                print(list)
                class Flag(bool):
                    pass
                """);
        assertThat(r.rejected()).isFalse();
        assertThat(r.stdout()).isEqualTo("[1]\n");
        assertThat(r.error().lastStderrLine()).isEqualTo("TypeError: type 'bool' is not an acceptable base type");
    }
}
