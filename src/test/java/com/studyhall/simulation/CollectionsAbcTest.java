package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.runPatiently;
import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** collections.abc, ABCMeta.register and __subclasshook__ (issue 12); the figures are CPython 3.11.7's. */
class CollectionsAbcTest {

    @Nested
    class Imports {
        @Test
        void everyFormOfTheImportNamesTheSameClasses() {
            assertThat(stdoutPatiently("import collections.abc\nimport collections.abc as cabc\nfrom collections import abc\n"
                    + "from collections.abc import Sized\nimport collections\n"
                    + "print(Sized is cabc.Sized is abc.Sized is collections.abc.Sized, Sized, type(Sized))\n"))
                    .isEqualTo("True <class 'collections.abc.Sized'> <class 'abc.ABCMeta'>\n");
        }
    }

    @Nested
    class Membership {
        @Test
        void aHookFindsTheMethodsAlongTheMroAndNoneHidesOne() {
            assertThat(stdoutPatiently("from collections.abc import Iterable, Hashable, Sized\n"
                    + "class A:\n    def __iter__(self): return iter(())\nclass B(A):\n    __iter__ = None\n"
                    + "class E:\n    def __eq__(self, o): return True\n"
                    + "print(isinstance(A(), Iterable), isinstance(B(), Iterable), isinstance(E(), Hashable), isinstance(A(), Sized))\n"))
                    .isEqualTo("True False False False\n");
        }

        @Test
        void registeredBuiltinsAnswerThroughTheSubclassesOfAnAbc() {
            // list is registered with MutableSequence only; Sequence finds it through its subclass.
            assertThat(stdoutPatiently("from collections.abc import Sequence, MutableSequence, Mapping, Set\n"
                    + "from collections import deque, OrderedDict\n"
                    + "print(isinstance([], Sequence), isinstance((), MutableSequence), isinstance(deque(), Sequence),"
                    + " isinstance(OrderedDict(), Mapping), isinstance({}.keys(), Set), isinstance(set(), Set))\n"))
                    .isEqualTo("True False True True True True\n");
        }

        @Test
        void aSubclassOfABuiltinInheritsItsRegistration() {
            assertThat(stdoutPatiently("from collections.abc import MutableMapping, Hashable\nclass D(dict): pass\n"
                    + "class H(dict):\n    def __hash__(self): return 1\n"
                    + "print(issubclass(D, MutableMapping), issubclass(D, Hashable), issubclass(H, Hashable))\n"))
                    .isEqualTo("True False True\n");
        }
    }

    @Nested
    class RegisterAndHooks {
        @Test
        void registerReturnsTheClassAndRefusesCycles() {
            assertThat(stdoutPatiently("from abc import ABC\nclass Base(ABC): pass\nclass Child(Base): pass\nclass X: pass\n"
                    + "print(Child.register(X) is X, issubclass(X, Base), X.__mro__)\n"
                    + "try:\n    Child.register(Base)\nexcept RuntimeError as e:\n    print(e)\n"
                    + "try:\n    Base.register(3)\nexcept TypeError as e:\n    print(e)\n"))
                    .isEqualTo("True True (<class '__main__.X'>, <class 'object'>)\nRefusing to create an inheritance cycle\n"
                            + "Can only register classes\n");
        }

        @Test
        void aHookAnswerIsCachedThoughTheClassChangesLater() {
            // ABCMeta's positive cache keeps the first answer.
            assertThat(stdoutPatiently("from collections.abc import Sized\nclass C:\n    def __len__(self): return 0\n"
                    + "print(isinstance(C(), Sized))\ndel C.__len__\nprint(isinstance(C(), Sized), hasattr(C, '__len__'))\n"))
                    .isEqualTo("True\nTrue False\n");
        }

        @Test
        void aHookThatAnswersNeitherBoolNorNotImplementedFailsAsInCPython() {
            assertThat(stdoutPatiently("from abc import ABC\nclass Bad(ABC):\n    @classmethod\n"
                    + "    def __subclasshook__(cls, C):\n        return 1\n"
                    + "try:\n    isinstance(3, Bad)\nexcept AssertionError as e:\n    print(e)\n"))
                    .isEqualTo("__subclasshook__ must return either False, True, or NotImplemented\n");
        }
    }

