package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.runPatiently;
import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** isinstance()/issubclass() with unions and typing's forms, and typing's 3.11 special forms (issue 12); figures from CPython 3.11.7. */
class TypingChecksTest {

    @Test
    void aUnionOfClassesIsCheckedMemberByMember() {
        assertThat(stdoutPatiently("print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, str | float))\n"))
                .isEqualTo("True True False\n");
    }

    @Test
    void nestedTuplesOfClassesAreCheckedAsCPythonDoes() {
        assertThat(stdoutPatiently("print(isinstance(b'x', (int, (str, (bytes,)))), issubclass(int, ((), (float,))))\n"))
                .isEqualTo("True False\n");
    }

    @Test
    void aParameterizedGenericRefusesWithItsOwnMessage() {
        assertThat(stdoutPatiently("try:\n    isinstance([], list[int])\nexcept TypeError as e:\n    print(e)\n"
                + "print(isinstance(1, int | list[int]))\n"))
                .isEqualTo("isinstance() argument 2 cannot be a parameterized generic\nTrue\n");
    }

    @Test
    void typingsIterableAsksCollectionsAbcAndAFormAsFirstArgumentStandsForItsOrigin() {
        assertThat(stdoutPatiently("import typing\nclass Bag:\n    def __iter__(self):\n        return iter(())\n"
                + "print(isinstance(Bag(), typing.Iterable), isinstance(3, typing.Iterable), issubclass(typing.Deque, typing.Sequence))\n"))
                .isEqualTo("True False True\n");
    }

    @Test
    void theBareSpecialFormsOf311PrintAndRefuseAsCPython() {
        assertThat(stdoutPatiently("from typing import Self, NoReturn, Final, ClassVar\n"
                + "print(Self, NoReturn, Final[int], ClassVar[int].__origin__)\n"
                + "for f in (lambda: Self[int], lambda: isinstance(1, Final), lambda: ClassVar[int, str]):\n"
                + "    try:\n        f()\n    except TypeError as e:\n        print(e)\n"))
                .isEqualTo("typing.Self typing.NoReturn typing.Final[int] typing.ClassVar\ntyping.Self is not subscriptable\n"
                        + "typing.Final cannot be used with isinstance()\n"
                        + "typing.ClassVar accepts only single type. Got (<class 'int'>, <class 'str'>).\n");
    }

    @Test
    void aClassVarInADataclassIsAPseudoFieldOutsideFieldsAndInit() {
        assertThat(stdoutPatiently("from dataclasses import dataclass, fields\nfrom typing import ClassVar\n@dataclass\n"
                + "class C:\n    x: int\n    made: ClassVar[list] = []\nprint(C(1), [f.name for f in fields(C)], list(C.__dataclass_fields__), C.made)\n"))
                .isEqualTo("C(x=1) ['x'] ['x', 'made'] []\n");
        assertThat(messages(runPatiently("from dataclasses import dataclass, field\nfrom typing import ClassVar\n@dataclass\n"
                + "class C:\n    made: ClassVar[int] = field(default=0)\n")))
                .singleElement().asString().contains("field() for a ClassVar in a dataclass");
    }

    @Test
    void aDefsAnnotationsAreADictMadeOnFirstRead() {
        assertThat(stdoutPatiently("def f(a: int, *, b: 'str' = '') -> None: pass\nprint(f.__annotations__, f.__annotations__ is f.__annotations__)\n"))
                .isEqualTo("{'a': <class 'int'>, 'b': 'str', 'return': None} True\n");
    }

    @Test
    void aDecoratorReadsTheAnnotationsOfTheFunctionOrClassItIsGiven() {
        assertThat(stdoutPatiently("def hints(fn):\n    print(fn.__annotations__)\n    return fn\n@hints\ndef g(x: float) -> int: pass\n"
                + "@hints\nclass C:\n    y: str\n"))
                .isEqualTo("{'x': <class 'float'>, 'return': <class 'int'>}\n{'y': <class 'str'>}\n");
    }

    @Test
    void literalsAreCachedByValueAndTypeAndDeduplicated() {
        assertThat(stdoutPatiently("from typing import Literal\nprint(Literal[1, True, 1], Literal[1] is Literal[1], Literal[1] == Literal[True],"
                + " Literal['a', 'b'] == Literal['b', 'a'], Literal[Literal[1], 2].__args__)\n"))
                .isEqualTo("typing.Literal[1, True] True False True (1, 2)\n");
    }
}
