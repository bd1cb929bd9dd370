# Weak references compare equal when their referents are equal (while
# alive), and hash like the referent; a dead reference keeps a hash it
# already computed, but cannot compute one afterwards.
import weakref


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


a1, a2, b = Key(1), Key(1), Key(2)
r1, r2, r3 = weakref.ref(a1), weakref.ref(a2), weakref.ref(b)
print(r1 == r2, r1 == r3, r1 is r2)
print(hash(r1) == hash(a1), hash(r1) == hash(r2))
table = {r1: "one", r3: "two"}
print(table[r2])
del a1
print("dead equal to live:", r1 == r2, "dead equal to itself:", r1 == r1)
print("old hash kept:", hash(r1) == hash(1))
del b
try:
    hash(r3)
    print("r3 hashed before death: ok")
except TypeError as e:
    print("TypeError:", e)
r4 = weakref.ref(Key(5))
try:
    hash(r4)
except TypeError as e:
    print("TypeError:", e)
