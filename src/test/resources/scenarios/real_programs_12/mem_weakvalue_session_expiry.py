import weakref
import gc


class Session:
    def __init__(self, sid, user):
        self.sid = sid
        self.user = user
        self.data = {}

    def __repr__(self):
        return f"Session({self.sid}, {self.user})"


class SessionManager:
    def __init__(self):
        self._by_id = weakref.WeakValueDictionary()
        self._next = 100

    def open(self, user):
        self._next += 1
        s = Session(self._next, user)
        self._by_id[s.sid] = s
        return s

    def find(self, sid):
        return self._by_id.get(sid)

    def active(self):
        return sorted(self._by_id.keys())


mgr = SessionManager()
alice = mgr.open("alice")
bob = mgr.open("bob")
temp = mgr.open("guest")
print(mgr.active())
del temp
print(mgr.active(), mgr.find(103))
alice.data["cart"] = ["book"]
print(mgr.find(101).data)
holder = [mgr.find(102)]
del bob
print(mgr.active())
holder.clear()
print(mgr.active())
try:
    mgr._by_id[102]
except KeyError as e:
    print("KeyError", e)
print(mgr._by_id.setdefault(101, None) is alice, len(mgr._by_id))
print(gc.collect())
