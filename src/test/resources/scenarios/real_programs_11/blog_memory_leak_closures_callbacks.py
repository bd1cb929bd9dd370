import gc
import weakref

class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self, fn):
        self.handlers.append(fn)

    def click(self):
        for h in self.handlers:
            h()

class Dialog:
    def __init__(self):
        self.button = Button("OK")
        self.button.on_click(self.close)
        self.closed = False

    def close(self):
        self.closed = True
        print("dialog closed")

gc.collect()
d = Dialog()
d.button.click()
probe = weakref.ref(d)
del d
print("alive after del (bound method cycle):", probe() is not None)
print("gc found:", gc.collect())
print("alive after collect:", probe() is not None)

class SafeDialog:
    def __init__(self):
        self.button = Button("OK")
        me = weakref.WeakMethod(self.close)
        self.button.on_click(lambda: me()())

    def close(self):
        print("safe dialog closed")

s = SafeDialog()
s.button.click()
probe = weakref.ref(s)
del s
print("safe dialog freed at once:", probe() is None)
