import gc
events = []
def cb(phase, info):
    events.append((phase, info["generation"]))
gc.callbacks.append(cb)
class A:
    def __init__(self):
        self.self_ref = self
for _ in range(5):
    A()
gc.collect()
print(events[-2:])
gc.callbacks.remove(cb)
gc.collect()
print(len(events))
