import gc

events = []

def watch(phase, info):
    if phase == "stop":
        events.append((info["generation"], info["collected"]))

gc.collect()
gc.callbacks.append(watch)
old = gc.get_threshold()
gc.set_threshold(50, 2, 2)
print("threshold now", gc.get_threshold())
keep = []
for i in range(400):
    keep.append([i])
print("automatic collections:", len(events))
print("generations:", [g for g, _ in events])
print("collected nothing:", all(c == 0 for _, c in events))
events.clear()
for i in range(120):
    x = []
    x.append(x)
print("cycles made, collections", len(events), "found", sum(c for _, c in events))
gc.callbacks.remove(watch)
gc.set_threshold(*old)
print(gc.get_threshold(), gc.collect() >= 0)
