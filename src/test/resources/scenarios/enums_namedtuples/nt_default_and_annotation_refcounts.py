import gc
import sys
from typing import NamedTuple, Optional, List


class Team:
    pass


NOBODY = Team()
print(sys.getrefcount(Team), sys.getrefcount(NOBODY))


class Player(NamedTuple):
    name: str
    team: Team = NOBODY
    tags: Optional[List[str]] = None


print(sys.getrefcount(Team), sys.getrefcount(NOBODY))
print(Player._field_defaults["team"] is NOBODY, sys.getrefcount(Player._field_defaults))
a = Player("ann")
b = Player("bo", Team(), ["x"])
print(sys.getrefcount(NOBODY), a.team is NOBODY, b.tags)
print(sys.getrefcount(Player), gc.is_tracked(a))
del a
print(sys.getrefcount(NOBODY), sys.getrefcount(Player))
