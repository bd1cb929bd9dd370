# weak references to bound methods die immediately
import weakref

class Button:
    def click(self):
        print("clicked")

b = Button()
r = weakref.ref(b.click)
print("plain ref to bound method:", r())
wm = weakref.WeakMethod(b.click)
m = wm()
m()
print(m == b.click)
del m
del b
print("after del:", wm())
