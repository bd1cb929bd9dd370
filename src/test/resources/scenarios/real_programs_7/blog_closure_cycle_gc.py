import gc

class Widget:
    def __init__(self, name, *handlers):
        self.name, self.handlers = name, list(handlers)

    def on(self, fn):
        self.handlers += [fn]

    def __del__(self):
        print("freeing", self.name)

def build(name):
    w = Widget(name)
    def handler():
        return w.name
    w.on(handler)
    return w

gc.collect()
w = build("panel")
print(w.handlers[0]())
del w
print("after del (cycle keeps it):")
print("collected", gc.collect())

w2 = Widget("plain")
w2.on(lambda: "no capture")
del w2
print("done")
