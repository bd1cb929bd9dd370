package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leftover refusals turned into exact support, part 5 (issue 12). */
class LeftoversFiveTest {
    private static void assertPrints(String code, String expected) {
        assertThat(stdoutPatiently(code)).isEqualTo(expected);
    }

    private static final String LRU = "from collections import OrderedDict\n"
            + "class LRU(OrderedDict):\n"
            + "    def __init__(self, maxsize=2, *args, **kwds):\n"
            + "        self.maxsize = maxsize\n"
            + "        super().__init__(*args, **kwds)\n"
            + "    def __getitem__(self, key):\n"
            + "        value = super().__getitem__(key)\n"
            + "        self.move_to_end(key)\n"
            + "        return value\n"
            + "    def __setitem__(self, key, value):\n"
            + "        if key in self:\n"
            + "            self.move_to_end(key)\n"
            + "        super().__setitem__(key, value)\n"
            + "        if len(self) > self.maxsize:\n"
            + "            del self[next(iter(self))]\n";

    @Nested
    class OrderedDictSubclasses {
        @Test
        void theDocsLruRecipeEvictsTheLeastRecentlyLookedUpKey() {
            assertPrints(LRU + "c = LRU(2)\nc['a'] = 1\nc['b'] = 2\nprint(c['a'])\nc['c'] = 3\n"
                    + "print(c, len(c), c.popitem(last=False))\n",
                    "1\nLRU([('c', 3)]) 2 ('a', 1)\n");
        }

        @Test
        void theClassHasOrderedDictAndDictInItsMroAndNoDictOrWeakrefSlotsOfItsOwn() {
            assertPrints(LRU + "import sys\nc = LRU()\n"
                    + "print(LRU.__mro__)\nprint(isinstance(c, OrderedDict), issubclass(LRU, OrderedDict), type(c) is LRU)\n"
                    + "print(sys.getsizeof(c) == sys.getsizeof(OrderedDict()), sys.getsizeof(c.__dict__), vars(c))\n",
                    "(<class '__main__.LRU'>, <class 'collections.OrderedDict'>, <class 'dict'>, <class 'object'>)\n"
                    + "True True True\nTrue 184 {'maxsize': 2}\n");
        }

        @Test
        void initAndUpdateStoreEachPairThroughTheSubclassesSetitem() {
            assertPrints("from collections import OrderedDict\nclass L(OrderedDict):\n"
                    + "    def __setitem__(self, k, v):\n        print('set', k)\n        super().__setitem__(k, v)\n"
                    + "d = L({'a': 1}, b=2)\nd.update([('c', 3)])\nprint(d.setdefault('z', 0), d)\n",
                    "set a\nset b\nset c\nset z\n0 L([('a', 1), ('b', 2), ('c', 3), ('z', 0)])\n");
        }

        @Test
        void copyCallsTheClassAndReadsThroughItsGetitem() {
            assertPrints(LRU + "c = LRU(3, [('a', 1), ('b', 2)])\nd = c.copy()\nprint(type(d).__name__, d, c)\n",
                    "LRU LRU([('a', 1)]) LRU([('b', 2), ('a', 1)])\n");
        }

        @Test
        void movingAKeyWhileIteratingIsAnError() {
            assertPrints("from collections import OrderedDict\no = OrderedDict(a=1, b=2)\n"
                    + "try:\n    for k in o:\n        o.move_to_end(k)\nexcept RuntimeError as e:\n    print(e)\n"
                    + "for k in o:\n    if k == 'a':\n        o['z'] = 1\nprint(list(o))\n",
                    "OrderedDict mutated during iteration\n['b', 'a', 'z']\n");
        }

        @Test
        void anItemsMethodInTheSubclassIsRefusedBeforeTheFirstLine() {
            assertThat(messages(EngineRuns.runPatiently("from collections import OrderedDict\nprint(1)\n"
                    + "class L(OrderedDict):\n    def items(self):\n        return []\n")))
                    .containsExactly("line 4: items() in a class deriving from OrderedDict is not supported in the memory lab");
        }

        @Test
        void otherCollectionsBasesStayRefused() {
            assertThat(messages(EngineRuns.runPatiently("from collections import deque\nclass Q(deque):\n    pass\n")))
                    .containsExactly("line 2: a class deriving from a collections type is not supported in the memory lab");
        }
    }

