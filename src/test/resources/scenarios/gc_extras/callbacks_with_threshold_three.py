import gc
starts = []
counts = []
gc.callbacks.append(lambda phase, info: starts.append(info["generation"]) if phase == "start" else None)
junk = []
gc.collect()
starts.clear()
gc.set_threshold(3)
for i in range(10):
    junk.append([i])
    counts.append(gc.get_count())
gc.set_threshold(700)
print(starts)
print(counts)
