import gc

gc.disable()
gc.collect()
print("start:", gc.get_count())

class Item:
    pass

survivors = [Item() for _ in range(5)]
print("after 5 instances + list:", gc.get_count())
gc.collect(0)
print("after collect(0):", gc.get_count())
more = [Item() for _ in range(3)]
print("3 more:", gc.get_count())
gc.collect(1)
print("after collect(1):", gc.get_count())
gc.collect()
print("after full:", gc.get_count())
junk = []
for i in range(10):
    junk.append({"i": i, "ref": junk})
print("10 dicts:", gc.get_count())
del junk
print("unreachable found:", gc.collect())
print("count now:", gc.get_count())
gc.enable()
print("enabled:", gc.isenabled())
