# A collection's "stop" info counts objects with __del__ too; the
# finalizers run between "start" and "stop".
import gc

events = []


def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))


class Final:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        events.append(("del", self.name))


gc.collect()
gc.callbacks.append(cb)
Final("x")
Final("y")
gc.collect()
gc.callbacks.remove(cb)
for e in events:
    print(e)
