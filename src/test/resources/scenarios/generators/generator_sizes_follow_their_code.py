# sys.getsizeof of a generator: the generator with its frame, one word per local and per value-stack
# slot its code needs (co_stacksize), whatever the body does: loops, calls, unpacking, comprehensions.
import sys
class Box:
    def __init__(self): self.items = [1, 2]; self.n = 0
    def __enter__(self): return self
    def __exit__(self, *a): return False
box = Box()
def g01():
    yield 1
def g02(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b
def g03(data):
    for item in data:
        if item:
            yield item.upper()
def g04(xs):
    total = 0
    for x in xs:
        total += x
        yield total
def g05(rows):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            yield i, j, v
def g06(path):
    with box as b:
        yield b
def g07(x):
    try:
        yield x
    except ValueError as e:
        print("err", e)
    finally:
        print("done")
def g08(d):
    for k, v in d.items():
        yield f"{k}={v}"
def g09(n):
    i = 0
    while i < n:
        yield i * i + 1
        i += 1
def g10(seq):
    yield from seq
    yield from range(3)
def g11(obj):
    obj.n += 1
    yield obj.items[0]
    obj.items[1] += 5
def g12(words):
    seen = set()
    for w in words:
        key = w.lower()
        if key not in seen:
            seen.add(key)
            yield w
def g13(node):
    if node is None:
        return
    yield from g13(node.get("left"))
    yield node["value"]
def g14(a, b=2, *args, c=3, **kw):
    yield a + b + c + len(args) + len(kw)
def g15():
    x = yield
    while True:
        x = yield x * 2
def g16(it):
    for a, (b, c) in it:
        yield [a, b, c], {"a": a, "b": b}, (a, b)
def g17(n):
    data = [i for i in range(n)]
    yield sum(data), max(data, key=lambda v: -v), sorted(data, reverse=True)[:2]
def g18(s):
    yield s[1:], s[::2], s[1:-1:1], s[0]
def g19(xs):
    for x in xs:
        try:
            yield int(x)
        except (TypeError, ValueError):
            continue
def g20(n):
    def inner(k):
        return k + n
    yield inner(1)
def g21(xs):
    yield {x: x * 2 for x in xs}, {x for x in xs}, list(x for x in xs)
def g22(m):
    yield print("a", "b", sep=",", end="\n") or m
def g23(p):
    assert p, "need p"
    yield not p and p or 0 < p <= 10
def g24(q):
    del q[0]
    yield q
gens = [g01(), g02(3), g03([]), g04([]), g05([]), g06(1), g07(1), g08({}), g09(1), g10([]), g11(box), g12([]), g13(None), g14(1), g15(), g16([]), g17(2), g18("ab"), g19([]), g20(1), g21([]), g22(1), g23(1), g24([1])]
print([sys.getsizeof(g) for g in gens])
exprs = [(i for i in range(3)), (i * i for i in range(3) if i % 2), (x for x in [1, 2] for y in [3]), (a + b for a, b in [(1, 2)]),
         (str(i).zfill(3) for i in range(2)), (len(w) for w in "a b".split() if w and w != "c"), ((i, j) for i in range(2) for j in range(i) if j)]
print([sys.getsizeof(g) for g in exprs])
