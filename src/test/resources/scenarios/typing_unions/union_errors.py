# What typing refuses when | or [...] is given a plain special form.
from typing import ClassVar, Final, Generic, List, Literal, Optional, TypeVar, Union

T = TypeVar("T")
attempts = [
    ("Optional | int", lambda: Optional | int),
    ("int | Optional", lambda: int | Optional),
    ("Literal | None", lambda: Literal | None),
    ("List[ClassVar[int]]", lambda: List[ClassVar[int]]),
    ("Union[Final[int], str]", lambda: Union[Final[int], str]),
    ("Union[Generic, int]", lambda: Union[Generic, int]),
    ("List[T][Optional]", lambda: List[T][Optional]),
    ("Union[int, ...]", lambda: Union[int, ...]),
    ("Literal[1] | Literal[2]", lambda: Literal[1] | Literal[2]),
]
for text, make in attempts:
    try:
        print(f"{text:<24} {make()}")
    except TypeError as e:
        print(f"{text:<24} TypeError: {e}")
