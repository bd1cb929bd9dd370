import weakref, sys
class Account:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i): return i * 2
    def __iter__(self): return iter(range(self.n))
    def __contains__(self, x): return x == 1
    def __add__(self, o): return self.n + o
    def __lt__(self, o): return self.n < o
    def __hash__(self): return 7
    def __bool__(self): return False
    def __call__(self, x): return x + 1
    def __repr__(self): return "Account(%d)" % self.n
a = Account(3)
p = weakref.proxy(a)
print(len(p), p[2], list(p), 1 in p, p + 1, p < 5, bool(p), repr(p)[:10], str(p))
try:
    print(p(4))
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
print(p == a, a == p, p.n, getattr(p, "n"), hasattr(p, "zz"))
p.extra = 5
print(a.extra, vars(a) if False else sorted(a.__dict__))
del p.extra
print(hasattr(a, "extra"), weakref.getweakrefcount(a))
c = weakref.proxy(len) if False else weakref.proxy(Account.__init__)
print(type(c).__name__, callable(c))
