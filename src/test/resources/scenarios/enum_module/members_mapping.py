import sys
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

members = Color.__members__
print(members)
print(repr(members))
print(len(members), list(members), "CRIMSON" in members)
for name, member in Color.__members__.items():
    print(name, member, member.name)
print(members["GREEN"], members.get("BLUE"))
print(sys.getsizeof(members), type(members).__name__)
print([n for n, m in members.items() if m.name != n])
