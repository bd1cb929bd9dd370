# Each way into Python code, recursing until RecursionError: how deep it got and which check ran out
# (a frame, PyObject_Repr or PyObject_Str, a comparison, a call through tp_call or a C function).
import sys
sys.setrecursionlimit(100)
res = {}
def probe(name, start):
    global depth
    depth = 0
    try:
        start()
    except RecursionError as e:
        print(f"{name:12} {depth:4} {e}")
def plain():
    global depth; depth += 1; plain()
class R:
    def __repr__(self):
        global depth; depth += 1; return repr(self)
class S:
    def __str__(self):
        global depth; depth += 1; return str(self)
class F:
    def __repr__(self):
        global depth; depth += 1; return f"{self!r}"
class P:
    def __str__(self):
        global depth; depth += 1; print(self); return ""
class E:
    def __eq__(self, o):
        global depth; depth += 1; return self == o
class L:
    def __lt__(self, o):
        global depth; depth += 1; return self < o
class I:
    def __init__(self):
        global depth; depth += 1; I()
class G:
    def __getitem__(self, k):
        global depth; depth += 1; return self[k]
class A:
    def __add__(self, o):
        global depth; depth += 1; return self + o
class Pr:
    @property
    def p(self):
        global depth; depth += 1; return self.p
class C:
    def __call__(self):
        global depth; depth += 1; return self()
class Ln:
    def __len__(self):
        global depth; depth += 1; return len(self)
class H:
    def __hash__(self):
        global depth; depth += 1; return hash(self)
class Fm:
    def __format__(self, spec):
        global depth; depth += 1; return format(self, spec)
class LR:
    def __repr__(self):
        global depth; depth += 1; return repr([self])
class Ga:
    def __getattr__(self, n):
        global depth; depth += 1; return self.x
def viamap(x=0):
    global depth; depth += 1; return list(map(viamap, [1]))
def viasorted(x=0):
    global depth; depth += 1; return sorted([1], key=viasorted)
def viagen():
    global depth; depth += 1; return list(viagen() for _ in [1])
def vialc():
    global depth; depth += 1; return [vialc() for _ in [1]]
def vialambda():
    global depth; depth += 1; return (lambda: vialambda())()
def viaclassmethod():
    global depth; depth += 1; return K.m()
class K:
    @classmethod
    def m(cls): return viaclassmethod()
probe("plain", plain)
probe("repr", lambda: repr(R()))
probe("str", lambda: str(S()))
probe("fstr", lambda: repr(F()))
probe("print", lambda: print(P()))
probe("eq", lambda: E() == 1)
probe("lt", lambda: L() < 1)
probe("init", lambda: I())
probe("getitem", lambda: G()[0])
probe("add", lambda: A() + 1)
probe("property", lambda: Pr().p)
probe("call", lambda: C()())
probe("len", lambda: len(Ln()))
probe("hash", lambda: hash(H()))
probe("format", lambda: format(Fm(), ""))
probe("listrepr", lambda: repr(LR()))
probe("getattr", lambda: Ga().y)
probe("map", viamap)
probe("sorted", viasorted)
probe("genexp", viagen)
probe("listcomp", vialc)
probe("lambda", vialambda)
probe("classmeth", viaclassmethod)
