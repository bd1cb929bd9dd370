import gc

old = gc.get_threshold()
print("default:", old)
gc.set_threshold(50, 5, 5)
print("tuned:", gc.get_threshold())
gc.collect()
runs = []
def cb(phase, info):
    if phase == "stop":
        runs.append(info["generation"])
gc.callbacks.append(cb)
keep = []
for i in range(120):
    keep.append([i])
gc.callbacks.remove(cb)
print("collections while building:", len(runs), runs)
gc.set_threshold(*old)
print("restored:", gc.get_threshold())
gc.disable()
print("enabled?", gc.isenabled())
gc.enable()
print("enabled?", gc.isenabled())
