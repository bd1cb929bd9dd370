import gc

log = []

def on_gc(phase, info):
    log.append((phase, info["generation"]))

gc.callbacks.append(on_gc)

class Cycle:
    def __init__(self):
        self.me = self

for _ in range(5):
    Cycle()
found = gc.collect()
print("found", found)
print(log)
log.clear()
gc.collect(0)
print(log)
gc.callbacks.remove(on_gc)
gc.collect()
print(len(log), gc.callbacks)

def stats_cb(phase, info):
    if phase == "stop":
        print("collected", info["collected"], "uncollectable", info["uncollectable"])

gc.callbacks.append(stats_cb)
c = Cycle()
del c
gc.collect()
gc.callbacks.clear()
