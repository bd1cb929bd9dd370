import weakref
class Button:
    def __init__(self):
        self.handlers = []
    def on_click(self, method):
        self.handlers.append(weakref.WeakMethod(method))
    def click(self):
        alive = 0
        for h in self.handlers:
            m = h()
            if m is not None:
                m()
                alive += 1
        print("alive handlers:", alive)
class Dialog:
    def __init__(self, title):
        self.title = title
    def close(self):
        print("closing", self.title)
btn = Button()
d1, d2 = Dialog("one"), Dialog("two")
btn.on_click(d1.close)
btn.on_click(d2.close)
btn.click()
del d1
btn.click()
r = weakref.ref(d2.close)
print(r())
