# gc.callbacks lets you watch every collection: each callback is called
# with "start" and "stop" and a dict of details.
import gc

log = []


def watcher(phase, info):
    if phase == "stop":
        log.append((info["generation"], info["collected"], info["uncollectable"]))
    else:
        log.append(("start", info["generation"]))


gc.callbacks.append(watcher)


class Pair:
    def __init__(self):
        self.other = None


def couple():
    a, b = Pair(), Pair()
    a.other, b.other = b, a


couple()
gc.collect()
couple()
couple()
gc.collect(1)
gc.callbacks.remove(watcher)
gc.collect()
for entry in log:
    print(entry)
print("callbacks left:", len(gc.callbacks))
