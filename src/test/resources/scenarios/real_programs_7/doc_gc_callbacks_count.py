import gc

log = []

def on_gc(phase, info):
    if phase == "stop":
        log.append((info["generation"], info["collected"], info["uncollectable"]))

class Cell:
    def __init__(self):
        self.me = self

gc.callbacks.append(on_gc)
for n in range(3):
    for _ in range(n):
        Cell()
    gc.collect()
gc.callbacks.remove(on_gc)
print(log)
gc.collect()
print(len(log), on_gc in gc.callbacks)
