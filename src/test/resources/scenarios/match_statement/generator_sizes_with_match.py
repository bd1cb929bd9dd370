# sys.getsizeof of generators whose code matches: co_stacksize follows what each pattern keeps on the stack.
import sys
def seq(s):
    yield
    match s:
        case [a, *_, b]:
            pass
def mapping(s):
    yield
    match s:
        case {"k": v, "j": [w], **rest}:
            pass
def classes(s):
    yield
    match s:
        case C(a, [b, c], x=[d, *e]):
            pass
def alternatives(s):
    yield
    match s:
        case [a, b] if a:
            pass
        case ({"k": a} | [[a], _]) as whole:
            pass
        case _:
            pass
def nested(s):
    yield
    match s:
        case [[a, b], {"k": [c]}]:
            pass
for f in (seq, mapping, classes, alternatives, nested):
    print(f.__name__, sys.getsizeof(f(1)))
def walker(items):
    for v in items:
        match v:
            case [a, b]:
                yield a + b
            case {"k": k}:
                yield k
            case _:
                yield v
g = walker([1, [2, 3], {"k": 4}])
print(sys.getsizeof(g), list(g))
