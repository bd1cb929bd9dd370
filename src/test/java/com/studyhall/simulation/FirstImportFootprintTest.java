package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.runPatiently;
import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import com.studyhall.simulation.library.ImportFootprints;
import org.junit.jupiter.api.Test;

/**
 * The first import of a library module python3 has not loaded at start-up: counted exactly where
 * the measured state holds (the program's first such import, right after gc.collect()), refused
 * where a program could see a count the lab cannot know. Figures measured with python3 3.11.7
 * (tools/import_footprint/measure.py).
 */
class FirstImportFootprintTest {

    @Test
    void theFirstImportRightAfterACollectionLeavesCPythonsCount() {
        assertThat(stdoutPatiently("import gc\ngc.collect()\nimport json\nprint(gc.get_count())\n")).isEqualTo("(342, 0, 0)\n");
        assertThat(stdoutPatiently("import gc\ngc.collect()\nimport heapq\nprint(gc.get_count())\n")).isEqualTo("(99, 0, 0)\n");
        // The from-import's __path__ lookup takes its 1-tuple from the free lists the load left.
        assertThat(stdoutPatiently("import gc\ngc.collect()\nfrom json import dumps\nprint(gc.get_count())\n"))
                .isEqualTo("(342, 0, 0)\n");
    }

    @Test
    void importsThatStartCollectionsCountThemAndTheirGarbage() {
        assertThat(stdoutPatiently("import gc\ngc.collect()\nimport dataclasses\nprint(gc.get_count(), gc.collect())\n"))
                .isEqualTo("(88, 4, 0) 23\n");
        assertThat(stdoutPatiently("import gc\ngc.collect()\nimport datetime\nprint(gc.get_count(), gc.collect())\n"))
                .isEqualTo("(272, 1, 0) 290\n");
        // A young collection finds only datetime's young garbage; the rest waits for an older one.
        assertThat(stdoutPatiently("import gc\ngc.collect()\nimport datetime\nprint(gc.collect(0), gc.collect(1))\n"))
                .isEqualTo("94 173\n");
    }

    @Test
    void modulesLoadedWithAnotherAreSecondImports() {
        // dataclasses loads copy: importing copy afterwards costs nothing.
        assertThat(stdoutPatiently("import gc\ngc.collect()\nimport dataclasses\nimport copy\nprint(gc.get_count())\n"))
                .isEqualTo("(88, 4, 0)\n");
        assertThat(ImportFootprints.loads("pprint")).contains("dataclasses", "copy", "inspect");
    }

    @Test
    void importsAtTheTopAreCountedOnceACollectionHasRun() {
        assertThat(stdoutPatiently("import gc, json, heapq\ngc.collect()\nprint(gc.get_count())\n")).isEqualTo("(0, 0, 0)\n");
        assertThat(stdoutPatiently("import gc\nimport copy\ndef probe():\n    gc.collect()\n    return gc.get_count()\n"
                + "print(probe())\n")).isEqualTo("(0, 0, 0)\n");
    }

    @Test
    void aCountReadBeforeTheFirstCollectionAfterAnImportAtTheTopIsRefused() {
        SimulationResult r = runPatiently("import gc, json\nprint(gc.get_count())\n");
        assertThat(r.stdout()).isEmpty();
        assertThat(messages(r)).singleElement().asString()
                .contains("line 2", "gc.get_count where it can see what the first import of json at the top of the program did");
        assertThat(messages(runPatiently("import gc, json\ndef f():\n    return gc.get_count()\ngc.collect()\nprint(f())\n")))
                .singleElement().asString().contains("line 3", "gc.get_count");
        assertThat(messages(runPatiently("import gc, heapq\ngc.collect()\nprint(gc.get_stats()[0]['collections'])\n")))
                .singleElement().asString().contains("gc.get_stats", "it counts the import's collections");
    }

    @Test
    void datetimesGarbageBeforeTheFirstCollectionStatementIsRefused() {
        assertThat(messages(runPatiently("import gc, datetime\nprint(gc.collect())\n"))).singleElement().asString()
                .contains("gc.collect where it can see what the first import of datetime");
        assertThat(stdoutPatiently("import gc, datetime\ngc.collect()\nprint(gc.collect())\n")).isEqualTo("0\n");
    }

