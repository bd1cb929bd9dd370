package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** typing.Protocol, runtime_checkable, NewType, overload, final and the smaller 3.11 names (issue 12, typing_protocols). */
class TypingProtocolsTest {

    @Test
    void aProtocolSubclassHasProtocolsMroAndCannotBeInstantiated() {
        // CPython 3.11.7:
        // (<class '__main__.Shape'>, <class 'typing.Protocol'>, <class 'typing.Generic'>, <class 'object'>)
        // True () 6
        // Protocols cannot be instantiated
        SimulationResult r = runPatiently("import sys\nfrom typing import Protocol\n"
                + "class Shape(Protocol):\n    def area(self) -> float: ...\n"
                + "print(Shape.__mro__)\nprint(Shape._is_protocol, Shape.__parameters__, sys.getrefcount(Shape))\n"
                + "try:\n    Shape()\nexcept TypeError as e:\n    print(e)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("(<class '__main__.Shape'>, <class 'typing.Protocol'>, <class 'typing.Generic'>, <class 'object'>)\n"
                + "True () 6\nProtocols cannot be instantiated\n");
    }

    @Test
    void runtimeCheckableProtocolsCheckMembersStructurallyAndRefuseAsCPython() {
        // CPython 3.11.7:
        // Instance and class checks can only be used with @runtime_checkable protocols
        // True False True False True
        // True False
        // Protocols with non-method members don't support issubclass()
        SimulationResult r = runPatiently("from typing import Protocol, runtime_checkable\n"
                + "class Closable(Protocol):\n    def close(self): ...\n"
                + "class F:\n    def close(self): pass\n"
                + "try:\n    isinstance(F(), Closable)\nexcept TypeError as e:\n    print(e)\n"
                + "Closable = runtime_checkable(Closable)\n"
                + "class Muted(F):\n    close = None\n"
                + "print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable), issubclass(Muted, Closable), "
                + "issubclass(Closable, Closable))\n"
                + "@runtime_checkable\nclass HasX(Protocol):\n    x: int\n"
                + "class P:\n    def __init__(self):\n        self.x = 1\n"
                + "print(isinstance(P(), HasX), isinstance(2, HasX))\n"
                + "try:\n    issubclass(P, HasX)\nexcept TypeError as e:\n    print(e)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("Instance and class checks can only be used with @runtime_checkable protocols\n"
                + "True False True False True\nTrue False\nProtocols with non-method members don't support issubclass()\n");
    }

    @Test
    void newTypeReturnsItsArgumentAndPrintsWithItsModule() {
        // CPython 3.11.7: 5 <class 'int'> __main__.UserId <class 'int'> UserId
        //                 _typing._idfunc() takes exactly one argument (0 given)
        SimulationResult r = runPatiently("from typing import NewType\nUserId = NewType('UserId', int)\n"
                + "u = UserId(5)\nprint(u, type(u), UserId, UserId.__supertype__, UserId.__name__)\n"
                + "try:\n    UserId()\nexcept TypeError as e:\n    print(e)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("5 <class 'int'> __main__.UserId <class 'int'> UserId\n"
                + "_typing._idfunc() takes exactly one argument (0 given)\n");
    }

    @Test
    void overloadStubsGiveWayToTheImplementationAndAStubAloneRaises() {
        // CPython 3.11.7: 4 abab
        //                 _overload_dummy You should not call an overloaded function. ...
        SimulationResult r = runPatiently("from typing import overload, final\n"
                + "@overload\ndef d(x: int) -> int: ...\n@overload\ndef d(x: str) -> str: ...\ndef d(x):\n    return x * 2\n"
                + "print(d(2), d('ab'))\n"
                + "@overload\ndef s(x: int) -> int: ...\n"
                + "try:\n    s(1)\nexcept NotImplementedError as e:\n    print(s.__name__, e)\n"
                + "@final\nclass Leaf:\n    pass\nprint(Leaf.__final__, final(len) is len)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("4 abab\n_overload_dummy You should not call an overloaded function. A series of "
                + "@overload-decorated functions outside a stub module should always be followed by an implementation that is not "
                + "@overload-ed.\nTrue True\n");
    }

    @Test
    void revealTypeWritesToStderrAndAssertNeverRaises() {
        // CPython 3.11.7: stdout "3\nExpected code to be unreachable, but got: 'x'\n", stderr "Runtime type is 'int'\n"
        SimulationResult r = runPatiently("from typing import reveal_type, assert_never, TypeGuard, TypeAlias, AnyStr\n"
                + "print(reveal_type(3))\n"
                + "try:\n    assert_never('x')\nexcept AssertionError as e:\n    print(e)\n"
                + "print(TypeGuard[int], TypeAlias, AnyStr)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("3\nExpected code to be unreachable, but got: 'x'\ntyping.TypeGuard[int] typing.TypeAlias ~AnyStr\n");
        assertThat(r.stderr()).isEqualTo("Runtime type is 'int'\n");
    }

    @Test
    void observingTheCollectorBesideAProtocolIsRefused() {
        SimulationResult r = runPatiently("import gc\nfrom typing import Protocol\nclass P(Protocol):\n    pass\nprint(gc.get_count())\n");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("typing.Protocol"));
    }

