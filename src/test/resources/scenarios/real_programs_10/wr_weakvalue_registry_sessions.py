import weakref
import gc

class Session:
    _registry = weakref.WeakValueDictionary()
    _next = 1

    def __init__(self, user):
        self.user = user
        self.id = Session._next
        Session._next += 1
        Session._registry[self.id] = self

    @classmethod
    def lookup(cls, sid):
        return cls._registry.get(sid)

    @classmethod
    def active(cls):
        return sorted(s.user for s in cls._registry.values())

    def __repr__(self):
        return f"<Session {self.id} {self.user}>"

a = Session("ann")
b = Session("ben")
c = Session("cat")
print("active:", Session.active())
print("lookup 2:", Session.lookup(2))
del b
print("after ben leaves:", Session.active())
print("lookup 2:", Session.lookup(2))
print("len:", len(Session._registry))
tmp = [Session("dan"), Session("eve")]
print("with temps:", Session.active())
tmp.pop()
print("popped:", Session.active())
cyc = Session("fay"); cyc.me = cyc
del cyc
print("fay in a cycle:", Session.active())
gc.collect()
print("after collect:", Session.active())
print(sorted(Session._registry.keys()))
