def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print("defaults:", append_to.__defaults__)

def append_fixed(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_fixed(1), append_fixed(2))

def counter(_cache={"n": 0}):
    _cache["n"] += 1
    return _cache["n"]

print([counter() for _ in range(4)])

class Team:
    def __init__(self, name, members=[]):
        self.name = name
        self.members = members
    def add(self, who):
        self.members.append(who)

red = Team("red"); blue = Team("blue")
red.add("ann")
print(blue.members, red.members is blue.members)
import sys
print("refcount of the shared default:", sys.getrefcount(Team.__init__.__defaults__[0]))
