import weakref

# test_weakref: test_proxy_index / arithmetic / iter / bool
class C:
    def __index__(self):
        return 10
    def __bool__(self):
        return False
    def __len__(self):
        return 3
    def __iter__(self):
        return iter("xyz")

o = C()
p = weakref.proxy(o)
print("index:", [0] * 12 == [0] * 12, list(range(20))[p])
print("bool:", bool(p))
print("iter:", list(p))
print("len:", len(p))

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))
    def __repr__(self):
        return f"Num({self.v})"
    def __eq__(self, other):
        return isinstance(other, Num) and self.v == other.v

n = Num(5)
pn = weakref.proxy(n)
print(pn + 1, pn + n, pn == Num(5), repr(pn.v))
