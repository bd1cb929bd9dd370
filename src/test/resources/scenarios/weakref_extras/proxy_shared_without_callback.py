# the callback-less proxy is shared like the callback-less ref, and proxies and refs are kept apart
import weakref
class Node:
    pass
n = Node()
p1 = weakref.proxy(n)
p2 = weakref.proxy(n)
r = weakref.ref(n)
p3 = weakref.proxy(n, lambda ref: None)
print(p1 is p2, p3 is p1, weakref.getweakrefcount(n))
refs = weakref.getweakrefs(n)
print(refs[0] is r, refs[1] is p1, refs[2] is p3)