    @Nested
    class Subscriptions {
        @Test
        void aSubscriptionIsAGenericAliasNamedWithItsModule() {
            assertThat(stdoutPatiently("from collections.abc import Iterable, Mapping, Callable\nfrom abc import ABC\n"
                    + "print(Iterable[int], Mapping[str, list[ABC]], Callable[[int, str], bool], Callable[..., None])\n"
                    + "print(type(Iterable[int]).__name__, Mapping[str, int].__args__)\n"))
                    .isEqualTo("collections.abc.Iterable[int] collections.abc.Mapping[str, list[abc.ABC]] "
                            + "collections.abc.Callable[[int, str], bool] collections.abc.Callable[..., None]\n"
                            + "GenericAlias (<class 'str'>, <class 'int'>)\n");
        }

        @Test
        void theGenericAliasTypeIsCalledWithItsArgumentsPacked() {
            // classmethod(GenericAlias): type_call's 2-tuple goes to the free list, one more than list[int].
            assertThat(stdoutPatiently("import gc\nfrom collections.abc import Iterable\n"
                    + "gc.collect()\nx = list[int]\nprint(gc.get_count())\ngc.collect()\ny = Iterable[int]\nprint(gc.get_count())\n"))
                    .isEqualTo("(2, 0, 0)\n(3, 0, 0)\n");
        }

        @Test
        void callablesPythonNewIsNotCountedSoTheCountAfterItIsRefused() {
            assertThat(messages(runPatiently("import gc\nfrom collections.abc import Callable\ngc.collect()\n"
                    + "f = Callable[[int], str]\nprint(gc.get_count())\n")))
                    .singleElement().asString().contains("collections.abc.Callable");
        }
    }

    @Nested
    class Subclasses {
        @Test
        void aSequenceGetsItsMixinsFromGetitemAndLen() {
            assertThat(stdoutPatiently("from collections.abc import Sequence\nclass Deck(Sequence):\n"
                    + "    def __init__(self, c): self.c = list(c)\n    def __getitem__(self, i): return self.c[i]\n"
                    + "    def __len__(self): return len(self.c)\n"
                    + "d = Deck('abca')\nprint(list(d), 'b' in d, d.index('c'), d.count('a'), list(reversed(d)))\n"))
                    .isEqualTo("['a', 'b', 'c', 'a'] True 2 2 ['a', 'c', 'b', 'a']\n");
        }

        @Test
        void aMutableMappingIsUnhashableAndAMappingToDict() {
            assertThat(stdoutPatiently("from collections.abc import MutableMapping\nclass M(MutableMapping):\n"
                    + "    def __init__(self): self.d = {}\n    def __getitem__(self, k): return self.d[k]\n"
                    + "    def __setitem__(self, k, v): self.d[k] = v\n    def __delitem__(self, k): del self.d[k]\n"
                    + "    def __iter__(self): return iter(self.d)\n    def __len__(self): return len(self.d)\n"
                    + "m = M()\nm.update({'a': 1}, b=2)\nprint(dict(m), m.pop('a'), m.setdefault('c', 3), m == {'b': 2, 'c': 3})\n"
                    + "try:\n    hash(m)\nexcept TypeError as e:\n    print(e)\n"))
                    .isEqualTo("{'a': 1, 'b': 2} 1 3 True\nunhashable type: 'M'\n");
        }

        @Test
        void theDiagramDrawsTheAbcAsALeafWithoutTheModulesFunctions() {
            SimulationResult r = new Simulator().run(new SimulationRequest("from collections.abc import Sequence\n"
                    + "class Deck(Sequence):\n    def __getitem__(self, i): return 'ab'[i]\n    def __len__(self): return 2\n"
                    + "d = Deck()\nprint(d.index('b'), list(d))\n", EngineRuns.patient(java.time.Duration.ofSeconds(30)), true, "",
                    SimulationRequest.DEFAULT_SCRIPT));
            assertThat(r.stdout()).isEqualTo("1 ['a', 'b']\n");
            java.util.List<TraceStep.HeapObject> shown = r.steps().stream().flatMap(s -> s.heap().stream()).toList();
            // Sequence is a box of its own with no arrows out; none of collections.abc's functions is described.
            assertThat(shown).filteredOn(o -> o.type().equals("type") && "<class 'collections.abc.Sequence'>".equals(o.value()))
                    .isNotEmpty().allSatisfy(o -> assertThat(o.refs() == null || o.refs().isEmpty()).isTrue());
            assertThat(shown).filteredOn(o -> o.type().equals("function") && o.shared()).isNotEmpty() // Sequence.__iter__, its generator's
                    .allSatisfy(o -> assertThat(o.refs() == null || o.refs().isEmpty()).isTrue());
            assertThat(shown).filteredOn(o -> o.type().equals("type") && o.shared()).hasSizeLessThan(10);
            assertThat(r.steps().stream().flatMap(s -> s.events().stream()).filter(e -> e.kind().equals("alloc")).count()).isLessThan(25);
        }

