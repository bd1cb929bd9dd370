package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The tenth real-programs hunt (issue 12): each engine fix it needed, proved on its own. */
class HuntTenTest {
    @Nested
    class CounterInclusion {
        @Test
        void countersCompareAsMultisetsWithMissingCountsZero() {
            SimulationResult r = runPatiently("from collections import Counter\na, b = Counter('aab'), Counter('aabbc')\n"
                    + "print(a <= b, a < b, a >= b, a > b, b > a, a < a, a <= a, Counter() < Counter(x=0), Counter(a=1, b=-1) <= Counter(a=1))\n");
            assertThat(r.error()).isNull();
            assertThat(r.stdout()).isEqualTo("True True False False True False True False True\n");
        }

        @Test
        void againstAPlainDictTheOrderingIsATypeError() {
            SimulationResult r = runPatiently("from collections import Counter\ntry:\n    Counter('a') < {'a': 3}\nexcept TypeError as e:\n    print(e)\n"
                    + "try:\n    {'a': 3} >= Counter('a')\nexcept TypeError as e:\n    print(e)\n");
            assertThat(r.stdout()).isEqualTo("'<' not supported between instances of 'Counter' and 'dict'\n"
                    + "'>=' not supported between instances of 'dict' and 'Counter'\n");
        }
    }

    @Nested
    class PartialInstanceDict {
        @Test
        void aPartialTakesAttributesAndItsOwnDocstring() {
            SimulationResult r = runPatiently("import functools\np = functools.partial(int, base=2)\nprint(p.__doc__.split(' - ')[0])\n"
                    + "p.__doc__ = 'Convert base 2 string to an int.'\np.tag = [1]\nprint(p.__doc__, p('101'), vars(p))\n"
                    + "del p.tag\nprint(p.__dict__)\n");
            assertThat(r.error()).isNull();
            assertThat(r.stdout()).isEqualTo("partial(func, *args, **keywords)\nConvert base 2 string to an int. 5 "
                    + "{'__doc__': 'Convert base 2 string to an int.', 'tag': [1]}\n{'__doc__': 'Convert base 2 string to an int.'}\n");
        }

        @Test
        void itsMembersAreReadOnlyAndItsDictIsTraversed() {
            SimulationResult r = runPatiently("import functools, gc\np = functools.partial(max)\ntry:\n    p.func = min\nexcept AttributeError as e:\n    print(e)\n"
                    + "try:\n    p.__dict__ = 3\nexcept TypeError as e:\n    print(e)\np.me = p\ndel p\nprint(gc.collect())\n");
            assertThat(r.stdout()).isEqualTo("readonly attribute\n__dict__ must be set to a dictionary, not a 'int'\n2\n");
        }
    }

    @Nested
    class TracebackModule {
        @Test
        void printExcWritesTheReportToStandardErrorWithLimitAndChain() {
            SimulationResult r = runPatiently("import traceback\ndef f(n):\n    return 1 // n\ntry:\n    f(0)\nexcept ZeroDivisionError:\n"
                    + "    traceback.print_exc(limit=1)\ntraceback.print_exc()\n");
            assertThat(r.error()).isNull();
            assertThat(r.stderr()).isEqualTo("Traceback (most recent call last):\n  File \"main.py\", line 5, in <module>\n    f(0)\n"
                    + "ZeroDivisionError: integer division or modulo by zero\nNoneType: None\n");
        }

        @Test
        void printExceptionFollowsCausesUnlessChainIsFalse() {
            SimulationResult r = runPatiently("import traceback\ntry:\n    try:\n        {}['k']\n    except KeyError as e:\n"
                    + "        raise ValueError('wrapped') from e\nexcept ValueError as e:\n    saved = e\n"
                    + "traceback.print_exception(saved, chain=False)\nprint(traceback.format_exception_only(saved))\n");
            assertThat(r.stderr()).isEqualTo("Traceback (most recent call last):\n  File \"main.py\", line 6, in <module>\n"
                    + "    raise ValueError('wrapped') from e\nValueError: wrapped\n");
            assertThat(r.stdout()).isEqualTo("['ValueError: wrapped\\n']\n");
        }

