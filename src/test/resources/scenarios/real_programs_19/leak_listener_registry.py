# A classic leak: a global registry of callbacks keeps every listener alive.
# Switching to weak methods fixes it.
import weakref


class Button:
    def __init__(self):
        self.handlers = []

    def on_click(self, fn):
        self.handlers.append(fn)

    def click(self):
        return [h() for h in self.handlers]


class View:
    alive = 0

    def __init__(self, name):
        self.name = name
        View.alive += 1

    def handle(self):
        return self.name

    def __del__(self):
        View.alive -= 1


button = Button()
for n in ["v1", "v2", "v3"]:
    v = View(n)
    button.on_click(v.handle)
del v
print("strong handlers, views alive:", View.alive)
print(button.click())
button.handlers.clear()
print("after clearing handlers:", View.alive)


class WeakButton:
    def __init__(self):
        self.handlers = []

    def on_click(self, method):
        self.handlers.append(weakref.WeakMethod(method))

    def click(self):
        out = []
        for ref in self.handlers:
            m = ref()
            if m is not None:
                out.append(m())
        return out


wb = WeakButton()
keep = View("kept")
wb.on_click(keep.handle)
for n in ["w1", "w2"]:
    wb.on_click(View(n).handle)
print("weak handlers, views alive:", View.alive)
print(wb.click())
print("dead refs:", sum(1 for r in wb.handlers if r() is None))
