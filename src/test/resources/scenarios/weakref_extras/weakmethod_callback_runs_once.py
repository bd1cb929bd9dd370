# the WeakMethod callback runs once, with the WeakMethod, after the object's __del__
import weakref, sys
class Button:
    def click(self):
        pass
    def __del__(self):
        print("del button")
def gone(w):
    print("callback", type(w).__name__, w() is None, sys.getrefcount(w))
b = Button()
wm = weakref.WeakMethod(b.click, gone)
del b
print("after", wm())
