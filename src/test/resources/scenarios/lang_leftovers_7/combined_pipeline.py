# A small data pipeline mixing the three: a generic Batch[T], singledispatch renderers per item type, and an ExitStack of stage managers closed in reverse; refcounts of what each holds
import sys
from contextlib import ExitStack
from dataclasses import dataclass
from functools import singledispatch
from typing import Generic, List, TypeVar

T = TypeVar("T")


@dataclass
class Order:
    id: int
    total: float


class Batch(Generic[T]):
    def __init__(self, items: List[T]) -> None:
        self.items = items

    def __len__(self) -> int:
        return len(self.items)


@singledispatch
def render(item) -> str:
    return f"? {item!r}"


@render.register
def _(item: Order) -> str:
    return f"order #{item.id}: {item.total:.2f}"


@render.register
def _(item: Batch) -> str:
    return f"batch of {len(item)}: " + ", ".join(render(i) for i in item.items)


class Stage:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "Stage":
        print("start", self.name)
        return self

    def __exit__(self, *exc) -> bool:
        print("end", self.name)
        return False


orders = Batch[Order]([Order(1, 9.5), Order(2, 20)])
with ExitStack() as stack:
    stages = [stack.enter_context(Stage(n)) for n in ("load", "render")]
    stack.callback(print, "flushed", len(orders))
    print(render(orders))
    print(render(3))
print(orders.__orig_class__, sys.getrefcount(orders), sys.getrefcount(stages[0]))
print(render.dispatch(Order) is render.registry[Order], sys.getrefcount(Batch))