        @Test
        void aClassMissingAnAbstractMethodCannotBeMade() {
            assertThat(stdoutPatiently("from collections.abc import MutableSequence\nclass L(MutableSequence):\n"
                    + "    def __len__(self): return 0\ntry:\n    L()\nexcept TypeError as e:\n    print(e)\n"))
                    .isEqualTo("Can't instantiate abstract class L with abstract methods __delitem__, __getitem__, __setitem__, insert\n");
        }
    }

    @Nested
    class Refusals {
        @Test
        void singledispatchBesideCollectionsAbcIsRefused() {
            assertThat(messages(runPatiently("from functools import singledispatch\nfrom collections.abc import Iterable\n"
                    + "@singledispatch\ndef show(x):\n    return 'x'\nprint(show(1))\n")))
                    .singleElement().asString().contains("functools.singledispatch in a program that uses collections.abc");
        }

        @Test
        void countingTheCollectorBesideACheckAgainstTypingsIterableIsRefused() {
            assertThat(messages(runPatiently("import gc\nfrom typing import Iterable\nprint(isinstance([], Iterable), gc.get_count())\n")))
                    .singleElement().asString().contains("checks classes against an abstract class");
        }

        @Test
        void countingTheCollectorBesideACheckAgainstTypingsListRuns() {
            assertThat(stdoutPatiently("import gc\nimport typing\ngc.collect()\nprint(isinstance([], typing.List), gc.get_count())\n"))
                    .isEqualTo("True (1, 0, 0)\n");
        }

        @Test
        void countingTheCollectorBesideACheckThatMayRaiseInTypingIsRefused() {
            assertThat(messages(runPatiently("import gc\nfrom typing import Any\ntry:\n    isinstance(1, Any)\n"
                    + "except TypeError:\n    print(gc.get_count())\n")))
                    .singleElement().asString().contains("isinstance() against typing's Any");
        }

        @Test
        void countingTheCollectorBesideAnAbcCheckIsRefused() {
            assertThat(messages(runPatiently("import gc\nfrom abc import ABC\nclass A(ABC): pass\nclass B(A): pass\n"
                    + "print(isinstance(B(), A), gc.get_count())\n")))
                    .singleElement().asString().contains("checks classes against an abstract class");
        }

        @Test
        void checksAgainstBuiltinClassesOnlyLeaveTheCollectorCounted() {
            // isinstance(x, (int, float)) never reaches ABCMeta, though the program's classes are abstract.
            assertThat(stdoutPatiently("import gc\nfrom abc import ABC\nclass Shape(ABC): pass\nclass Sq(Shape): pass\n"
                    + "print(isinstance(Sq(), object), isinstance(3, (int, float)))\ngc.collect()\nprint(gc.get_count())\n"))
                    .isEqualTo("True True\n(0, 0, 0)\n");
        }

        @Test
        void aProgramWithoutAnAbcCheckStillCountsTheCollector() {
            assertThat(stdoutPatiently("import gc\nfrom collections.abc import Sized\ngc.collect()\nprint(Sized.__name__, gc.get_count())\n"))
                    .isEqualTo("Sized (0, 0, 0)\n");
        }

        @Test
        void theGeneratorAbcsAndTheClassesOwnAttributesAreRefused() {
            assertThat(messages(runPatiently("import collections.abc\nclass G(collections.abc.Generator):\n    pass\n"
                    + "print(collections.abc.Sequence.index)\n")))
                    .hasSize(2).anySatisfy(m -> assertThat(m).contains("deriving from 'collections.abc.Generator'"))
                    .anySatisfy(m -> assertThat(m).contains("the attribute 'index' of collections.abc.Sequence"));
        }

        @Test
        void aSequencePatternBesideASequenceSubclassIsRefused() {
            assertThat(messages(runPatiently("from collections.abc import Sequence\nclass S(Sequence):\n"
                    + "    def __getitem__(self, i): return [1][i]\n    def __len__(self): return 1\n"
                    + "match S():\n    case [x]:\n        print(x)\n")))
                    .singleElement().asString().contains("a sequence or mapping pattern");
        }
    }
}
