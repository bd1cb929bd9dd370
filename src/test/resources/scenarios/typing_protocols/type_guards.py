# TypeGuard[...] as a return annotation of a narrowing function.
from typing import TypeGuard, Any


def is_str_list(values: list[Any]) -> TypeGuard[list[str]]:
    return all(isinstance(v, str) for v in values)


def is_positive_int(x: object) -> TypeGuard[int]:
    return isinstance(x, int) and not isinstance(x, bool) and x > 0


for values in (["a", "b"], ["a", 1], []):
    print(values, is_str_list(values))
print([x for x in (3, -1, True, "7", 10) if is_positive_int(x)])
print(TypeGuard[int], TypeGuard[int].__origin__)
print(is_str_list.__annotations__["return"])
try:
    TypeGuard[int, str]
except TypeError as e:
    print("TypeError:", e)
