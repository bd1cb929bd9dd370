import gc

class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = self.clicked

    def clicked(self):
        return f"{self.label} clicked"

    def __del__(self):
        print("Button", self.label, "deleted")

gc.collect()
b = Button("ok")
print(b.on_click())
print("bound method holds self:", b.on_click.__self__ is b)
print("two reads give equal but new methods:", b.clicked == b.clicked, b.clicked is b.clicked)
del b
print("after del, before collect")
print("unreachable:", gc.collect())

c = Button("cancel")
c.on_click = None
del c
print("no cycle, freed at once")