    @Nested
    class ClassDictKeys {
        @Test
        void iteratingVarsOfAClassGivesCPythonsOrder() {
            assertPrints("class A:\n    'doc'\n    x: int = 1\n    def f(self):\n        pass\n"
                    + "class B:\n    __slots__ = ('p',)\n"
                    + "print(list(vars(A)))\nprint([k for k in B.__dict__], len(vars(B)))\n",
                    "['__module__', '__annotations__', '__doc__', 'x', 'f', '__dict__', '__weakref__']\n"
                    + "['__module__', '__slots__', 'p', '__doc__'] 4\n");
        }

        @Test
        void namesStoredOnTheClassLaterComeAfterWhatTypeReadyAdded() {
            assertPrints("class A:\n    a = 1\n    b = 2\nA.c = 3\ndel A.a\nA.a = 4\nprint(list(vars(A)))\n",
                    "['__module__', 'b', '__dict__', '__weakref__', '__doc__', 'c', 'a']\n");
        }

        @Test
        void aClassWhoseOrderTheLabDoesNotKnowStaysRefused() {
            assertThat(messages(EngineRuns.runPatiently("class D(dict):\n    pass\nprint(list(vars(D)))\n")))
                    .containsExactly("line 3: vars() of a class beyond 'in' and reading a name (a mappingproxy) is not supported in the memory lab");
            assertThat(messages(EngineRuns.runPatiently("class E:\n    def __eq__(self, o):\n        return True\nprint(list(E.__dict__))\n")))
                    .hasSize(1);
        }
    }

    @Nested
    class ClassAnnotations {
        @Test
        void aClassAnswersItsOwnAnnotationsNotItsBases() {
            assertPrints("class A:\n    x: int = 1\nclass B(A):\n    pass\n"
                    + "print(A.__annotations__, B.__annotations__, B.__annotations__ is B.__annotations__)\n",
                    "{'x': <class 'int'>} {} True\n");
        }

        @Test
        void readingThemFromAClassWithoutAnyStoresAnEmptyDictLast() {
            assertPrints("class C:\n    a = 1\nd = C.__annotations__\nprint(list(vars(C)), vars(C)['__annotations__'] is d)\n",
                    "['__module__', 'a', '__dict__', '__weakref__', '__doc__', '__annotations__'] True\n");
        }

        @Test
        void anInstancesAnnotationsAreFoundInItsClassesDict() {
            // Refused until the seventeenth real-programs hunt (HuntSeventeenTest.FunctionAnnotations).
            assertPrints("class C:\n    x: int\nclass B(C): pass\nc = B()\nprint(c.__annotations__)\n", "{'x': <class 'int'>}\n");
        }
    }

    @Nested
    class PlainOrderedDicts {
        @Test
        void theUnionOperatorsMakeAnOrderedDictWhicheverSideItIsOn() {
            assertPrints("from collections import OrderedDict\nod = OrderedDict(a=1)\n"
                    + "print(od | {'b': 2}, {'z': 0} | od)\nod |= [('c', 3)]\nd = {'q': 1}\nd |= od\nprint(od, d)\n",
                    "OrderedDict([('a', 1), ('b', 2)]) OrderedDict([('z', 0), ('a', 1)])\n"
                    + "OrderedDict([('a', 1), ('c', 3)]) {'q': 1, 'a': 1, 'c': 3}\n");
        }

        @Test
        void aUnionWithSomethingNotADictIsCPythonsTypeError() {
            assertPrints("from collections import OrderedDict\ntry:\n    OrderedDict(a=1) | [('x', 1)]\n"
                    + "except TypeError as e:\n    print(e)\n",
                    "unsupported operand type(s) for |: 'collections.OrderedDict' and 'list'\n");
        }

        @Test
        void itsViewsPrintAsOrderedDictViews() {
            assertPrints("from collections import OrderedDict\nod = OrderedDict(a=1)\nprint(od.keys(), od.values(), od.items())\n",
                    "odict_keys(['a']) odict_values([1]) odict_items([('a', 1)])\n");
        }
    }

    @Nested
    class TextHooksReturningAStrSubclass {
        @Test
        void strAndReprPassTheSubclassInstanceOnAndPrintingUsesItsText() {
            assertPrints("class Name(str):\n    pass\nclass P:\n    def __str__(self):\n        return Name('pat')\n"
                    + "    def __repr__(self):\n        return Name('P()')\np = P()\n"
                    + "print(type(str(p)).__name__, type(repr(p)).__name__, p, [p], f'{p}')\n",
                    "Name Name pat [P()] pat\n");
        }

        @Test
        void anythingElseIsStillCPythonsTypeError() {
            assertPrints("class P:\n    def __str__(self):\n        return 3\ntry:\n    str(P())\n"
                    + "except TypeError as e:\n    print(e)\n", "__str__ returned non-string (type int)\n");
        }
    }
}
