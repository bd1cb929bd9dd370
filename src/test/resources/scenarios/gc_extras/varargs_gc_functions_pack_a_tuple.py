import gc
class A: pass
a = A(); b = [a]; c = {"k": a}
counts = []
gc.collect()
counts.append(gc.get_count())
gc.set_threshold(700, 10)
counts.append(gc.get_count())
gc.set_threshold(700, 10, 10)
counts.append(gc.get_count())
r = gc.get_referents(b, c)
counts.append(gc.get_count())
print(len(r))
del r
counts.append(gc.get_count())
rr = gc.get_referrers(a)
counts.append(gc.get_count())
print(len(rr), sorted(type(x).__name__ for x in rr))
del rr
counts.append(gc.get_count())
print(gc.get_referents())
counts.append(gc.get_count())
print(counts)
gc.set_threshold(700, 10, 10)
