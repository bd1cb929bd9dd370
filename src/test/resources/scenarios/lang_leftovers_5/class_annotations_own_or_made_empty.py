# A class's __annotations__ (3.11's type_get_annotations): the class's own dict's, never a base's;
# a class without one gets a new empty dict stored in its dict after every other key.
import gc, sys
from dataclasses import dataclass


class A:
    x: int = 1
    y: "str"


class B(A):
    z = 3


class C:
    pass


@dataclass
class P:
    a: int
    b: float = 0.0


print(A.__annotations__, B.__annotations__, C.__annotations__)
print(list(vars(B)), list(vars(C)))
print(B.__annotations__ is B.__annotations__, A.__annotations__ is vars(A)["__annotations__"])
print(sys.getrefcount(A.__annotations__), sys.getrefcount(C.__annotations__))
print(P.__annotations__, [name for name in P.__annotations__])
gc.collect()
class D:
    pass
gc.collect()
n = gc.get_count()
d = D.__annotations__
print(gc.get_count()[0] - n[0], gc.is_tracked(d), d)
D.__annotations__["k"] = int
print(D.__annotations__, list(vars(D)))
for name, kind in A.__annotations__.items():
    print(name, kind)
