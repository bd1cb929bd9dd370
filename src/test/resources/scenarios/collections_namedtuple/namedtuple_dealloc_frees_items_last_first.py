# A dying namedtuple frees its items from the last to the first, like a tuple.
from collections import namedtuple
class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
Trio = namedtuple("Trio", "a b c")
t = Trio(Part("a"), Part("b"), Part("c"))
print(t.b.name)
del t
print("end")
