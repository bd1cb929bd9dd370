import sys

class Token:
    pass

tok = Token()
print("global:", sys.getrefcount(tok))

def one(arg):
    return sys.getrefcount(arg)

def two(arg):
    inner = arg
    return sys.getrefcount(arg)

def nested(arg):
    return one(arg)

print("one:", one(tok))
print("two:", two(tok))
print("nested:", nested(tok))
lam = lambda o: sys.getrefcount(o)
print("lambda:", lam(tok))
print("method:", [tok].count(tok), sys.getrefcount(tok))
holder = {"t": tok, "u": [tok]}
print("dict and list:", sys.getrefcount(tok))
holder["u"].append(tok)
print("one more:", sys.getrefcount(tok))
holder.clear()
print("cleared:", sys.getrefcount(tok))
gen = (tok for _ in range(1))
print("genexp holds:", sys.getrefcount(tok))
for t in gen:
    print("inside loop:", sys.getrefcount(tok))
del t
print("after:", sys.getrefcount(tok))
