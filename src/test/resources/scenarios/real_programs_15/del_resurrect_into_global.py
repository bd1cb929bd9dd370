# A finalizer that brings its object back: a session moves itself into a
# "recently closed" table when it is dropped, so it can be reopened.
# PEP 442 guarantees each object's __del__ runs once, even if it comes back.
import gc

recently_closed = {}


class Session:
    finalized = 0

    def __init__(self, user):
        self.user = user
        self.reopened = False

    def __del__(self):
        Session.finalized += 1
        print(f"closing session of {self.user}")
        recently_closed[self.user] = self


def reopen(user):
    s = recently_closed.pop(user)
    s.reopened = True
    return s


s = Session("maya")
del s
print("table:", sorted(recently_closed), "finalized:", Session.finalized)
s = reopen("maya")
print("reopened:", s.user, s.reopened)
del s
print("dropped again, table:", sorted(recently_closed), "finalized:", Session.finalized)

gc.collect()
left, right = Session("left"), Session("right")
left.partner, right.partner = right, left
del left, right
print("collected:", gc.collect())
print("table:", sorted(recently_closed), "finalized:", Session.finalized)
for sess in recently_closed.values():
    sess.partner = None
recently_closed.clear()
print("after clearing:", gc.collect(), "finalized:", Session.finalized)
