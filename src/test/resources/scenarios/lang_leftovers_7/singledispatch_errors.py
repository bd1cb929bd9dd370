# singledispatch's TypeErrors: no positional argument, a non-class to register, an unannotated function, an annotation that is not a class; a union annotation registers each class
from functools import singledispatch
from typing import List


@singledispatch
def area(shape):
    return 0


for what, attempt in [
    ("no argument", lambda: area()),
    ("register(3)", lambda: area.register(3)),
    ("no annotation", lambda: area.register(lambda s: 1)),
    ("List[int]", lambda: area.register(list_handler)),
    ("class and function", lambda: area.register(5, print)),
]:
    try:
        list_handler = None

        def list_handler(s: List[int]):
            return len(s)

        attempt()
        print(what, "ok")
    except TypeError as e:
        print(what, "->", str(e).split(" at 0x")[0])


@area.register
def _(shape: int | float):
    return shape * shape


print(area(3), area(1.5), area("x"), [k.__name__ for k in area.registry])
print(area.dispatch(str) is area.__wrapped__)
area("x", "y", 1)
