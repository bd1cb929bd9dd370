import sys

def depth_probe(x, level):
    if level == 0:
        return sys.getrefcount(x)
    return depth_probe(x, level - 1)

data = ["payload"]
base = sys.getrefcount(data)
print("base", base)
for lvl in range(5):
    print("level", lvl, "->", depth_probe(data, lvl) - base)

def make_and_return():
    local = {"k": 1}
    print(" inside:", sys.getrefcount(local))
    return local

got = make_and_return()
print("returned:", sys.getrefcount(got))

def keep(*args):
    return sys.getrefcount(args[0])

print("via *args:", keep(data))
print("via kwargs:", (lambda **kw: sys.getrefcount(kw["v"]))(v=data))
lst = [data] * 4
print("list of four:", sys.getrefcount(data))
lst.clear()
print("cleared:", sys.getrefcount(data))
