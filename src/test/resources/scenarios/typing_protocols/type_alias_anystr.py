# TypeAlias names an annotation; AnyStr constrains str/bytes functions.
from typing import TypeAlias, AnyStr, Dict, List
import typing

Matrix: TypeAlias = List[List[float]]
Env: TypeAlias = Dict[str, str]


def transpose(m: Matrix) -> Matrix:
    return [list(row) for row in zip(*m)]


def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b


print(transpose([[1, 2, 3], [4, 5, 6]]))
print(concat("ab", "cd"), concat(b"ab", b"cd"))
print(Matrix, Env)
print(typing.TypeAlias, AnyStr, type(AnyStr).__name__)
try:
    TypeAlias[int]
except TypeError as e:
    print("TypeError:", e)
try:
    TypeAlias()
except TypeError as e:
    print("TypeError:", e)
