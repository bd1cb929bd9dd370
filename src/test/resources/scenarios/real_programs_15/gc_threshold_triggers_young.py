# Lower the first threshold and watch generation 0 collections happen
# by themselves while containers are allocated.
import gc

runs = []


def count_runs(phase, info):
    if phase == "stop":
        runs.append(info["generation"])


old = gc.get_threshold()
gc.collect()
gc.set_threshold(50, 10, 10)
print("threshold:", gc.get_threshold())
gc.callbacks.append(count_runs)
keep = []
for i in range(400):
    keep.append([i])
gc.callbacks.remove(count_runs)
gc.set_threshold(*old)
print("automatic collections:", len(runs))
print("generations seen:", sorted(set(runs)))
print("restored:", gc.get_threshold() == old)
print("kept:", len(keep))
