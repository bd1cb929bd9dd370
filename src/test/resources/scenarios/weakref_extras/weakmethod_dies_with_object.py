# a WeakMethod rebuilds the bound method while the object lives and gives None after
import weakref
class Button:
    def __init__(self, name):
        self.name = name
    def click(self):
        return "clicked " + self.name
b = Button("ok")
wm = weakref.WeakMethod(b.click)
print(wm()())
print(wm() == b.click, wm() is wm())
del b
print(wm())
