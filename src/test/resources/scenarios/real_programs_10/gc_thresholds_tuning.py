import gc

print("default thresholds:", gc.get_threshold())
gc.collect()
print("after full collect:", gc.get_count())
old = gc.get_threshold()
gc.set_threshold(50, 5, 5)
print("new thresholds:", gc.get_threshold())

collections = []
gc.callbacks.append(lambda phase, info: collections.append(info["generation"]) if phase == "start" else None)
keep = []
for i in range(400):
    keep.append([i])
print("automatic collections by generation:", {g: collections.count(g) for g in sorted(set(collections))})
gc.callbacks.clear()
gc.set_threshold(*old)
print("restored:", gc.get_threshold())
stats = gc.get_stats()
print("stats entries:", len(stats), sorted(stats[0].keys()))
print("freeze count:", gc.get_freeze_count())
