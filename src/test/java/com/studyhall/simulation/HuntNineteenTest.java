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

    @Test
    void eachWeakContainerHasOnlyItsOwnKindsMethods() {
        // CPython 3.11.7 (the lab answered True to all but the last and returned a WeakSet's get())
        SimulationResult r = runPatiently("import weakref\n"
                + "class N:\n"
                + "    pass\n"
                + "n = N()\n"
                + "ws, wk = weakref.WeakSet([n]), weakref.WeakKeyDictionary({n: 1})\n"
                + "print(hasattr(ws, \"keys\"), hasattr(wk, \"add\"), hasattr(ws, \"add\"), hasattr(wk, \"keyrefs\"), hasattr(weakref.WeakValueDictionary(), \"keyrefs\"))\n"
                + "try:\n"
                + "    ws.get(n)\n"
                + "except AttributeError as e:\n"
                + "    print(e)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("""
                False False True True False
                'WeakSet' object has no attribute 'get'
                """);
    }

    @Test
    void weakContainersSpecialMethodsAreCalledAsLibWeakrefsPythonFunctions() {
        // CPython 3.11.7 (the lab: "'WeakKeyDictionary' object has no attribute '__setitem__'")
        SimulationResult r = runPatiently("import weakref\n"
                + "class N:\n"
                + "    pass\n"
                + "a, b = N(), N()\n"
                + "wk = weakref.WeakKeyDictionary()\n"
                + "wk.__setitem__(a, \"x\")\n"
                + "wk.__setitem__(b, value=\"y\")\n"
                + "print(wk.__getitem__(a), wk.__len__(), wk.__contains__(b), weakref.WeakSet([a]).__contains__(a))\n"
                + "for call in (lambda: wk.__setitem__(a), lambda: wk.__len__(1), lambda: wk.__getitem__(k=a)):\n"
                + "    try:\n"
                + "        call()\n"
                + "    except TypeError as e:\n"
                + "        print(e)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("""
                x 2 True True
                WeakKeyDictionary.__setitem__() missing 1 required positional argument: 'value'
                WeakKeyDictionary.__len__() takes 1 positional argument but 2 were given
                WeakKeyDictionary.__getitem__() got an unexpected keyword argument 'k'
                """);
    }

    @Test
    void frameClearReleasesAFinishedFramesLocalsAndRefusesARunningOne() {
        // CPython 3.11.7 (the lab: "'frame' object has no attribute 'clear'")
        SimulationResult r = runPatiently("import weakref\n"
                + "class Big:\n"
                + "    pass\n"
                + "probe = []\n"
                + "def fail():\n"
                + "    big = Big()\n"
                + "    probe.append(weakref.ref(big))\n"
                + "    raise ValueError(\"v\")\n"
                + "try:\n"
                + "    fail()\n"
                + "except ValueError as e:\n"
                + "    tb = e.__traceback__\n"
                + "    try:\n"
                + "        tb.tb_frame.clear()\n"
                + "    except RuntimeError as r:\n"
                + "        print(r)\n"
                + "    print(probe[0]() is not None, tb.tb_next.tb_frame.clear(), probe[0]() is None)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("""
                cannot clear an executing frame
                True None True
                """);
    }

    @Test
    void aRunningFramesLinenoIsTheLineItIsAtNow() {
        // CPython 3.11.7: 2 6 (the lab printed the line the exception passed, 2, for both)
        SimulationResult r = runPatiently("try:\n"
                + "    raise KeyError(\"k\")\n"
                + "except KeyError as k:\n"
                + "    f = k.__traceback__.tb_frame\n"
                + "\n"
                + "    print(k.__traceback__.tb_lineno, f.f_lineno)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("2 6\n");
    }

    @Test
    void aFramesCodeGivesItsFunctionsOwnName() {
        // CPython 3.11.7 (the checker refused f_code; it still refuses any other read of it)
        SimulationResult r = runPatiently("class Shape:\n"
                + "    def area(self):\n"
                + "        return (lambda: 1 / 0)()\n"
                + "try:\n"
                + "    Shape().area()\n"
                + "except ZeroDivisionError as e:\n"
                + "    tb, names = e.__traceback__, []\n"
                + "    while tb is not None:\n"
                + "        names.append(tb.tb_frame.f_code.co_name)\n"
                + "        tb = tb.tb_next\n"
                + "    print(names)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("['<module>', 'area', '<lambda>']\n");
        assertThat(runPatiently("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(e.__traceback__.tb_frame.f_code)\n").diagnostics())
                .singleElement().asString().contains("a frame's f_code other than read for its co_name");
    }

    @Test
    void tracebacksAreFiftySixBytesAndARunningFramesObjectIsUntracked() {
        // CPython 3.11.7: 56 False True (the lab said 64 True True)
        String head = "import gc, sys\ndef f():\n    a = [1]\n    raise ValueError\ntry:\n    f()\nexcept ValueError as e:\n    tb = e.__traceback__\n";
        SimulationResult r = runPatiently(head + "    print(sys.getsizeof(tb), gc.is_tracked(tb.tb_frame), gc.is_tracked(tb.tb_next.tb_frame))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("56 False True\n");
        // A frame's size counts its code's stack depth and its referents its code object: neither is modelled, so both stop.
        assertThat(runPatiently(head + "    print(sys.getsizeof(tb.tb_frame))\n").error().lastStderrLine())
                .isEqualTo("TypeError: sys.getsizeof() of a frame is not supported in the memory lab");
        assertThat(runPatiently(head + "    print(gc.get_referents(tb.tb_next.tb_frame))\n").error().lastStderrLine())
                .isEqualTo("TypeError: gc.get_referents() of a frame is not supported in the memory lab");
    }

    @Test
    void objectsSlotsBoundToAnInstanceAreMethodWrappersAndObjectInitNamesTheClass() {
        // CPython 3.11.7 (the lab: builtin_function_or_method 72 ..., and "object.__init__() takes ..." twice)
        SimulationResult r = runPatiently("import sys\n"
                + "class Bare:\n"
                + "    pass\n"
                + "class Made:\n"
                + "    def __new__(cls, *args):\n"
                + "        return super().__new__(cls)\n"
                + "b = Bare()\n"
                + "print(type(b.__init__).__name__, sys.getsizeof(b.__init__), type(b.__repr__).__name__, type(b.__sizeof__).__name__)\n"
                + "for obj in (b, Made()):\n"
                + "    try:\n"
                + "        print(obj.__init__(1))\n"
                + "    except TypeError as e:\n"
                + "        print(e)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("""
                method-wrapper 48 method-wrapper builtin_function_or_method
                Bare.__init__() takes exactly one argument (the instance to initialize)
                None
                """);
    }

    @Test
    void builtinMethodsAndMethodWrappersBoundToOneObjectAreEqualAndHashAlike() {
        // CPython 3.11.7 (the lab compared them by identity: False False False True / 4 False)
        SimulationResult r = runPatiently("x = []\n"
                + "b = type(\"B\", (), {})()\n"
                + "print(x.append == x.append, x.append == [].append, b.__init__ == b.__init__, b.__init__ != b.__init__)\n"
                + "print(len({x.append, x.append, b.__init__, b.__init__}), hash(x.append) == hash(x.append))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("True False True False\n2 True\n");
    }
}
