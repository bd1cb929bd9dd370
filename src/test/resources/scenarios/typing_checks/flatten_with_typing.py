# Flattening nested data: the check a tutorial writes with typing's Iterable,
# and number filtering with a PEP 604 union.
from typing import Iterable, Iterator, List, Union

Number = Union[int, float]


def flatten(items: Iterable) -> Iterator:
    for item in items:
        if isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
            yield from flatten(item)
        else:
            yield item


def numbers_only(values: List) -> List[Number]:
    return [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]


nested = [1, [2, 3, [4, (5, 6)]], "seven", {8}, b"nine", range(10, 12), {"k": 13}]
flat = list(flatten(nested))
print(flat)
print(numbers_only(flat + [True, 2.5, None]))
print(sum(numbers_only(flat)))
print(isinstance(3.0, Number), isinstance("3", Number), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(bytes, (int, (str, float))))
print(isinstance(b"x", (int, (str, (bytes, float)))))
