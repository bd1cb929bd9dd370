import gc

log = []

def on_gc(phase, info):
    if phase == "start":
        log.append(("start", info["generation"]))
    else:
        log.append(("stop", info["generation"], info["collected"], info["uncollectable"]))

gc.callbacks.append(on_gc)

class Blob:
    def __init__(self):
        self.me = self

for _ in range(3):
    Blob()
gc.collect()
for _ in range(2):
    Blob()
gc.collect(0)
gc.collect(1)
gc.callbacks.remove(on_gc)
gc.collect()
for entry in log:
    print(entry)
print("callbacks left:", len(gc.callbacks))
