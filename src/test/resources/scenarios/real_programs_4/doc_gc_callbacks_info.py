import gc

log = []
def watch(phase, info):
    log.append((phase, info["generation"], info.get("collected"), info.get("uncollectable")))

class Cyc:
    def __init__(self):
        self.self = self

gc.collect()
gc.callbacks.append(watch)
for _ in range(4):
    Cyc()
gc.collect()
gc.collect(0)
gc.callbacks.remove(watch)
for entry in log:
    print(entry)
print(len(gc.callbacks) == 0 or watch not in gc.callbacks)
