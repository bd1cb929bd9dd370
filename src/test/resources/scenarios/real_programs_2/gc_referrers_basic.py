import gc
class Node:
    pass
a = Node()
b = Node()
a.partner = b
b.partner = a
holder = [a]
refs = gc.get_referrers(a)
print(len([r for r in refs if isinstance(r, dict) and r.get("partner") is a]))
print(any(r is holder for r in refs))
print(type(gc.get_referents(holder)[0]).__name__)
print(gc.get_referents(a.__dict__) == [b] or sorted(map(type, gc.get_referents(a.__dict__)), key=str))
del a, b, holder
print(gc.collect())
