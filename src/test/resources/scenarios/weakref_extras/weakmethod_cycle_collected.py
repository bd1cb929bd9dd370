# an object in a cycle: gc clears the WeakMethod and runs its callback
import weakref, gc
class Node:
    def ping(self):
        return "pong"
def dead(w):
    print("callback, dead:", w() is None)
n = Node()
n.self_ref = n
wm = weakref.WeakMethod(n.ping, dead)
del n
print("before collect", wm() is not None)
gc.collect()
print("after collect", wm())
