import gc

events = []

def on_gc(phase, info):
    events.append((phase, info["generation"]))

gc.callbacks.append(on_gc)

class Cycle:
    def __init__(self):
        self.me = self

for _ in range(3):
    Cycle()
found = gc.collect()
print(found)
print(events)
gc.callbacks.remove(on_gc)
print(len(gc.callbacks))
gc.collect()
print(len(events))
