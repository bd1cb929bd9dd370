# An object kept alive by a list keeps its weak reference alive until the list lets go.
import weakref
class T:
    pass
def cb(r):
    print("callback")
keep = [T()]
r = weakref.ref(keep[0], cb)
print("alive", r() is keep[0])
keep.pop()
print("after pop", r() is None)
