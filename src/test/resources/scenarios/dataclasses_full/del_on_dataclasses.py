# __del__ on dataclasses runs when the last reference goes, or when gc frees a cycle.
import gc
from dataclasses import dataclass, field

@dataclass
class Resource:
    name: str
    children: list = field(default_factory=list)

    def __del__(self):
        print("closing", self.name)

r = Resource("file")
r = None
print("after rebinding")
a = Resource("a")
b = Resource("b", [a])
a.children.append(b)
del a, b
print("cycle unreachable")
print(gc.collect())
items = [Resource("x%d" % i) for i in range(3)]
items.reverse()
del items
print("end")

@dataclass(frozen=True)
class Handle:
    fd: int
    def __del__(self):
        print("release", self.fd)

h = Handle(3)
copy = h
del h
print("still held")
del copy
print("done")
