# Objects freed by a dying list clear their weak references in the list's order (last to first).
import weakref
class T:
    pass
def cb(r):
    print("callback", names[r])
a = T()
b = T()
c = T()
lst = [a, b, c]
ra = weakref.ref(a, cb)
rb = weakref.ref(b, cb)
rc = weakref.ref(c, cb)
names = {ra: "a", rb: "b", rc: "c"}
del a, b, c
del lst
print("end")
