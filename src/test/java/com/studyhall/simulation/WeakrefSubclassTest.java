package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes deriving from weakref.ref, and the weakref/gc documentation examples the lab refuses
 * (issue 12; the examples that run are scenarios in weakref_docs).
 */
class WeakrefSubclassTest {
    @Test
    void theTempDirExamplesAreRefusedBeforeTheirFirstLineForTempfileAndShutil() {
        SimulationResult r = runPatiently("import shutil\nimport tempfile\nimport weakref\nprint('started')\n\nclass TempDir:\n"
                + "    def __init__(self):\n        self.name = tempfile.mkdtemp()\n"
                + "        self._finalizer = weakref.finalize(self, shutil.rmtree, self.name)\n\nd = TempDir()\n");
        assertThat(r.stdout()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("'shutil'")).anyMatch(m -> m.contains("'tempfile'"));
    }

    @Test
    void theModuleUnloadingExampleIsRefusedForSysModules() {
        SimulationResult r = runPatiently("import sys\nimport weakref\nprint('started')\ndef unloading():\n    print('bye')\n"
                + "weakref.finalize(sys.modules[__name__], unloading)\n");
        assertThat(r.stdout()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("'sys.modules'"));
    }

    @Test
    void weakrefsOtherClassesStayRefusedAsBases() {
        SimulationResult r = runPatiently("import weakref\nclass M(weakref.WeakMethod):\n    pass\nclass F(weakref.finalize):\n    pass\n");
        assertThat(r.diagnostics()).hasSize(2).allMatch(d -> d.message().contains("a class deriving from 'weakref."));
    }

    @Test
    void aSubclassInstanceIsAWeakReferenceEverywhereTheProgramMeetsOne() {
        SimulationResult r = runPatiently("import weakref\nclass A:\n    pass\nclass R(weakref.ref):\n    pass\na = A()\nr = R(a)\n"
                + "print(weakref.getweakrefs(a) == [r], weakref.getweakrefs(a)[0] is r, a.__weakref__ is r, issubclass(R, weakref.ReferenceType))\n"
                + "print(type(r).__mro__)\nprint('__callback__' in dir(r), '__dict__' in dir(r))\n");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("True True True True\n"
                + "(<class '__main__.R'>, <class 'weakref.ReferenceType'>, <class 'object'>)\nTrue True\n");
    }

    @Test
    void aFailingInitFreesTheNewInstanceAndUnlinksIt() {
        SimulationResult r = runPatiently("import weakref, sys\nclass A:\n    pass\nclass R(weakref.ref):\n    pass\na = A()\n"
                + "try:\n    R(a, None, tag=1)\nexcept TypeError as e:\n    print(e)\nprint(weakref.getweakrefcount(a), sys.getrefcount(R))\n");
        assertThat(r.stdout()).isEqualTo("ref() takes no keyword arguments\n0 5\n");
    }

    @Test
    void theDiagramDrawsASubclassInstancesWeakEdgeAndItsCallback() {
        SimulationResult r = new Simulator().run(new SimulationRequest("import weakref\nclass T:\n    pass\nclass R(weakref.ref):\n    pass\n"
                + "def cb(w):\n    pass\nt = T()\nw = R(t, cb)\nw.note = 'x'\ndel t\n", Limits.defaults(), true));
        assertThat(r.error()).isNull();
        TraceStep.HeapObject ref = r.steps().stream().flatMap(s -> s.heap().stream())
                .filter(h -> h.type().equals("R") && h.refs() != null && h.refs().stream().anyMatch(TraceStep.Ref::weak))
                .findFirst().orElseThrow();
        assertThat(ref.refs()).extracting(TraceStep.Ref::label).contains("__class__", "callback", "referent");
    }

    @Test
    void callbackIsAReadOnlyMemberEmptiedWhenTheReferentDies() {
        SimulationResult r = runPatiently("import weakref\nclass A:\n    pass\nclass R(weakref.ref):\n    pass\ndef f(r):\n    print('f', r.__callback__)\n"
                + "a = A()\nw = weakref.ref(a)\nr = R(a, f)\nprint(w.__callback__, r.__callback__ is f, R(a).__callback__)\n"
                + "for target in (w, r):\n    try:\n        target.__callback__ = f\n    except AttributeError as e:\n        print(e)\n"
                + "try:\n    del r.__callback__\nexcept AttributeError as e:\n    print(e)\ndel a\nprint(r.__callback__, vars(r))\n");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("None True None\nreadonly attribute\nreadonly attribute\nreadonly attribute\nf None\nNone {}\n");
    }

    @Test
    void slotWrappersReadThroughTheTypeAreTheTypeDictsOneDescriptorEach() {
        SimulationResult r = runPatiently("import weakref\nclass A:\n    pass\nclass R(weakref.ref):\n    pass\na = A()\nr, s = weakref.ref(a), R(a)\n"
                + "print(weakref.ref.__eq__, R.__call__)\n"
                + "print(weakref.ref.__ne__.__qualname__, weakref.ref.__eq__ is R.__eq__, weakref.ref.__call__(s) is a)\n"
                + "try:\n    weakref.ref.__eq__(weakref.proxy(a), r)\nexcept TypeError as e:\n    print(e)\n");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("<slot wrapper '__eq__' of 'weakref.ReferenceType' objects> "
                + "<slot wrapper '__call__' of 'weakref.ReferenceType' objects>\n"
                + "ReferenceType.__ne__ True True\n"
                + "descriptor '__eq__' requires a 'weakref.ReferenceType' object but received a 'weakref.ProxyType'\n");
    }
}
