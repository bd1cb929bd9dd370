import gc

print("thresholds:", gc.get_threshold())
gc.collect()
print("count right after a full collect:", gc.get_count())

containers = []
for i in range(5):
    containers.append([])
print("after five new lists:", gc.get_count())

gc.collect(0)
print("after collecting generation 0:", gc.get_count())

gc.collect(1)
print("after collecting generation 1:", gc.get_count())

gc.set_threshold(50, 5, 5)
print("new thresholds:", gc.get_threshold())
junk = [[] for _ in range(30)]
print("30 lists later:", gc.get_count())
del junk
print("after del:", gc.get_count())
gc.set_threshold(700, 10, 10)
print("restored:", gc.get_threshold())
stats = gc.get_stats()
print("stats has", len(stats), "generations with keys", sorted(stats[0]))
