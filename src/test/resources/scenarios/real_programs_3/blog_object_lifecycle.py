import sys

class Tracked:
    alive = 0
    def __init__(self, tag):
        self.tag = tag
        Tracked.alive += 1
    def __del__(self):
        Tracked.alive -= 1

def make():
    t = Tracked("temp")
    return t.tag

print(make(), Tracked.alive)
keep = Tracked("keep")
print(Tracked.alive)
items = [Tracked(i) for i in range(4)]
print(Tracked.alive)
items = items[:2]
print(Tracked.alive)
d = {i: Tracked(i) for i in range(3)}
del d[0]
print(Tracked.alive)
d.clear()
print(Tracked.alive, sys.getrefcount(keep))
