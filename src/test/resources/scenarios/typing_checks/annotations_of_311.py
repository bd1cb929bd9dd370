# Annotations a 3.11 program writes: Self for fluent methods, NoReturn/Never for functions that
# always raise, Final constants and ClassVar counters (evaluated when the def or class runs).
import sys
from typing import ClassVar, Final, LiteralString, Never, NoReturn, Optional, Self

RETRIES: Final = 3
TIMEOUT: Final[float] = 2.5


class Query:
    made: ClassVar[int] = 0

    def __init__(self, table: LiteralString) -> None:
        self.table = table
        self.filters: list[str] = []
        Query.made += 1

    def where(self, clause: str) -> Self:
        self.filters.append(clause)
        return self

    def sql(self) -> str:
        tail = " AND ".join(self.filters)
        return f"SELECT * FROM {self.table}" + (f" WHERE {tail}" if tail else "")


def fail(message: str) -> NoReturn:
    raise RuntimeError(message)


def unreachable(value: Never) -> Never:
    fail(f"unexpected {value!r}")


q = Query("users").where("age > 30").where("active")
print(q.sql(), Query.made, RETRIES, TIMEOUT)
print(sys.getrefcount(q), q.where("x") is q, sys.getrefcount(q))
print(Query.__annotations__)
print(__annotations__)
print(ClassVar[int], Final[Optional[int]], ClassVar[int].__origin__ is ClassVar)
for attempt in (lambda: fail("stop"), lambda: Self[int], lambda: ClassVar[int, str], lambda: Final(),
                lambda: isinstance(q, Self), lambda: ClassVar[Final[int]]):
    try:
        attempt()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
