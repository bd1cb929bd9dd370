package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `|` with typing's objects (their __or__ and __ror__ are Union[...]) and _type_check's refusals (issue 12). */
class TypingUnionsTest {

    @Test
    void anAliasANewTypeOrATypeVarJoinedWithBarIsTheCachedTypingUnion() {
        // CPython 3.11.7: typing.Optional[typing.List[int]] typing.Optional[typing.List[int]] typing.Union[int, typing.List[int]]
        //                 typing.Optional[__main__.UserId] typing.Optional[~T] typing.Optional[typing.Dict] False True (Union[X, None] and Optional[X]'s Union[X, NoneType] are two cache keys)
        SimulationResult r = runPatiently("from typing import Dict, List, NewType, Optional, TypeVar\n"
                + "UserId = NewType('UserId', int)\nT = TypeVar('T')\n"
                + "print(List[int] | None, None | List[int], int | List[int])\n"
                + "print(UserId | None, T | None, Dict | None, (List[int] | None) is Optional[List[int]], List[str] | None is not None)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("typing.Optional[typing.List[int]] typing.Optional[typing.List[int]] typing.Union[int, typing.List[int]]\n"
                + "typing.Optional[__main__.UserId] typing.Optional[~T] typing.Optional[typing.Dict] False True\n");
    }

    @Test
    void anyIsAClassSoItsUnionIsATypesUnionType() {
        // CPython 3.11.7: typing.Any | None None | typing.Any UnionType <class 'types.UnionType'>
        SimulationResult r = runPatiently("from typing import Any, get_origin\n"
                + "print(Any | None, None | Any, type(Any | int).__name__, get_origin(int | str))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("typing.Any | None None | typing.Any UnionType <class 'types.UnionType'>\n");
    }

    @Test
    void aTypingUnionEqualsTheBarUnionOfTheSameMembers() {
        // CPython 3.11.7: True True False True False
        SimulationResult r = runPatiently("from typing import Optional, Union\nN = int | float\n"
                + "print(Union[int, float] == N, N == Union[float, int], N != Union[int, float], Optional[int] == (int | None), "
                + "(int | None) == Union[int, str])\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("True True False True False\n");
    }

    @Test
    void plainSpecialFormsAndWrappedClassVarsAreNoTypeArgumentsButAnEllipsisIs() {
        SimulationResult r = runPatiently("from typing import *\nT = TypeVar('T')\nclass G(Generic[T]):\n    pass\n"
                + "for f in (lambda: Optional | int, lambda: List[ClassVar[int]], lambda: Union[Generic, int], lambda: List[T][Optional],\n"
                + "          lambda: Union[Generic[T], int], lambda: Union[int, ...], lambda: G[Optional], lambda: Callable[[Optional], int]):\n"
                + "    try:\n        print(f())\n    except TypeError as e:\n        print('TypeError:', e)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("""
                TypeError: Plain typing.Optional is not valid as type argument
                TypeError: typing.ClassVar[int] is not valid as type argument
                TypeError: Plain <class 'typing.Generic'> is not valid as type argument
                TypeError: Plain typing.Optional is not valid as type argument
                TypeError: typing.Generic[~T] is not valid as type argument
                typing.Union[int, ...]
                __main__.G[typing.Optional]
                typing.Callable[[typing.Optional], int]
                """);
    }

    @Test
    void gcCountsAfterABarUnionWithATypingFormAreRefusedUntilACollection() {
        // CPython 3.11.7 counts 17 tracked objects made by typing's Union[...] for `Dict | None`; the lab does not model them.
        SimulationResult r = runPatiently("import gc\nfrom typing import Dict\ngc.collect()\nx = Dict | None\nprint(gc.get_count())\n");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("a union with a typing form"));
    }
}
