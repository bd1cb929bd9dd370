import sys
from functools import singledispatch
from typing import Optional, Union, List

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: Union[int, float]):
    return f"number {x}"

@describe.register(Union[list, tuple])
def _(x):
    return f"sequence of {len(x)}"

def text(x):
    return f"text {x!r}"

describe.register(Union[str, bytes], text)

@describe.register
def _(x: Optional[dict]):
    return f"mapping or nothing: {x}"

print(describe(3), describe(2.5), describe([1, 2]), describe((1,)), describe("hi"), describe(b"b"))
print(describe({}), describe(None), describe(True), describe(object) is not None)
print(sorted(c.__name__ for c in describe.registry))
print(describe.dispatch(bool).__name__, describe.registry[str] is text, sys.getrefcount(text))
def annotated():
    @describe.register
    def _(x: Union[int, List[int]]):
        pass


for attempt in [annotated,
                lambda: describe.register(Union[int, List[int]], text),
                lambda: describe.register(Optional[List[int]])]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
