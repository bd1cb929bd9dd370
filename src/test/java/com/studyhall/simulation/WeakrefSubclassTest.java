package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Classes deriving from weakref.ref, and the weakref/gc documentation examples the lab refuses
 * (issue 12; the examples that run are scenarios in weakref_docs).
 */
class WeakrefSubclassTest {
    private final Simulator simulator = new Simulator();

    private SimulationResult run(String code) {
        // A generous time limit: the machine running the tests may be busy.
        Limits limits = new Limits(20_000, 100_000, 100_000, 1_000, Duration.ofSeconds(30), 64 * 1024);
        return simulator.run(new SimulationRequest(code, limits, false));
    }

    @Test
    void theTempDirExamplesAreRefusedBeforeTheirFirstLineForTempfileAndShutil() {
        SimulationResult r = run("import shutil\nimport tempfile\nimport weakref\nprint('started')\n\nclass TempDir:\n"
                + "    def __init__(self):\n        self.name = tempfile.mkdtemp()\n"
                + "        self._finalizer = weakref.finalize(self, shutil.rmtree, self.name)\n\nd = TempDir()\n");
        assertThat(r.stdout()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("'shutil'")).anyMatch(m -> m.contains("'tempfile'"));
    }

    @Test
    void theModuleUnloadingExampleIsRefusedForSysModules() {
        SimulationResult r = run("import sys\nimport weakref\nprint('started')\ndef unloading():\n    print('bye')\n"
                + "weakref.finalize(sys.modules[__name__], unloading)\n");
        assertThat(r.stdout()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("'sys.modules'"));
    }

    @Test
    void weakrefsOtherClassesStayRefusedAsBases() {
        SimulationResult r = run("import weakref\nclass M(weakref.WeakMethod):\n    pass\nclass F(weakref.finalize):\n    pass\n");
        assertThat(r.diagnostics()).hasSize(2).allMatch(d -> d.message().contains("a class deriving from 'weakref."));
    }

    @Test
    void aSubclassInstanceIsAWeakReferenceEverywhereTheProgramMeetsOne() {
        SimulationResult r = run("import weakref\nclass A:\n    pass\nclass R(weakref.ref):\n    pass\na = A()\nr = R(a)\n"
                + "print(weakref.getweakrefs(a) == [r], weakref.getweakrefs(a)[0] is r, a.__weakref__ is r, issubclass(R, weakref.ReferenceType))\n"
                + "print(type(r).__mro__)\nprint('__callback__' in dir(r), '__dict__' in dir(r))\n");
        assertThat(r.error()).isNull();
        assertThat(r.stdout()).isEqualTo("True True True True\n"
                + "(<class '__main__.R'>, <class 'weakref.ReferenceType'>, <class 'object'>)\nTrue True\n");
    }

    @Test
    void aFailingInitFreesTheNewInstanceAndUnlinksIt() {
        SimulationResult r = run("import weakref, sys\nclass A:\n    pass\nclass R(weakref.ref):\n    pass\na = A()\n"
                + "try:\n    R(a, None, tag=1)\nexcept TypeError as e:\n    print(e)\nprint(weakref.getweakrefcount(a), sys.getrefcount(R))\n");
        assertThat(r.stdout()).isEqualTo("ref() takes no keyword arguments\n0 5\n");
    }
}
