# a WeakMethod holds neither the object nor the function strongly
import weakref, sys
class Worker:
    def run(self):
        return 1
w = Worker()
print(sys.getrefcount(w))
wm = weakref.WeakMethod(w.run)
print(sys.getrefcount(w), sys.getrefcount(wm))
print(weakref.getweakrefcount(w), weakref.getweakrefcount(Worker.run))
m = wm()
print(sys.getrefcount(w))
del m
print(sys.getrefcount(w))
