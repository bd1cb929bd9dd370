# Literal types for modes and states, the way typed code writes them.
import sys
from enum import Enum
from typing import Literal, Optional, Union

Mode = Literal["r", "w", "a"]
Level = Literal[1, 2, 3]


class Color(Enum):
    RED = 1
    BLUE = 2


Warm = Literal[Color.RED]
print(Mode, Level, Warm, Literal[None], Literal[True, 1, 1.0, "1", b"1"])
print(Mode.__args__, Mode.__origin__, Literal[1, 2, 1, 3])
print(Literal["r", "w", "a"] is Mode, Literal[1] is Literal[True], Literal[1] == Literal[True])
print(Literal["a", "b"] == Literal["b", "a"], Literal[Literal[1, 2], 3] == Literal[1, 2, 3])
print(Optional[Literal["x"]], Union[Literal[1], Literal[2]])
print(sys.getrefcount(Color.RED), sys.getrefcount(Color))


def open_file(path: str, mode: Mode = "r") -> str:
    if mode not in Mode.__args__:
        raise ValueError(f"mode must be one of {Mode.__args__}, not {mode!r}")
    return f"{path} opened for {mode}"


print(open_file("notes.txt"), "|", open_file("log.txt", "a"))
for attempt in (lambda: open_file("x", "rw"), lambda: isinstance("r", Mode), lambda: Literal(),
                lambda: Mode(), lambda: isinstance("r", Literal)):
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(Literal[[1, 2]], Literal[[1, 2]] is Literal[[1, 2]], Literal[frozenset({1})])
