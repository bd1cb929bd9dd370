# What isinstance() and issubclass() say about typing objects they cannot check.
import typing
from typing import Any, Callable, Dict, List, Optional, TypeVar, Union

T = TypeVar("T")
attempts = [
    ("isinstance(1, Any)", lambda: isinstance(1, Any)),
    ("issubclass(int, Any)", lambda: issubclass(int, Any)),
    ("isinstance([], List[int])", lambda: isinstance([], List[int])),
    ("isinstance([], list[int])", lambda: isinstance([], list[int])),
    ("issubclass(dict, dict[str, int])", lambda: issubclass(dict, dict[str, int])),
    ("isinstance(1, Optional)", lambda: isinstance(1, Optional)),
    ("issubclass(int, Union)", lambda: issubclass(int, Union)),
    ("isinstance(1, T)", lambda: isinstance(1, T)),
    ("issubclass(int, T)", lambda: issubclass(int, T)),
    ("isinstance(print, Callable)", lambda: isinstance(print, Callable)),
    ("isinstance(print, Callable[..., None])", lambda: isinstance(print, Callable[..., None])),
    ("isinstance('x', Union[int, Dict[str, int]])", lambda: isinstance("x", Union[int, Dict[str, int]])),
    ("isinstance(1, Union[int, Dict[str, int]])", lambda: isinstance(1, Union[int, Dict[str, int]])),
    ("isinstance(None, Optional['Node'])", lambda: isinstance(None, Optional["Node"])),
    ("issubclass(List, list)", lambda: issubclass(List, list)),
    ("issubclass(list, List)", lambda: issubclass(list, List)),
    ("issubclass(typing.Deque, typing.Sequence)", lambda: issubclass(typing.Deque, typing.Sequence)),
    ("isinstance('x', int | list[int])", lambda: isinstance("x", int | list[int])),
    ("typing.Hashable[int]", lambda: typing.Hashable[int]),
    ("typing.Sized()", lambda: typing.Sized()),
]
for text, attempt in attempts:
    try:
        print(f"{text:45} -> {attempt()}")
    except TypeError as e:
        print(f"{text:45} TypeError: {e}")
