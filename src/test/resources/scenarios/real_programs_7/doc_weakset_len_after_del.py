import weakref

class Session:
    def __init__(self, user):
        self.user = user

active = weakref.WeakSet()
sessions = [Session(u) for u in ["ann", "bo", "cy", "di"]]
for s in sessions:
    active.add(s)
print(len(active), sorted(s.user for s in active))
sessions.pop(1)
print(len(active))
del sessions[0]
print(len(active), sorted(s.user for s in active))
extra = Session("ed")
active.add(extra)
print(extra in active, Session("zz") in active)
sessions.clear()
print(len(active), sorted(s.user for s in active))
print("the loop variable still holds", s.user)
