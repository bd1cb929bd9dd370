import gc

gc.collect()
print("frozen at start:", gc.get_freeze_count() > 0)
gc.freeze()
frozen = gc.get_freeze_count()
print("frozen some:", frozen > 0)
nodes = []
for i in range(5):
    n = {"id": i}
    n["self"] = n
    nodes.append(n)
del nodes
print("collected fresh cycles:", gc.collect())
gc.unfreeze()
print("frozen after unfreeze:", gc.get_freeze_count())
print("collect after unfreeze:", gc.collect())
