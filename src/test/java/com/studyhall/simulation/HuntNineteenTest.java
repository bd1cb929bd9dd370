package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The nineteenth real-programs hunt (issue 12, memory-management course programs): each fix on its own. */
class HuntNineteenTest {

    @Test
    void gcsStateChangingFunctionsCheckTheirArgumentCounts() {
        // CPython 3.11.7 (the lab ran each call and printed nothing, or "takes exactly 0 arguments")
        SimulationResult r = runPatiently("import gc\n"
                + "for f in (lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.enable(1), lambda: gc.disable(0),\n"
                + "          lambda: gc.freeze(1), lambda: gc.unfreeze(1), lambda: gc.set_debug(), lambda: gc.set_threshold(x=1)):\n"
                + "    try:\n"
                + "        f()\n"
                + "    except TypeError as e:\n"
                + "        print(e)\n"
                + "print(gc.isenabled())\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("""
                set_threshold() takes at least 1 argument (0 given)
                set_threshold() takes at most 3 arguments (4 given)
                gc.enable() takes no arguments (1 given)
                gc.disable() takes no arguments (1 given)
                gc.freeze() takes no arguments (1 given)
                gc.unfreeze() takes no arguments (1 given)
                gc.set_debug() takes exactly one argument (0 given)
                set_threshold() takes no keyword arguments
                True
                """);
    }

    @Test
    void setThresholdConvertsEachArgumentAsACIntAndKeepsTheOnesBeforeABadOne() {
        // CPython 3.11.7 (the lab: "set_threshold() got arguments of the wrong number or type", and 2**40 was taken)
        SimulationResult r = runPatiently("import gc\n"
                + "for args in [(\"a\",), (1.5,), (10**30,), (2**40,)]:\n"
                + "    try:\n"
                + "        gc.set_threshold(*args)\n"
                + "    except (TypeError, OverflowError) as e:\n"
                + "        print(type(e).__name__, e)\n"
                + "try:\n"
                + "    gc.set_threshold(5, \"x\")\n"
                + "except TypeError as e:\n"
                + "    print(e)\n"
                + "print(gc.get_threshold())\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("""
                TypeError 'str' object cannot be interpreted as an integer
                TypeError 'float' object cannot be interpreted as an integer
                OverflowError Python int too large to convert to C long
                OverflowError signed integer is greater than maximum
                'str' object cannot be interpreted as an integer
                (5, 10, 10)
                """);
    }

    @Test
    void aDictResizedWithOneOrTwoLiveKeysGetsSixteenSlots() {
        // CPython 3.11.7: 352 3 352 2 (calculate_log2_keysize rounds used*3 = 3 or 6 up to 16 slots; the lab said 224)
        SimulationResult r = runPatiently("import sys\n"
                + "d = {i: i for i in range(8)}\n"
                + "for i in range(8):\n"
                + "    del d[i]\n"
                + "d[100] = d[101] = d[102] = 0\n"
                + "e = {i: i for i in range(8)}\n"
                + "for i in range(8):\n"
                + "    del e[i]\n"
                + "e[\"a\"] = 1\n"
                + "del e[\"a\"]\n"
                + "e[\"b\"] = e[\"c\"] = 2\n"
                + "print(sys.getsizeof(d), len(d), sys.getsizeof(e), len(e))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("352 3 352 2\n");
    }

    @Test
    void typeObjectsHaveTheSizeOfAStaticOrAHeapType() {
        // CPython 3.11.7 (the lab said 72 for every builtin type and 920 for builtin exception classes)
        SimulationResult r = runPatiently("import sys, functools, collections, itertools\n"
                + "print([sys.getsizeof(t) for t in (int, type(None), zip, ValueError, ExceptionGroup, itertools.count, collections.deque,\n"
                + "                                  functools.partial, collections.Counter)])\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("[424, 424, 424, 424, 920, 424, 424, 920, 1688]\n");
    }
}
