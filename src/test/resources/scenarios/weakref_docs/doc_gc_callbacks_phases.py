# gc.callbacks: a function told when each collection starts and stops.
import gc

seen = []


def watcher(phase, info):
    seen.append((phase, info["generation"], info["collected"], info["uncollectable"]))


class Node:
    def __init__(self):
        self.me = self


gc.callbacks.append(watcher)
n = Node()
del n
found = gc.collect()
gc.callbacks.remove(watcher)
print("collect returned", found)
for entry in seen:
    print(entry)
print(len(gc.callbacks))