    @Test
    void typedDictClassesDeriveFromDictAndMakePlainDictsWithTheirKeySets() {
        // CPython 3.11.7: <class 'dict'> {'name': 'job'} ['name'] ['retries'] False
        //                 (<class '__main__.Sub'>, <class 'dict'>, <class 'object'>) ['extra', 'name'] True
        //                 TypedDict does not support instance and class checks
        //                 <class '__main__.P'> ['x']
        SimulationResult r = runPatiently("from typing import TypedDict, Required\n"
                + "class Opts(TypedDict, total=False):\n    retries: int\n    name: Required[str]\n"
                + "class Sub(Opts):\n    extra: bool\n"
                + "o = Opts(name='job')\nprint(type(o), o, sorted(Opts.__required_keys__), sorted(Opts.__optional_keys__), Opts.__total__)\n"
                + "print(Sub.__mro__, sorted(Sub.__required_keys__), Sub.__total__)\n"
                + "try:\n    isinstance(o, Opts)\nexcept TypeError as e:\n    print(e)\n"
                + "P = TypedDict('P', {'x': int})\nprint(P, sorted(P.__required_keys__))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("<class 'dict'> {'name': 'job'} ['name'] ['retries'] False\n"
                + "(<class '__main__.Sub'>, <class 'dict'>, <class 'object'>) ['extra', 'name'] True\n"
                + "TypedDict does not support instance and class checks\n<class '__main__.P'> ['x']\n");
    }

    @Test
    void anInitVarIsPassedToPostInitAndNeitherStoredNorAField() {
        // CPython 3.11.7: C(x=3) ['x'] False ('x', 'y') dataclasses.InitVar[int]
        SimulationResult r = runPatiently("from dataclasses import dataclass, InitVar, fields\n"
                + "@dataclass\nclass C:\n    x: int\n    y: InitVar[int] = 2\n"
                + "    def __post_init__(self, y):\n        self.x += y\n"
                + "c = C(1)\nprint(c, [f.name for f in fields(c)], 'y' in vars(c), C.__match_args__, InitVar[int])\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("C(x=3) ['x'] False ('x', 'y') dataclasses.InitVar[int]\n");
    }

    @Test
    void getOriginAndGetArgsAnswerForTheLabsFormsAndAConcreteProtocolSubclassTakesNoArguments() {
        // CPython 3.11.7: <class 'list'> () ([<class 'int'>], <class 'str'>) (Ellipsis, <class 'int'>) typing.Union None ()
        //                 F.__init__() takes exactly one argument (the instance to initialize)
        //                 F() takes no arguments
        SimulationResult r = runPatiently("from typing import get_origin, get_args, List, Callable, Optional, Protocol\n"
                + "print(get_origin(List[int]), get_args(List), get_args(Callable[[int], str]), get_args(Callable[..., int]), "
                + "get_origin(Optional[int]), get_origin(int), get_args(int))\n"
                + "class P(Protocol):\n    def m(self): ...\nclass F(P):\n    pass\n"
                + "for _ in range(2):\n    try:\n        F(1)\n    except TypeError as e:\n        print(e)\n    F()\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("<class 'list'> () ([<class 'int'>], <class 'str'>) (Ellipsis, <class 'int'>) typing.Union None ()\n"
                + "F.__init__() takes exactly one argument (the instance to initialize)\nF() takes no arguments\n");
    }
    @Test
    void aClassOverAProtocolAndATypedDictClassAreMadeByTypingsOwnMetaclasses() {
        // CPython 3.11.7: <class 'typing._ProtocolMeta'> <class 'typing._ProtocolMeta'> <class 'type'> <class 'typing._TypedDictMeta'>
        //                 _ProtocolMeta _TypedDictMeta True
        SimulationResult r = runPatiently("from typing import Protocol, TypedDict\n"
                + "class P(Protocol):\n    def f(self) -> int: ...\nclass C(P):\n    def f(self):\n        return 1\n"
                + "class Q:\n    pass\nclass M(TypedDict):\n    a: int\n"
                + "print(type(P), C.__class__, type(Q), type(M))\nprint(type(P).__name__, type(M).__name__, type(P) is type(C))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("<class 'typing._ProtocolMeta'> <class 'typing._ProtocolMeta'> <class 'type'> <class 'typing._TypedDictMeta'>\n"
                + "_ProtocolMeta _TypedDictMeta True\n");
    }
}
