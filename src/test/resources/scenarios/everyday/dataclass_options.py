# repr=False keeps object's repr, init=False keeps the class's own __init__; dataclasses.dataclass
# through the module works alike; a dataclass made in a function is a new class per call.
import dataclasses
import gc
import sys

@dataclasses.dataclass(repr=False)
class Quiet:
    x: int

@dataclasses.dataclass(init=False)
class Manual:
    x: int
    def __init__(self):
        self.x = 42

def make(n):
    @dataclasses.dataclass
    class Local:
        n: int
    return Local(n)

print(repr(Quiet(1)).startswith("<__main__.Quiet object at"), Quiet(1) == Quiet(1), Manual(), Manual().x)
m1 = make(1)
m2 = make(2)
print(m1, m2, type(m1) is type(m2), m1 == m2, sys.getsizeof(m1))
