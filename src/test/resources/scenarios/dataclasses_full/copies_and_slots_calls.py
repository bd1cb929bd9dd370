# Copies of frozen and slots dataclasses, replace() running __post_init__ again, asdict/astuple/fields
# on a slots class, and gc counts of a list of instances made after a collection.
import copy
import gc
import sys
from dataclasses import dataclass, field, asdict, astuple, replace, fields

@dataclass(frozen=True)
class P:
    x: int
    tags: tuple = ()

@dataclass(slots=True)
class S:
    a: int
    b: list = field(default_factory=list)

@dataclass
class W:
    n: int
    def __post_init__(self):
        self.double = self.n * 2

p = P(1, ("a",))
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q == p, r is p, hash(q) == hash(p))
s = S(1, [1, 2])
print(asdict(s), astuple(s), [f.name for f in fields(s)], replace(s, a=5))
s2 = copy.copy(s)
print(s2, s2.b is s.b)
w = replace(W(3), n=4)
print(w, w.double)
gc.collect()
ws = [W(i) for i in range(3)]
print(gc.get_count(), sys.getsizeof(ws[0]))
def local():
    @dataclass
    class L:
        v: int = field(default=0, repr=False)
    return L(5)
print(local(), local().v)
print([asdict(x) for x in ws])
