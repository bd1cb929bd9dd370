# Rebinding the only name runs the callback right at that assignment.
import weakref
class T:
    pass
def cb(r):
    print("callback")
t = T()
r = weakref.ref(t, cb)
print("rebinding")
t = 5
print("rebound")
