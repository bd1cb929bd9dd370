import weakref

# test_weakref: test_multiple_callbacks / callbacks run newest first
class Object:
    pass

order = []
o = Object()
refs = [weakref.ref(o, lambda r, i=i: order.append(i)) for i in range(5)]
print("distinct refs:", len({id(r) for r in refs}))
del o
print("callback order:", order)

class Holder:
    pass

h = Holder()
plain = weakref.ref(h)
with_cb = weakref.ref(h, lambda r: print("callback sees", r() is None))
print(weakref.getweakrefs(h)[0] is plain)
del h
print(plain() is None)
