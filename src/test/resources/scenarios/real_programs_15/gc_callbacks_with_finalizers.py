# Finalizers run inside a collection: the gc "start" callback comes
# before them and the "stop" callback after.
import gc

log = []


def cb(phase, info):
    log.append(f"{phase} gen={info['generation']}")


class Noted:
    def __init__(self, name):
        self.name = name
        self.loop = self

    def __del__(self):
        log.append(f"__del__ {self.name}")


gc.collect()
gc.callbacks.append(cb)
Noted("one")
Noted("two")
n = gc.collect()
gc.callbacks.remove(cb)
print("collected:", n)
for line in log:
    print(line)
