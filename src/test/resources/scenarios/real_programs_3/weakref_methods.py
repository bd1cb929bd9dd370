import weakref

class Button:
    def __init__(self, label):
        self.label = label
    def click(self):
        return f"{self.label} clicked"

b = Button("OK")
r = weakref.WeakMethod(b.click)
print(r()())
bound = b.click
wr = weakref.ref(b)
print(wr() is b, wr().click())
del bound
del b
print(r(), wr())
d = weakref.WeakValueDictionary()
class Val:
    pass
v = Val()
d["k"] = v
print(list(d.keys()), d.get("k") is v)
del v
print(list(d.keys()), d.get("k"))
