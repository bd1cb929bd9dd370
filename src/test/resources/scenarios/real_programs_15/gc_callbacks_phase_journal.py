# Register a callback that writes a journal of every collection: the
# phase, the generation and, at the end, how much was collected.
import gc

journal = []


def watcher(phase, info):
    if phase == "start":
        journal.append(("start", info["generation"]))
    else:
        journal.append(("stop", info["generation"], info["collected"], info["uncollectable"]))


class Knot:
    def __init__(self):
        self.me = self


gc.collect()
gc.callbacks.append(watcher)
gc.collect(0)
for _ in range(4):
    Knot()
gc.collect(1)
gc.collect()
gc.callbacks.remove(watcher)
gc.collect()
for entry in journal:
    print(entry)
print("entries:", len(journal))
