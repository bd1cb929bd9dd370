# WeakValueDictionary behaves like a dict whose values may vanish.
import weakref


class Session:
    def __init__(self, user):
        self.user = user

    def __repr__(self):
        return "Session(%s)" % self.user


sessions = weakref.WeakValueDictionary()
alice = Session("alice")
bob = Session("bob")
sessions["a"] = alice
sessions["b"] = bob
print(sessions.setdefault("a", Session("other")))
carol = Session("carol")
print(sessions.setdefault("c", carol))
print("len:", len(sessions))
print("get missing:", sessions.get("zzz", "default"))
print("pop b:", sessions.pop("b"))
print("pop missing with default:", sessions.pop("b", None))
try:
    sessions.pop("b")
except KeyError as e:
    print("KeyError:", e)
refs = sessions.valuerefs()
print("valuerefs:", sorted(r().user for r in refs))
del refs
del carol
print("after carol goes:", sorted(sessions))
sessions.update({"d": alice})
print("after update:", sorted(sessions.items(), key=lambda kv: kv[0]))
print("'a' in:", "a" in sessions, "'c' in:", "c" in sessions)
k, v = sessions.popitem()
print("popitem gave a live value:", v.user)
print("copy is a WeakValueDictionary:", type(sessions.copy()).__name__)
