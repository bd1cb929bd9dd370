# Names a pattern binds in a function are locals (or cells when a closure reads them), bound once the whole pattern matched.
import sys
def make(v):
    match v:
        case [a, b]:
            return lambda: a + b
        case {"n": n}:
            def show():
                return n
            return show
f = make([1, 2])
print(f(), f.__closure__[0].cell_contents, len(f.__closure__))
g = make({"n": "x"})
print(g())
def locals_only(v):
    match v:
        case (x, *rest) if x:
            return x, rest, sys.getrefcount(rest)
print(locals_only((5, 6, 7)))
