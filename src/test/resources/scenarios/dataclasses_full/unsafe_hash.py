# unsafe_hash=True adds __hash__ to a mutable dataclass; changing a field then changes its hash.
import sys
from dataclasses import dataclass, field

@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, hash=False)

t = Tag("red")
bucket = {t}
print(hash(t) == hash(("red",)), t in bucket, Tag("red", 9) in bucket)
t.name = "blue"
print(t in bucket, len(bucket), t == Tag("blue"))
t.weight = 5
print(hash(t) == hash(("blue",)), sys.getrefcount(t))

@dataclass(eq=False)
class Node:
    label: str

a = Node("a")
b = Node("a")
print(a == b, a == a, len({a, b, a}), Node.__hash__ is object.__hash__)

@dataclass(eq=False, unsafe_hash=True)
class Weird:
    v: int

print(hash(Weird(3)) == hash((3,)), Weird(3) == Weird(3))
