import weakref

# test_weakref: test_proxy_ref / test_basic_proxy, as a script
class C:
    def __init__(self):
        self.bar = 1
    def method(self):
        return "method called"

o = C()
p = weakref.proxy(o)
print("proxy attribute:", p.bar)
p.foo = 2
print("set through proxy:", o.foo)
del p.foo
print("hasattr after del:", hasattr(o, "foo"))
print(p.method())
print("type name:", type(p).__name__)
print("getweakrefcount:", weakref.getweakrefcount(o))

L = [1, 2, 3]
class UserList(list):
    pass
ul = UserList(L)
pl = weakref.proxy(ul)
print("len through proxy:", len(pl), "item:", pl[1], "in:", 3 in pl)
pl.append(4)
print(ul, list(pl))
del o
try:
    p.bar
except ReferenceError as e:
    print("ReferenceError:", e)
