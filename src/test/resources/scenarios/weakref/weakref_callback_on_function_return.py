# A local object's weak-reference callback runs when the function returns.
import weakref
class T:
    pass
def cb(r):
    print("callback")
def f():
    t = T()
    keep.append(weakref.ref(t, cb))
    print("returning")
keep = []
f()
print("returned")