    @Test
    void firstImportsElsewhereMakeCollectorObservationsRefused() {
        // The program: json imported below a print, then heapq, copy and dataclasses.
        SimulationResult r = runPatiently("import gc\nprint(gc.get_count())\nimport json\nprint(gc.get_count())\n");
        assertThat(r.stdout()).isEmpty();
        assertThat(messages(r)).allSatisfy(m -> assertThat(m).contains("imports json for the first time where the lab cannot count"));
        // Inside a function.
        assertThat(messages(runPatiently("import gc\ndef load():\n    import heapq\n    return heapq\nload()\n"
                + "gc.collect()\nprint(gc.get_count())\n"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m).contains("imports heapq for the first time"));
        // A second module after gc.collect(): the process has imported one already.
        assertThat(messages(runPatiently("import gc\ngc.collect()\nimport json\ngc.collect()\nimport heapq\n"
                + "print(gc.get_count())\n"))).isNotEmpty().allSatisfy(m -> assertThat(m).contains("imports heapq"));
        // Two in one statement: only the first finds the measured state.
        assertThat(messages(runPatiently("import gc\ngc.collect()\nimport json, heapq\nprint(gc.get_count())\n")))
                .isNotEmpty().allSatisfy(m -> assertThat(m).contains("imports heapq"));
        // A program that does not observe the collector still runs.
        assertThat(stdoutPatiently("print(1)\nimport json\nprint(json.dumps([1]))\n")).isEqualTo("1\n[1]\n");
    }

    @Test
    void theExactPlaceIsNotExactWithTheCollectorDisabledOrWithCallbacks() {
        // gc.disable() would leave dataclasses' four collections out; a callback run by gc.collect()
        // leaves its info dict and argument tuple counted and on the free lists.
        assertThat(messages(runPatiently("import gc\ngc.disable()\ngc.collect()\nimport dataclasses\nprint(gc.get_count())\n")))
                .isNotEmpty().allSatisfy(m -> assertThat(m).contains("imports dataclasses for the first time"));
        assertThat(messages(runPatiently("import gc\ngc.callbacks.append(lambda p, i: None)\ngc.collect()\nimport json\n"
                + "print(gc.get_count())\n"))).isNotEmpty().allSatisfy(m -> assertThat(m).contains("imports json for the first time"));
    }

    @Test
    void gcFunctionsThatSeeTheModulesObjectsAreRefused() {
        assertThat(messages(runPatiently("import gc, json\ngc.collect()\nn = len(gc.get_objects())\nprint(n)\n")))
                .singleElement().asString().contains("gc.get_objects in a program that imports json");
        assertThat(messages(runPatiently("import gc\ngc.set_threshold(100)\ngc.collect()\nimport copy\nprint(gc.get_count())\n")))
                .isNotEmpty().allSatisfy(m -> assertThat(m).contains("imports copy for the first time"));
    }

    @Test
    void callbacksAndThresholdsSetAfterACollectionSeeOnlyWhatTheLabCounts() {
        // Imported at the top, json leaves a count the lab only approximates; a gc.collect() statement
        // resets it, and from there on automatic collections start where CPython's do.
        String program = "import json\nimport gc\ngc.collect()\nevents = []\n"
                + "gc.callbacks.append(lambda phase, info: phase == 'stop' and events.append(info['collected']))\n"
                + "gc.set_threshold(300)\nclass Node:\n    pass\n"
                + "for i in range(700):\n    a, b = Node(), Node()\n    a.other, b.other = b, a\n    del a, b\n"
                + "print(json.dumps(events), gc.get_count())\n";
        assertThat(stdoutPatiently(program)).isEqualTo("[288, 300, 300, 300] (213, 4, 0)\n");
        assertThat(messages(runPatiently("import json\nimport gc\ngc.set_threshold(300)\ngc.collect()\n")))
                .singleElement().asString().contains("gc.set_threshold where it can see what the first import of json");
    }

    @Test
    void theCountRightAfterADataclassStatementIsRefusedUntilACollection() {
        // CPython: (104, 0, 0) here, dataclasses' own code and the exec of __init__, __repr__ and __eq__.
        String dataclass = "import gc\nfrom dataclasses import dataclass\ngc.collect()\n@dataclass\nclass P:\n    x: int\n";
        assertThat(messages(runPatiently(dataclass + "print(gc.get_count())\n"))).singleElement().asString()
                .contains("gc.get_count after a @dataclass class statement");
        assertThat(stdoutPatiently(dataclass + "gc.collect()\nps = [P(i) for i in range(3)]\nprint(gc.get_count(), ps[2])\n"))
                .isEqualTo("(5, 0, 0) P(x=2)\n");
    }
}
