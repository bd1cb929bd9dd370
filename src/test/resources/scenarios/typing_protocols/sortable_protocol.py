# A protocol with a dunder method: anything comparable with < can be sorted by this helper.
from typing import Protocol, TypeVar, runtime_checkable


@runtime_checkable
class SupportsLessThan(Protocol):
    def __lt__(self, other) -> bool: ...


T = TypeVar("T", bound=SupportsLessThan)


def smallest(items: list[T]) -> T:
    best = items[0]
    for it in items[1:]:
        if it < best:
            best = it
    return best


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


print(smallest([3, 1, 2]), smallest(["pear", "apple"]))
print(smallest([Version("1.10"), Version("1.2"), Version("0.9.9")]))
print(isinstance(3, SupportsLessThan), isinstance(Version("1"), SupportsLessThan), isinstance(object(), SupportsLessThan))
print(issubclass(str, SupportsLessThan), issubclass(Version, SupportsLessThan))
