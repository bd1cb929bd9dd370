# The classic self-cycle: an object that stores itself (or a container
# that holds it) in its own attributes survives `del` until the collector runs.
import gc
import weakref


class Team:
    def __init__(self, title):
        self.title = title
        self.members = {}

    def enlist(self, member):
        self.members[member.title] = member
        member.team = self


gc.collect()
gc.disable()
top = Team("crew")
top.enlist(Team("pilot"))
top.enlist(Team("navigator"))
watch = [weakref.ref(top)] + [weakref.ref(m) for m in top.members.values()]
del top
print("alive after del:", [w() is not None for w in watch])
print("collected:", gc.collect())
print("alive after collect:", [w() is not None for w in watch])

solo = Team("solo")
solo.me = solo
w = weakref.ref(solo)
del solo
print("solo alive:", w() is not None)
print("collected:", gc.collect())
print("solo alive:", w() is not None)
gc.enable()
