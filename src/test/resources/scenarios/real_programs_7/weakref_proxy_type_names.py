import gc
import weakref
from weakref import proxy, ProxyType, CallableProxyType, ReferenceType, ref


class Greeter:
    def __call__(self):
        return "hi"


class Box:
    pass


g = Greeter()
b = Box()
p = weakref.proxy(g)
q = proxy(b)
print(type(p), type(q))
print(type(q) is weakref.ProxyType, isinstance(q, ProxyType), isinstance(q, CallableProxyType))
print(type(p) is weakref.CallableProxyType, isinstance(p, weakref.ProxyTypes), isinstance(p, weakref.ProxyType))
print(weakref.ProxyTypes, weakref.CallableProxyType, weakref.ReferenceType)
print(weakref.ReferenceType is weakref.ref, type(ref(b)) is ReferenceType, isinstance(ref(b), ReferenceType))
print(type(q) in weakref.ProxyTypes, weakref.ProxyTypes is weakref.ProxyTypes)
print(ProxyType.__name__, CallableProxyType.__name__, ReferenceType.__name__)
del g
print(type(p) is CallableProxyType, isinstance(p, CallableProxyType))
print(gc.is_tracked(weakref.ProxyType), gc.is_tracked(ReferenceType))
