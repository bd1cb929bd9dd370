# A weakref.ref subclass's instance is tracked by the collector and can sit in reference cycles.
import gc
import weakref


class Owner:
    def __init__(self, name):
        self.name = name


class BackRef(weakref.ref):
    def __init__(self, ob, callback=None, /):
        super().__init__(ob, callback)
        self.partner = None


def gone(r):
    print("callback ran, partner:", r.partner.name if r.partner else None)


gc.collect()
# 1: the ref holds its own referent strongly through an attribute, the referent holds the ref.
owner = Owner("first")
ref = BackRef(owner, gone)
ref.partner = owner
owner.link = ref
del owner, ref
print("cycle with the ref inside:", gc.collect())

# 2: the ref stays reachable while its referent dies in a cycle: its callback runs.
owner = Owner("second")
owner.me = owner
ref = BackRef(owner, gone)
keeper = Owner("keeper")
ref.partner = keeper
del owner
print("cycle without the ref:", gc.collect())
print("ref now:", ref())

# 3: a ref that refers to itself through its own attribute.
target = Owner("third")
selfish = BackRef(target)
selfish.partner = selfish
del selfish
print("self cycle:", gc.collect())
print(weakref.getweakrefcount(target))

# 4: a weak reference to the subclass instance itself.
holder = BackRef(target)
outer = weakref.ref(holder)
print(outer() is holder, weakref.getweakrefcount(holder))
del holder
print(outer())
print(gc.get_count())
