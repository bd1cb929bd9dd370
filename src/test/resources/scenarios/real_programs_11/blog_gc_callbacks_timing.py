import gc

events = []

def watcher(phase, info):
    events.append((phase, info["generation"], info.get("collected"), info.get("uncollectable")))

gc.callbacks.append(watcher)

class Cyclic:
    def __init__(self):
        self.me = self

for _ in range(10):
    Cyclic()

gc.collect()
for phase, gen, collected, uncollectable in events:
    print(f"{phase:<5} gen={gen} collected={collected} uncollectable={uncollectable}")

events.clear()
gc.collect(0)
print("a generation-0 collection:", events)
gc.callbacks.remove(watcher)
gc.collect()
print("after removing the watcher:", len(events), "events")
