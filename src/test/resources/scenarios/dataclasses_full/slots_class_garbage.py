# slots=True makes the class a second time; the first class object becomes garbage for gc.
import gc
from dataclasses import dataclass

gc.collect()

@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    colour: str = "black"

print(gc.collect())

@dataclass
class Plain:
    x: int

print(gc.collect())

@dataclass(slots=True, frozen=True)
class Token:
    kind: str
    text: str

print(gc.collect())
p = Pixel(1, 2)
t = Token("name", "x")
print(p, t, hash(t) == hash(("name", "x")))
try:
    t.kind = "op"
except AttributeError as e:
    print(type(e).__name__, e)
print(gc.collect(), gc.is_tracked(p))
