import weakref

# test_weakref: test_ref_reuse, test_hashing, test_equality
class Object:
    def __init__(self, arg):
        self.arg = arg
    def __eq__(self, other):
        return isinstance(other, Object) and self.arg == other.arg
    def __hash__(self):
        return hash(self.arg)

o = Object(1)
ref1 = weakref.ref(o)
proxy = weakref.proxy(o)
ref2 = weakref.ref(o)
print("plain refs reused:", ref1 is ref2)
print("count:", weakref.getweakrefcount(o))
print("hash of ref equals hash of object:", hash(ref1) == hash(o))
x, y = Object(1), Object(1)
a, b = weakref.ref(x), weakref.ref(y)
print("equal refs to equal objects:", a == b)
del x
print("dead ref still hashes:", hash(ref1) == hash(1))
print("dead vs alive equal?", a == b, a != b)
try:
    hash(weakref.ref(Object(2)))
except TypeError as e:
    print("TypeError:", e)
