package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leftover refusals and known differences turned into exact support, part 4 (issue 12). */
class LeftoversFourTest {
    private static void assertPrints(String code, String expected) {
        assertThat(stdoutPatiently(code)).isEqualTo(expected);
    }

    @Nested
    class StrObjectsKeptWhole {
        @Test
        void aSpecThatNeitherPadsNorTruncatesAnswersTheStrItself() {
            assertPrints("import sys\ns = 'hello world'\nb = sys.getrefcount(s)\n"
                    + "k = [format(s, '>3'), '{:>3}'.format(s), f'{s:.20}', '%5s' % s, '{}{:<4}'.format('', s)]\n"
                    + "print(sys.getrefcount(s) - b, [x is s for x in k])\n"
                    + "print(format(s, '>12') is s, '{:>3}{}'.format(s, '') is s, '%.5s' % s is s)\n",
                    "5 [True, True, True, True, True]\nFalse False False\n");
        }

        @Test
        void theStrAClassesDunderReturnedIsPassedOn() {
            assertPrints("class P:\n    def __init__(self, n):\n        self.n = n\n"
                    + "    def __str__(self):\n        return self.n\n"
                    + "n = 'ada lovelace'\np = P(n)\nprint(str(p) is n, f'{p}' is n, '%s' % p is n, '{}'.format(p) is n)\n",
                    "True True True True\n");
        }

        @Test
        void aLeadingZeroFillsAStrWithoutEqualsAlignment() {
            assertPrints("print(format('ab', '05'), format('ab', '0^5'))\n"
                    + "try:\n    format('ab', ' 5')\nexcept ValueError as e:\n    print(e)\n",
                    "ab000 0ab00\nSpace not allowed in string format specifier\n");
        }

        @Test
        void operationsThatChangeNothingAnswerTheStrItself() {
            assertPrints("s = 'hello world'\nprint(s + '' is s, s * 1 is s, s[::1] is s, s.split('z')[0] is s, "
                    + "s.split(None, 0)[0] is s, s.format() is s, s % () is s)\n",
                    "True True True True False True True\n");
        }
    }

    @Nested
    class ConstantTuples {
        @Test
        void aConstantTupleIsTrackedUntilTheFirstCollectionExaminesIt() {
            assertPrints("import gc\nt = (1, 2)\ndef f():\n    return ('a', 'b')\n"
                    + "print(gc.is_tracked(t), gc.is_tracked(f()), gc.is_tracked(()))\n"
                    + "gc.collect(0)\nprint(gc.is_tracked(t), gc.is_tracked(f()))\n",
                    "True True False\nFalse False\n");
        }

        @Test
        void aFrozenConstantTupleStaysTrackedUntilUnfrozenAndCollected() {
            assertPrints("import gc\ngc.freeze()\ndef f():\n    return (3, 4)\n"
                    + "gc.collect()\nprint(gc.is_tracked(f()))\ngc.unfreeze()\ngc.collect(1)\nprint(gc.is_tracked(f()))\n"
                    + "gc.collect()\nprint(gc.is_tracked(f()))\n",
                    "True\nTrue\nFalse\n");
        }
    }

    @Nested
    class ClassGetitem {
        @Test
        void aClassesClassGetitemAnswersItsSubscriptionAndIsInherited() {
            assertPrints("class Box:\n    def __class_getitem__(cls, item):\n        return (cls.__name__, item)\n"
                    + "class Crate(Box):\n    pass\nprint(Box[1], Crate[1, 2], type(Box.__dict__['__class_getitem__']).__name__)\n",
                    "('Box', 1) ('Crate', (1, 2)) classmethod\n");
        }

        @Test
        void aClassWithoutOneIsNotSubscriptableAndAListSubclassMakesAnAlias() {
            assertPrints("class P:\n    pass\nclass L(list):\n    pass\n"
                    + "try:\n    P[int]\nexcept TypeError as e:\n    print(e)\nprint(L[int])\n",
                    "type 'P' is not subscriptable\n__main__.L[int]\n");
        }

        @Test
        void theBuiltinTypesClassGetitemStaysRefusedAsAnAttribute() {
            assertThat(messages(EngineRuns.runPatiently("print(list.__class_getitem__(int))\n")))
                    .containsExactly("line 1: 'list.__class_getitem__' is not supported in the memory lab");
        }
    }

    @Nested
    class Getattribute {
        @Test
        void everyReadGoesThroughTheClassesGetattributeButSpecialMethodsDoNot() {
            assertPrints("class L:\n    def __init__(self):\n        self.x = 1\n        self.seen = []\n"
                    + "    def __getattribute__(self, name):\n        object.__getattribute__(self, 'seen').append(name)\n"
                    + "        return object.__getattribute__(self, name)\n    def m(self):\n        return 2\n"
                    + "    def __len__(self):\n        return 0\n"
                    + "o = L()\nprint(o.x, o.m(), len(o), o.__class__.__name__, o.seen)\n",
                    "1 2 0 L ['x', 'm', '__class__', 'seen']\n");
        }

        @Test
        void dirVarsAndCopyAreRefusedBesideIt() {
            assertThat(messages(EngineRuns.runPatiently("import copy\nclass A:\n    def __getattribute__(self, n):\n        return 1\n"
                    + "print(dir(A()))\n"))).containsExactlyInAnyOrder(
                    "line 3: __getattribute__ in a program that imports copy (copy reads __reduce_ex__ and the state through it) is not supported in the memory lab",
                    "line 5: dir() in a program whose class defines __getattribute__ (CPython reads __dict__ and __class__ through it) is not supported in the memory lab");
        }

        @Test
        void dataclassesFieldReadersAreRefusedBesideIt() {
            assertThat(messages(EngineRuns.runPatiently("import dataclasses\n@dataclasses.dataclass\nclass D:\n    a: int\n"
                    + "    def __getattribute__(self, n):\n        return object.__getattribute__(self, n)\n"
                    + "print(dataclasses.asdict(D(1)), D(1).a, 'x'.replace('x', 'y'))\n"))).containsExactly(
                    "line 7: dataclasses' asdict, astuple, replace and fields in a program whose class defines __getattribute__ (they read __dataclass_fields__ and __class__ through it) is not supported in the memory lab");
        }

        @Test
        void anAttributeErrorFromItGoesOnToGetattr() {
            assertPrints("class U:\n    def __getattribute__(self, name):\n        return super().__getattribute__(name)\n"
                    + "    def __getattr__(self, name):\n        return name.upper()\nprint(U().abc)\n",
                    "ABC\n");
        }
    }
}
