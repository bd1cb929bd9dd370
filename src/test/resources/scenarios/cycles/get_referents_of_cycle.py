# gc.get_referents shows the edge that closes a cycle.
import gc
a = []
b = [a]
a.append(b)
print(gc.get_referents(a)[0] is b, gc.get_referents(b)[0] is a)
print(len(gc.get_referrers(b)))
