package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceTest {
    private final Simulator simulator = new Simulator();

    private SimulationResult traced(String code) {
        return simulator.run(new SimulationRequest(code, Limits.defaults(), true));
    }

    @Test
    void collectionPhasesAreStepsOfTheirOwnInCPythonOrder() {
        SimulationResult r = traced("import gc\na = []\na.append(a)\ndel a\nprint(gc.collect())\n");
        List<String> phases = r.steps().stream().filter(s -> s.kind().equals("gc")).map(TraceStep::phase).limit(9).toList();
        assertThat(phases).containsExactly("start", "update_refs", "subtract_refs", "move_unreachable",
                "handle_weakrefs", "finalize_garbage", "handle_resurrected_objects", "delete_garbage", "end");
        TraceStep subtract = r.steps().stream().filter(s -> "subtract_refs".equals(s.phase())).findFirst().orElseThrow();
        assertThat(subtract.gcRefs()).anySatisfy(g -> assertThat(g.gcRefs()).isZero());
    }

    @Test
    void deallocEventsExplainWhyAnObjectIsFreed() {
        SimulationResult r = traced("a = [1, 2]\na = None\n");
        assertThat(r.steps().get(1).events()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("dealloc");
            assertThat(e.text()).matches("refcount of list #\\d+ drops to 0, so it is freed");
        });
        assertThat(r.steps().get(1).freed()).hasSize(1);
    }

    @Test
    void framesShowNamesBoundToObjectIds() {
        SimulationResult r = traced("def f(x):\n    y = x\n    return y\nz = f([1])\n");
        TraceStep inside = r.steps().stream().filter(s -> s.frames() != null && s.frames().size() == 2).findFirst().orElseThrow();
        assertThat(inside.frames().get(1).name()).isEqualTo("f");
        assertThat(inside.frames().get(1).names()).containsKey("x");
    }

    @Test
    void stdoutIsAppendedPerStep() {
        SimulationResult r = traced("print('a')\nprint('b')\n");
        assertThat(r.steps()).extracting(TraceStep::stdout).startsWith("a\n", "b\n");
    }

    @Test
    void tenThousandStepsStayWithinAFewMegabytes() {
        Limits roomy = EngineRuns.patient(java.time.Duration.ofSeconds(60));
        SimulationResult r = simulator.run(new SimulationRequest(
                "a = []\nfor i in range(3300):\n    a.append([i])\n    b = i * 2\n", roomy, true));
        assertThat(r.stats().steps()).isGreaterThan(9_000);
        long chars = r.steps().stream().mapToLong(s -> s.toString().length()).sum();
        assertThat(chars).isLessThan(6_000_000);
    }

    @Test
    void withoutTraceNothingIsRecorded() {
        SimulationResult r = simulator.run(new SimulationRequest("a = [1]\n", Limits.defaults(), false));
        assertThat(r.steps()).isEmpty();
    }

    @Test
    void sameInputGivesTheSameTrace() {
        String code = "import gc, weakref\nclass T:\n    def __del__(self):\n        print('bye')\n"
                + "t = T()\nt.me = t\nr = weakref.ref(t)\ndel t\ngc.collect()\n";
        assertThat(traced(code).steps()).isEqualTo(traced(code).steps());
    }

    @Test
    void aCallAndItsReturnAreStepsAndTheFrameComesAndGoesWithThem() {
        SimulationResult r = traced("def f(x):\n    y = x\n    return y\nz = f([1])\nprint(z)\n");
        List<String> kinds = r.steps().stream().map(s -> s.kind() + ":" + s.line()).toList();
        assertThat(kinds).containsSubsequence("call:1", "line:2", "return:3", "line:4", "line:5");
        TraceStep call = r.steps().stream().filter(s -> s.kind().equals("call")).findFirst().orElseThrow();
        assertThat(call.phase()).isEqualTo("f");
        assertThat(call.frames()).extracting(TraceStep.Frame::name).containsExactly("<module>", "f");
        assertThat(call.frames().get(1).names()).containsKey("x");
        TraceStep ret = r.steps().stream().filter(s -> s.kind().equals("return")).findFirst().orElseThrow();
        assertThat(ret.phase()).isEqualTo("f");
        assertThat(ret.frames()).extracting(TraceStep.Frame::name).containsExactly("<module>");
    }

    @Test
    void theCollectionAtTheEndIsMarkedAsTheProgramEndingNotAsTheLastLine() {
        SimulationResult r = traced("a = [1, 2]\nprint(a)\n");
        TraceStep print = r.steps().stream().filter(s -> s.stdout().equals("[1, 2]\n")).findFirst().orElseThrow();
        assertThat(print.programEnds()).isFalse();
        assertThat(print.freed()).as("print() frees nothing").isEmpty();
        List<TraceStep> ending = r.steps().subList(print.index() + 1, r.steps().size());
        assertThat(ending).isNotEmpty().allSatisfy(s -> assertThat(s.programEnds()).isTrue());
        assertThat(ending).anySatisfy(s -> assertThat(s.kind()).isEqualTo("gc"));
        assertThat(ending).anySatisfy(s -> assertThat(s.freed()).isNotEmpty());
    }

    @Test
    void anObjectIsDescribedOnceAStepWithItsReferences() {
        SimulationResult r = traced("a = [1, 2, 3]\nb = a\n");
        TraceStep first = r.steps().get(0);
        assertThat(first.heap()).extracting(TraceStep.HeapObject::id).doesNotHaveDuplicates();
        TraceStep.HeapObject list = first.heap().stream().filter(h -> h.type().equals("list")).findFirst().orElseThrow();
        assertThat(list.refs()).extracting(TraceStep.Ref::label).containsExactly("[0]", "[1]", "[2]");
    }

    @Test
    void aWeakrefPointsAtItsReferentWithAWeakReference() {
        SimulationResult r = traced("import weakref\nclass T:\n    pass\nt = T()\nw = weakref.ref(t)\n");
        TraceStep.HeapObject ref = r.steps().stream().flatMap(s -> s.heap().stream())
                .filter(h -> h.type().startsWith("weakref")).findFirst().orElseThrow();
        assertThat(ref.refs()).anySatisfy(x -> {
            assertThat(x.label()).isEqualTo("referent");
            assertThat(x.weak()).isTrue();
        });
    }
}
