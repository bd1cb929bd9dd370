import weakref

class Player:
    def __init__(self, name):
        self.name = name

online = weakref.WeakSet()
p1, p2, p3 = Player("ann"), Player("bo"), Player("cid")
for p in (p1, p2, p3):
    online.add(p)
print(len(online), p2 in online)
online.discard(p3)
print(len(online))
del p1
print(sorted(p.name for p in online))
other = weakref.WeakSet([p2, p3])
print(sorted(p.name for p in online | other))
print(sorted(p.name for p in online & other))
