# __init__ calling super().__init__(items) on a list subclass and setting its own attributes (a dict of 304 bytes)
import sys
class History(list):
    def __init__(self, owner, items=()):
        super().__init__(items)
        self.owner = owner
        self.limit = 3
    def record(self, event):
        self.append(event)
        if len(self) > self.limit:
            del self[0]
h = History("ann", ["login"])
for e in ["view", "edit", "save", "logout"]:
    h.record(e)
print(h, h.owner, h.limit, len(h))
print(sys.getsizeof(h), sys.getsizeof(h.__dict__), vars(h))
print(sorted(dir(h))[-3:])
