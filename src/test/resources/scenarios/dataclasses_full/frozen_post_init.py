# __post_init__ of a frozen dataclass sets derived fields through object.__setattr__.
import gc
import sys
from dataclasses import dataclass, field

@dataclass(frozen=True)
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    label: str = field(default="", compare=False)

    def __post_init__(self):
        object.__setattr__(self, "area", self.w * self.h)

r = Rect(3, 4)
print(r, r.area)
print(r == Rect(3, 4, "other"), hash(r) == hash((3, 4, 12)))
try:
    r.area = 1
except AttributeError as e:
    print(e)
shapes = [Rect(i, i + 1) for i in range(4)]
print([s.area for s in shapes])
print(sys.getrefcount(shapes[0]), sys.getsizeof(shapes[0]), gc.is_tracked(shapes[0]))
d = {r: "big"}
print(d[Rect(3, 4)])
del shapes
print(gc.collect())
