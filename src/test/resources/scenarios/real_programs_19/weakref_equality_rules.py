# Two live weak references compare like their referents; dead ones only
# compare equal if they are the same reference object.
import weakref


class Badge:
    def __init__(self, code):
        self.code = code.upper()

    def __eq__(self, other):
        return type(other) is Badge and other.code == self.code

    def __hash__(self):
        return hash(("badge", self.code))


a1 = Badge("a1")
a2 = Badge("A1")
r1 = weakref.ref(a1)
r2 = weakref.ref(a2)
print("live refs to equal objects:", r1 == r2, r1 is r2)
print("hash equal:", hash(r1) == hash(r2))
del a1
print("one dead:", r1 == r2, r1() is None)
del a2
print("both dead:", r1 == r2, r1 == r1)
b = Badge("b2")
rb1 = weakref.ref(b)
rb2 = weakref.ref(b)
print("same referent, no callback, shared:", rb1 is rb2)
rb3 = weakref.ref(b, lambda r: None)
print("with callback, new object:", rb3 is rb1, rb3 == rb1)