        @Test
        void theCollectorMayNotBeObservedAndTheReportNotTakenAsText() {
            SimulationResult r = runPatiently("import traceback, gc\ntry:\n    1 / 0\nexcept Exception:\n    s = traceback.format_exc()\n"
                    + "    traceback.print_exc(None, None)\nprint(gc.collect())\n");
            assertThat(r.rejected()).isTrue();
            assertThat(r.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("traceback.format_exc"))
                    .anyMatch(m -> m.contains("the file argument of traceback.print_exc()"))
                    .anyMatch(m -> m.contains("in a program that uses traceback"));
        }
    }

    @Nested
    class ComprehensionIterableHeld {
        @Test
        void anIterMethodRunForAComprehensionSeesItsIterableHeldOnTheStack() throws InterruptedException {
            String code = "import sys\nclass R:\n    def __iter__(self):\n        print(sys.getrefcount(self))\n        return iter([1, 2])\n"
                    + "    def listed(self):\n        return [v for v in self]\n    def __contains__(self, x):\n        return any(x == v for v in self)\n"
                    + "r = R()\nprint(r.listed(), 2 in r)\n";
            assertThat(CheckedRun.run(code)).isEmpty();
            assertThat(runPatiently(code).stdout()).isEqualTo("5\n6\n[1, 2] True\n");
        }
    }

    @Nested
    class WrappingABuiltin {
        @Test
        void wrapsOfABuiltinOrLibraryFunctionIsRefusedBeforeTheRun() {
            SimulationResult r = runPatiently("import functools, math\nf = functools.wraps(len)(lambda x: 0)\n"
                    + "g = functools.update_wrapper(lambda x: 0, math.sqrt)\nprint(f.__name__)\n");
            assertThat(r.rejected()).isTrue();
            assertThat(r.diagnostics()).hasSize(2).allMatch(d -> d.message().contains("of a builtin or library function"));
        }

        @Test
        void wrapsOfTheProgramsOwnFunctionRuns() {
            SimulationResult r = runPatiently("import functools\ndef mine(x):\n    'doc'\n    return x\nh = functools.wraps(mine)(lambda x: 1)\n"
                    + "print(h.__name__, h.__doc__, h.__wrapped__ is mine)\n");
            assertThat(r.rejected()).isFalse();
            assertThat(r.stdout()).isEqualTo("mine doc True\n");
        }
    }

    @Nested
    class CopyThroughReduce {
        @Test
        void aCopiedBytearrayIsANewObjectWithTheSameBytes() {
            SimulationResult r = runPatiently("import copy, sys\nb = bytearray(b'memory')\nc = copy.copy(b)\nc[0] = 77\nd = copy.deepcopy([b, b])\n"
                    + "print(b, c, c is b, sys.getsizeof(c), d[0] is d[1], d[0] is b)\n");
            assertThat(r.stdout()).isEqualTo("bytearray(b'memory') bytearray(b'Memory') False 63 True False\n");
        }

        @Test
        void aCopiedPartialSharesItsStateAndADeepCopyCopiesIt() {
            SimulationResult r = runPatiently("import copy, functools\np = functools.partial(max, [1], key=len)\np.note = ['n']\ns = copy.copy(p)\n"
                    + "d = copy.deepcopy(p)\nprint(s is p, s.args is p.args, s.keywords is p.keywords, s.__dict__ is p.__dict__)\n"
                    + "print(d is p, d.func is p.func, d.args[0] is p.args[0], d.keywords is p.keywords, d.note == p.note, d.note is p.note)\n");
            assertThat(r.stdout()).isEqualTo("False True True True\nFalse True False False True False\n");
        }

        @Test
        void generatorsAndMemoryviewsCannotBeCopied() {
            SimulationResult r = runPatiently("import copy\nfor f in (copy.copy, copy.deepcopy):\n    for x in ((i for i in ()), memoryview(b'ab')):\n"
                    + "        try:\n            f(x)\n        except TypeError as e:\n            print(e)\n");
            assertThat(r.stdout()).isEqualTo("cannot pickle 'generator' object\ncannot pickle memoryview objects\n"
                    + "cannot pickle 'generator' object\ncannot pickle memoryview objects\n");
        }
    }
}
