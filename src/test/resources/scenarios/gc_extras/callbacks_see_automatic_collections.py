# automatic collections call the callbacks too, with the generation they collect
import gc
phases = []
def cb(phase, info):
    phases.append((phase, info["generation"]))
gc.collect()
gc.set_threshold(50, 10, 10)
gc.callbacks.append(cb)
keep = []
for i in range(400):
    keep.append([i])
gc.callbacks.remove(cb)
print(len(phases) > 0, phases[0], phases[1])
print(sorted(set(phases)))
print(all(p[0] == "start" for p in phases[0::2]), all(p[0] == "stop" for p in phases[1::2]))
