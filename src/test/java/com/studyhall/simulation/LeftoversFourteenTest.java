package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Silent mismatches made exact or refused, part 3 (issue 12, lang_leftovers_14): each fix on its own. */
class LeftoversFourteenTest {

    @Test
    void starredCallsIntoBaseExceptionKeepTheCallersTupleAndGatherMixedArgumentsInAList() {
        // CPython 3.11.7: super().__init__(*args) keeps the *args tuple itself; f(*t, 3) builds a list first.
        SimulationResult r = runPatiently("""
                import gc
                class E(Exception):
                    def __new__(cls, *args):
                        return super().__new__(cls, *args)
                class H(Exception):
                    def __init__(self, *args):
                        super().__init__(*args)
                class J(Exception):
                    def __init__(self, *args):
                        Exception.__init__(self, *args)
                def f(*a):
                    return len(a)
                t = (1, 2)
                for C in (E, H, J):
                    gc.collect()
                    y = C('a')
                    print(C.__name__, gc.get_count(), y.args)
                gc.collect()
                f(*t, 3)
                print(gc.get_count())
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("E (6, 0, 0) ('a',)\nH (2, 0, 0) ('a',)\nJ (5, 0, 0) ('a',)\n(3, 0, 0)\n");
    }

    @Test
    void bytesPercentFormattingRunsWithCPythonsWordingsWhereverTheBytesComeFrom() {
        // CPython 3.11.7 (the format is a function's result, so no literal shows it is bytes)
        SimulationResult r = runPatiently("""
                def fmt(s):
                    return s.encode()
                for f, v in [('%d', 'x'), ('%s', 'x'), ('%c', 300), ('%c', 'a'), ('%f', 'x'), ('%s %s', (b'a',)),
                             ('%d', (1, 2)), ('%r|%5.1b|%c', ('x', b'ab', 65)), ('%(k)s', {b'k': b'v'}), ('x', [1])]:
                    try:
                        print(fmt(f) % v)
                    except (TypeError, OverflowError) as e:
                        print(type(e).__name__, e)
                print(bytearray(b'%d-%x') % (7, 255), repr('x' % [1]))
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("""
                TypeError %d format: a real number is required, not str
                TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
                OverflowError %c arg not in range(256)
                TypeError %c requires an integer in range(256) or a single byte
                TypeError float argument required, not str
                TypeError not enough arguments for format string
                TypeError not all arguments converted during bytes formatting
                b"'x'|    a|A"
                b'v'
                b'x'
                bytearray(b'7-ff') 'x'
                """);
    }

    @Test
    void totalOrderingSetsFunctoolsOwnSharedFunctionsAsLibFunctoolsDoes() {
        // CPython 3.11.7: the same _gt_from_lt object on every class, renamed __gt__ by __name__ only
        SimulationResult r = runPatiently("""
                import functools, gc, sys
                gc.collect()
                @functools.total_ordering
                class Version:
                    def __init__(self, n):
                        self.n = n
                    def __eq__(self, other):
                        return isinstance(other, Version) and self.n == other.n
                    def __lt__(self, other):
                        if not isinstance(other, Version):
                            return NotImplemented
                        return self.n < other.n
                print(gc.get_count())
                @functools.total_ordering
                class Other:
                    def __lt__(self, other):
                        return False
                print(gc.get_count())
                print(Version.__gt__.__name__, Version.__gt__.__qualname__, Version.__ge__.__module__)
                print(repr(Version.__le__).split(' at ')[0], Version.__le__ is Other.__le__)
                print(Version(2) >= Version(1), Version.__ge__(Version(1), 'x'))
                print(sys.getrefcount(Version.__gt__))
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("""
                (14, 0, 0)
                (25, 0, 0)
                __gt__ _gt_from_lt functools
                <function _le_from_lt True
                True NotImplemented
                7
                """);
    }

    @Test
    void dataclassesSentinelsAreInstancesOfItsPrivateClassesAndLibraryInstancesReprWithTheirModule() {
        // CPython 3.11.7
        SimulationResult r = runPatiently("""
                import contextlib, dataclasses, sys
                print(repr(dataclasses.MISSING).split(' at ')[0], type(dataclasses.MISSING))
                print(repr(dataclasses.KW_ONLY).split(' at ')[0], sys.getsizeof(dataclasses.MISSING))
                print(dataclasses.field().default is dataclasses.MISSING)
                print(repr(contextlib.ExitStack()).split(' at ')[0])
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("""
                <dataclasses._MISSING_TYPE object <class 'dataclasses._MISSING_TYPE'>
                <dataclasses._KW_ONLY_TYPE object 56
                True
                <contextlib.ExitStack object
                """);
    }

    @Test
    void showingALibraryFunctionCPythonWritesInPythonIsRefusedButCallingItRuns() {
        // CPython 3.11.7: <class 'function'> and <function dedent at 0x...>, builtins in the lab
        SimulationResult r = runPatiently("""
                import json, string, sys
                from textwrap import dedent
                print(string.capwords('a b'), json.dumps([1]), dedent('  x'))
                print(type(string.capwords))
                print(repr(dedent), sys.getsizeof(json.loads))
                kind = json.dumps.__class__
                """);
        assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "line 4: type() of string.capwords (a Python function of the library in CPython, a builtin function in the lab) is not supported in the memory lab",
                "line 5: repr() of textwrap.dedent (a Python function of the library in CPython, a builtin function in the lab) is not supported in the memory lab",
                "line 5: sys.getsizeof() of json.loads (a Python function of the library in CPython, a builtin function in the lab) is not supported in the memory lab",
                "line 6: the attribute __class__ of json.dumps (a Python function of the library in CPython, a builtin function in the lab) is not supported in the memory lab");
        SimulationResult calls = runPatiently("import json, string\nprint(string.capwords('a b'), json.dumps([1]), sorted(['b a'], key=string.capwords))\n");
        assertThat(calls.diagnostics()).isEmpty();
        assertThat(calls.stdout()).isEqualTo("A B [1] ['b a']\n");
    }

    @Test
    void aClassCalledWithStarsGetsTheCallersTupleAsTypeCallDoes() {
        // CPython 3.11.7: (2, 0, 0) then (8, 0, 0) True
        SimulationResult r = runPatiently("""
                import gc
                class Node:
                    def __init__(self, *children):
                        self.children = children
                class Err(Exception):
                    pass
                x = ('x', 'y')
                gc.collect()
                n = Node(*x)
                print(gc.get_count())
                e = Err(*x)
                print(gc.get_count(), e.args is x)
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("(2, 0, 0)\n(8, 0, 0) True\n");
    }

    @Test
    void aKeyedConversionUsesUpThePositionalArgument() {
        // CPython 3.11.7
        SimulationResult r = runPatiently("""
                row = {'user': 'ana'}
                print('%s then %(user)s' % row)
                try:
                    print('%(user)s then %s' % row)
                except TypeError as e:
                    print(e)
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("{'user': 'ana'} then ana\nnot enough arguments for format string\n");
    }
}
