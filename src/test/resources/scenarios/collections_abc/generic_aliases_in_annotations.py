# Type hints written with collections.abc's classes: each subscription makes a
# types.GenericAlias (Callable's is its own kind), evaluated when the def runs.
import gc
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence


def total(values: Iterable[int]) -> int:
    return sum(values)


def apply(fn: Callable[[int], int], items: Sequence[int]) -> list[int]:
    return [fn(x) for x in items]


def squares(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * i


def invert(table: Mapping[str, int]) -> dict[int, str]:
    return {v: k for k, v in table.items()}


print(total([1, 2, 3]), apply(lambda x: x + 1, (1, 2)), list(squares(4)), invert({"a": 1}))
print(Iterable[int], Mapping[str, list[int]], Sequence[Iterable[str]])
print(Callable[[int, str], bool], Callable[..., None], Callable[[], int])
alias = Mapping[str, int]
print(alias.__origin__, alias.__args__, alias == Mapping[str, int], sys.getrefcount(alias))

gc.collect()
hint = Iterable[float]
print(gc.get_count())
gc.collect()
pair = Mapping[str, float]
print(gc.get_count())
del hint, pair
try:
    Callable[int, str]
except TypeError as e:
    print("TypeError:", e)
