import gc

events = []


def watcher(phase, info):
    if phase == "stop":
        events.append((info["generation"], info["collected"]))


class Pair:
    def __init__(self):
        self.other = None


gc.collect()
gc.callbacks.append(watcher)
print("threshold:", gc.get_threshold())
for i in range(1500):
    a = Pair()
    b = Pair()
    a.other = b
    b.other = a
del a, b
print("automatic collections:", len(events))
print("generations seen:", sorted(set(g for g, _ in events)))
print("first collected counts:", [c for _, c in events[:3]])
events.clear()
print("manual:", gc.collect(), events)
gc.callbacks.remove(watcher)
print("callbacks left:", len(gc.callbacks))
