# How the collector's generations fill up: get_count, thresholds and young collections.
import gc

print("thresholds:", gc.get_threshold())
gc.collect()
print("after collect:", gc.get_count())
keep = []
for i in range(5):
    keep.append([i])
print("five lists:", gc.get_count())
keep.append({"k": 1})
print("plus a dict:", gc.get_count())
t = (1, 2)
print("an int tuple:", gc.get_count())
print("collect(0):", gc.collect(0), gc.get_count())
print("collect(1):", gc.collect(1), gc.get_count())
old = gc.get_threshold()
gc.set_threshold(5, 2, 2)
print("new thresholds:", gc.get_threshold())
log = []

def watch(phase, info):
    if phase == "stop":
        log.append((info["generation"], info["collected"]))

gc.callbacks.append(watch)
junk = []
for i in range(12):
    node = [i]
    node.append(node)
    junk.append(node)
del junk, node
print("young collections seen:", len(log) > 0, all(g in (0, 1, 2) for g, _ in log))
gc.callbacks.remove(watch)
gc.set_threshold(*old)
print("restored:", gc.get_threshold())
print("collected cycles:", gc.collect() + sum(c for _, c in log))
print(gc.is_tracked([]), gc.is_tracked(()), gc.is_tracked((1, [])), gc.is_tracked({}), gc.is_tracked({"a": []}))
print(gc.is_tracked("text"), gc.is_tracked(3), gc.is_tracked(watch))
