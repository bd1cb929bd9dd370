# assert_never in the last branch of an exhaustive if/elif chain.
from typing import assert_never, Literal

Op = Literal["add", "sub", "mul"]


def apply(op: Op, a: int, b: int) -> int:
    if op == "add":
        return a + b
    elif op == "sub":
        return a - b
    elif op == "mul":
        return a * b
    else:
        assert_never(op)


for op in ("add", "sub", "mul"):
    print(op, apply(op, 7, 3))
try:
    apply("div", 1, 2)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert_never("x" * 150)
except AssertionError as e:
    print(len(str(e)), str(e)[-10:])
